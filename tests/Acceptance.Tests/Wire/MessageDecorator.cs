using System.Globalization;
using System.Text.RegularExpressions;

namespace Gateway.Acceptance.Tests.Wire;

/// <summary>
/// Turns a script message into the bytes to send or expect (FORMAT.md "Decorate"):
/// <c>&lt;TIME&gt;</c> and <c>&lt;TIME±N&gt;</c> (N days) become UTC timestamps to the second; a message that does not
/// begin with <c>8=...SOH</c> stays as written; otherwise BodyLength (9) and CheckSum (10) are filled in only when
/// absent, so deliberately wrong values survive. BodyLength is present when it is the second field and CheckSum
/// when it is the last: ReceiveXmlMessage carries "|9=377|" inside its XML payload.
/// </summary>
public static partial class MessageDecorator
{
    private const string TimeFormat = "yyyyMMdd-HH:mm:ss";

    public static string Decorate(string message, DateTime utcNow)
    {
        message = message.Replace("<TIME>", Format(utcNow), StringComparison.Ordinal);
        message = RelativeTime().Replace(
            message,
            m => Format(utcNow.AddDays(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))));

        var beginString = BeginString().Match(message);
        if (!beginString.Success)
        {
            return message; // garbled on purpose, e.g. "35=0|8=FIX.4.2|..."
        }

        var hasBodyLength = BodyLength().IsMatch(message);
        var checkSum = CheckSumField().Match(message);
        var head = beginString.Value;
        var rest = message[head.Length..];

        if (hasBodyLength)
        {
            return checkSum.Success ? message : AppendCheckSum(message);
        }

        if (checkSum.Success)
        {
            // From after "8=...SOH" up to and including the SOH before "10=".
            var length = checkSum.Index + 1 - head.Length;
            return $"{head}9={length}{WireText.Soh}{rest}";
        }

        return AppendCheckSum($"{head}9={rest.Length}{WireText.Soh}{rest}");
    }

    private static string AppendCheckSum(string message) =>
        $"{message}10={WireText.CheckSum(message):D3}{WireText.Soh}";

    private static string Format(DateTime time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<TIME([+-]\d+)>")]
    private static partial Regex RelativeTime();

    [GeneratedRegex("^8=.*?\u0001", RegexOptions.Singleline)]
    private static partial Regex BeginString();

    [GeneratedRegex("^8=[^\u0001]*\u00019=", RegexOptions.Singleline)]
    private static partial Regex BodyLength();

    /// <summary>The trailer: a last field "10=...", so that a "10=" inside a payload (XML, data fields) is not one.</summary>
    [GeneratedRegex("\u000110=[^\u0001]*\u0001$", RegexOptions.Singleline)]
    private static partial Regex CheckSumField();
}
