namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// A FIX version, ordered as QuickFIX compares BeginStrings (ordinal string order): FIX.4.0 &lt; ... &lt; FIX.4.4
/// &lt; FIX.5.0 &lt; FIX.5.0SP1 &lt; FIX.5.0SP2 &lt; FIXT.1.1. Session rules such as "372 only from 4.2 on" compare
/// these values.
/// </summary>
public enum FixVersion : byte
{
    Unknown = 0,
    Fix40,
    Fix41,
    Fix42,
    Fix43,
    Fix44,
    Fix50,
    Fix50Sp1,
    Fix50Sp2,
    Fixt11,
}

public static class FixVersions
{
    /// <summary>The version named by a BeginString (8) value, or <see cref="FixVersion.Unknown"/>.</summary>
    public static FixVersion FromBeginString(ReadOnlySpan<byte> beginString) => beginString switch
    {
        _ when beginString.SequenceEqual("FIX.4.2"u8) => FixVersion.Fix42,
        _ when beginString.SequenceEqual("FIX.4.4"u8) => FixVersion.Fix44,
        _ when beginString.SequenceEqual("FIXT.1.1"u8) => FixVersion.Fixt11,
        _ when beginString.SequenceEqual("FIX.4.3"u8) => FixVersion.Fix43,
        _ when beginString.SequenceEqual("FIX.4.1"u8) => FixVersion.Fix41,
        _ when beginString.SequenceEqual("FIX.4.0"u8) => FixVersion.Fix40,
        _ when beginString.SequenceEqual("FIX.5.0"u8) => FixVersion.Fix50,
        _ when beginString.SequenceEqual("FIX.5.0SP1"u8) => FixVersion.Fix50Sp1,
        _ when beginString.SequenceEqual("FIX.5.0SP2"u8) => FixVersion.Fix50Sp2,
        _ => FixVersion.Unknown,
    };

    public static FixVersion FromBeginString(string beginString) =>
        FromBeginString(System.Text.Encoding.ASCII.GetBytes(beginString));

    /// <summary>The BeginString-style name ("FIX.4.4", "FIX.5.0SP2", "FIXT.1.1"), or "" for Unknown.</summary>
    public static string Name(FixVersion version) => version switch
    {
        FixVersion.Fix40 => "FIX.4.0",
        FixVersion.Fix41 => "FIX.4.1",
        FixVersion.Fix42 => "FIX.4.2",
        FixVersion.Fix43 => "FIX.4.3",
        FixVersion.Fix44 => "FIX.4.4",
        FixVersion.Fix50 => "FIX.5.0",
        FixVersion.Fix50Sp1 => "FIX.5.0SP1",
        FixVersion.Fix50Sp2 => "FIX.5.0SP2",
        FixVersion.Fixt11 => "FIXT.1.1",
        _ => "",
    };
}
