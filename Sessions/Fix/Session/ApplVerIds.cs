namespace Gateway.Sessions.Fix.Session;

/// <summary>ApplVerID (1128/1137) values: the wire code of each FIX application version.</summary>
public static class ApplVerIds
{
    /// <summary>
    /// The wire value for a DefaultApplVerID setting: "FIX.5.0SP2" becomes "9", a value that is already a code stays.
    /// </summary>
    public static string ToWire(string setting) => setting switch
    {
        "FIX.2.7" => "0",
        "FIX.3.0" => "1",
        "FIX.4.0" => "2",
        "FIX.4.1" => "3",
        "FIX.4.2" => "4",
        "FIX.4.3" => "5",
        "FIX.4.4" => "6",
        "FIX.5.0" => "7",
        "FIX.5.0SP1" => "8",
        "FIX.5.0SP2" => "9",
        _ => setting,
    };
}
