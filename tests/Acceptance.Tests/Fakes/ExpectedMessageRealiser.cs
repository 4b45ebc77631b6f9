using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Fakes;

/// <summary>
/// Turns an E line into a message a real acceptor could have sent: decorated, with a true BodyLength and CheckSum.
/// Timestamps keep the script's placeholder values (they match the comparison's patterns), except that a
/// second-precision one is widened to milliseconds where the line's explicit BodyLength counts them so
/// (<c>52=&lt;TIME&gt;</c> with a 9= computed for <c>52=...000</c>).
/// </summary>
public static partial class ExpectedMessageRealiser
{
    private static readonly HashSet<string> TimestampTags = ["52", "122", "42", "60"];

    public static string Realise(string scriptMessage, DateTime utcNow, Func<string, string, string>? changeValue = null)
    {
        var decorated = MessageDecorator.Decorate(scriptMessage, utcNow);
        if (!decorated.StartsWith("8=", StringComparison.Ordinal) || !decorated.EndsWith(WireText.Soh))
        {
            return decorated;
        }

        var fields = decorated[..^1].Split(WireText.Soh).Select(Split).ToList();
        fields.RemoveAll(f => f.Tag == "10");
        var declaredLength = fields.FirstOrDefault(f => f.Tag == "9").Value;
        fields.RemoveAll(f => f.Tag == "9");
        if (int.TryParse(declaredLength, NumberStyles.None, CultureInfo.InvariantCulture, out var declared))
        {
            WidenTimestamps(fields, declared);
        }

        if (changeValue is not null)
        {
            fields = [.. fields.Select(f => (f.Tag, changeValue(f.Tag, f.Value)))];
        }

        var body = string.Concat(fields.Skip(1).Select(f => $"{f.Tag}={f.Value}{WireText.Soh}"));
        var message = $"8={fields[0].Value}{WireText.Soh}9={body.Length}{WireText.Soh}{body}";
        return $"{message}10={WireText.CheckSum(message):D3}{WireText.Soh}";
    }

    private static void WidenTimestamps(List<(string Tag, string Value)> fields, int declaredLength)
    {
        var missing = declaredLength - fields.Skip(1).Sum(f => f.Tag.Length + f.Value.Length + 2);
        for (var i = 0; i < fields.Count && missing >= 4; i++)
        {
            if (TimestampTags.Contains(fields[i].Tag) && Seconds().IsMatch(fields[i].Value))
            {
                fields[i] = (fields[i].Tag, fields[i].Value + ".000");
                missing -= 4;
            }
        }
    }

    private static (string Tag, string Value) Split(string field)
    {
        var eq = field.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (field, "") : (field[..eq], field[(eq + 1)..]);
    }

    [GeneratedRegex(@"^\d{8}-\d{2}:\d{2}:\d{2}$")]
    private static partial Regex Seconds();
}
