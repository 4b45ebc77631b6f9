using System.Globalization;

namespace Gateway.Certification;

/// <summary>What the three reports write the same way.</summary>
internal static class Format
{
    public static string Outcome(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Passed => "PASS",
        CaseOutcome.Failed => "FAIL",
        _ => "SKIP",
    };

    public static string Millis(TimeSpan span) => span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    /// <summary><c>+  12.345 ms  strategy → gateway  NewOrder o1 ...</c></summary>
    public static string MessageLine(ExchangedMessage m) =>
        $"+{m.Offset.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture),10} ms  {Way(m),-18}  {m.Text.Replace('\u0001', '|')}";

    public static string Way(ExchangedMessage m) => (m.Channel, m.Direction) switch
    {
        ("api", "out") => "strategy → gateway",
        ("api", _) => "gateway → strategy",
        (_, "out") => "gateway → venue",
        _ => "venue → gateway",
    };
}
