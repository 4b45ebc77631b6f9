using System.Text.RegularExpressions;

namespace Gateway.Acceptance.Tests.Wire;

/// <summary>
/// Compares an expected (decorated) message with a received one as the QuickFIX runner does: split both on SOH and
/// compare position by position. Tags must match everywhere, so order and count must match; values must match
/// exactly, except CheckSum and the timestamps, which only have to contain the pattern (unanchored regexes).
/// BodyLength is compared exactly, but reported last: it differs whenever anything after it does, so the
/// difference worth reading is the first one after it.
/// </summary>
public static partial class MessageComparer
{
    /// <summary>Null when the messages match; otherwise the first difference (see the class summary on BodyLength).</summary>
    public static MessageDifference? FirstDifference(string expected, string received)
    {
        var expectedFields = Fields(expected);
        var receivedFields = Fields(received);
        MessageDifference? bodyLength = null;

        var common = Math.Min(expectedFields.Length, receivedFields.Length);
        for (var i = 0; i < common; i++)
        {
            var difference = Compare(i, Field.Parse(expectedFields[i]), Field.Parse(receivedFields[i]));
            if (difference is null)
            {
                continue;
            }

            if (difference.ExpectedField is ['9', '=', ..] && difference.ReceivedField is ['9', '=', ..] && bodyLength is null)
            {
                bodyLength = difference;
                continue;
            }

            return difference with { BodyLengthAlso = bodyLength };
        }

        if (expectedFields.Length > receivedFields.Length)
        {
            return new MessageDifference(common, expectedFields[common], null, "received message ends here (fewer fields than expected)")
            {
                BodyLengthAlso = bodyLength,
            };
        }

        if (receivedFields.Length > expectedFields.Length)
        {
            return new MessageDifference(common, null, receivedFields[common], "received message has more fields than expected")
            {
                BodyLengthAlso = bodyLength,
            };
        }

        return bodyLength is null ? null : bodyLength with { Reason = BodyLengthOnly };
    }

    private const string BodyLengthOnly =
        "only BodyLength differs: expected 9= values count 52 with milliseconds; echoed 60/122 keep the precision they were sent in";

    private static MessageDifference? Compare(int position, Field want, Field got)
    {
        if (want.Tag != got.Tag)
        {
            return new MessageDifference(position, want.Text, got.Text, $"tag {want.Tag} expected, tag {got.Tag} received");
        }

        var pattern = PatternFor(want.Tag);
        if (pattern is not null)
        {
            return pattern.IsMatch(got.Value)
                ? null
                : new MessageDifference(position, want.Text, got.Text, $"value does not match /{pattern}/");
        }

        return want.Value == got.Value ? null : new MessageDifference(position, want.Text, got.Text, "value differs");
    }

    /// <summary>The fields of a message; the last character (its final SOH) is dropped first, as QuickFIX does.</summary>
    private static string[] Fields(string message) =>
        message.Length == 0 ? [] : message[..^1].Split(WireText.Soh);

    private static Regex? PatternFor(string tag) => tag switch
    {
        "10" => CheckSumPattern(),
        "52" => SendingTimePattern(),
        "42" or "60" or "122" => TimestampPattern(),
        _ => null,
    };

    [GeneratedRegex(@"\d{3}")]
    private static partial Regex CheckSumPattern();

    [GeneratedRegex(@"\d{8}-\d{2}:\d{2}:\d{2}|\d{8}-\d{2}:\d{2}:\d{2}[.]\d{3}")]
    private static partial Regex SendingTimePattern();

    [GeneratedRegex(@"\d{8}-\d{2}:\d{2}:\d{2}")]
    private static partial Regex TimestampPattern();

    private readonly record struct Field(string Text, string Tag, string Value)
    {
        public static Field Parse(string text)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            return eq < 0 ? new Field(text, text, "") : new Field(text, text[..eq], text[(eq + 1)..]);
        }
    }
}
