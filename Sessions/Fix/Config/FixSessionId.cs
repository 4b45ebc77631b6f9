using System.Text;

namespace Gateway.Sessions.Fix.Config;

/// <summary>
/// What identifies a FIX session, as QuickFIX does: BeginString, both CompIDs, the optional sub and location IDs,
/// and a qualifier that tells otherwise identical sessions apart. Optional parts are empty strings when not set.
/// </summary>
public sealed record FixSessionId(
    string BeginString,
    string SenderCompID,
    string TargetCompID,
    string SenderSubID = "",
    string SenderLocationID = "",
    string TargetSubID = "",
    string TargetLocationID = "",
    string SessionQualifier = "")
{
    /// <summary>
    /// QuickFIX's canonical form: <c>FIX.4.4:ISLD->TW</c>, with <c>/sub/location</c> after a CompID when set and
    /// <c>:qualifier</c> at the end when set, e.g. <c>FIX.4.4:ISLD/DESK/NY->TW:eu</c>.
    /// </summary>
    public override string ToString()
    {
        var s = new StringBuilder(BeginString).Append(':').Append(SenderCompID);
        AppendIfSet(s, '/', SenderSubID);
        AppendIfSet(s, '/', SenderLocationID);
        s.Append("->").Append(TargetCompID);
        AppendIfSet(s, '/', TargetSubID);
        AppendIfSet(s, '/', TargetLocationID);
        AppendIfSet(s, ':', SessionQualifier);
        return s.ToString();
    }

    /// <summary>
    /// The stem of this session's file names, QuickFIX's file store layout: <c>FIX.4.4-ISLD-TW</c>, sub and location
    /// IDs joined to their CompID with '_', the qualifier appended with '-'. Characters that are not safe in a file
    /// name (anything but letters, digits, '.', '_' and '-') become '_'.
    /// </summary>
    public string FileNamePrefix
    {
        get
        {
            var s = new StringBuilder(BeginString).Append('-').Append(SenderCompID);
            AppendIfSet(s, '_', SenderSubID);
            AppendIfSet(s, '_', SenderLocationID);
            s.Append('-').Append(TargetCompID);
            AppendIfSet(s, '_', TargetSubID);
            AppendIfSet(s, '_', TargetLocationID);
            AppendIfSet(s, '-', SessionQualifier);
            for (var i = 0; i < s.Length; i++)
            {
                if (!IsFileNameSafe(s[i]))
                {
                    s[i] = '_';
                }
            }

            return s.ToString();
        }
    }

    /// <summary>True for FIXT.1.1 (FIX 5.0 and later application versions over the FIXT transport).</summary>
    public bool IsFixt => BeginString.StartsWith("FIXT", StringComparison.Ordinal);

    private static void AppendIfSet(StringBuilder s, char separator, string value)
    {
        if (value.Length > 0)
        {
            s.Append(separator).Append(value);
        }
    }

    private static bool IsFileNameSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
