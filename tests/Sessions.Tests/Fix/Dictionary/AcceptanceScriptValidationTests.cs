using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>
/// Every message the QuickFIX acceptance scripts send (I lines), run through the validator and held against the
/// answer QuickFIX/n gives (the E line that follows): where it answers with a dictionary-level Reject, we must
/// produce the same reason, RefTagID and text; where the application answers with a BusinessMessageReject, so
/// must we; where the message is processed normally, it must be valid. Session-level rejects (CompID, SendingTime,
/// sequence reset, PossDup without OrigSendingTime) are the session's and must pass validation.
/// </summary>
public partial class AcceptanceScriptValidationTests
{
    private static readonly HashSet<string> DictionaryTexts =
    [
        "Invalid tag number", "Required tag missing", "Tag not defined for this message type", "Tag specified without a value",
        "Value is incorrect (out of range) for this tag", "Incorrect data format for value", "Tag specified out of required order",
        "Tag appears more than once", "Incorrect NumInGroup count for repeating group", "Invalid MsgType",
        "Repeating group fields out of order",
    ];

    [TestCase("fix42", "FIX42.xml", new[] { "D", "d", "B" })]
    [TestCase("fix44", "FIX44.xml", new[] { "D", "d", "R", "B", "AD" })]
    public void Validator_answers_every_scripted_message_as_quickfix_does(string suite, string dictionaryFile, string[] handledByApplication)
    {
        var validator = new FixValidator(SharedFixData.Dictionary(dictionaryFile));
        validator.SetSupportedApplicationMessages(handledByApplication);
        var failures = new List<string>();
        var checkedRejects = 0;
        var checkedValid = 0;

        foreach (var script in Directory.GetFiles(SharedFixData.AcceptancePath(Path.Combine("definitions", "server", suite)), "*.def"))
        {
            var lines = File.ReadAllLines(script).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!TryMessage(lines[i], 'I', out var sent) || !sent.StartsWith("8=", StringComparison.Ordinal))
                {
                    continue;
                }

                var answer = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith('I')).FirstOrDefault(l => l.StartsWith('E'));
                if (answer is null || !TryMessage(answer, 'E', out var expected) || HasDeliberateFramingError(sent))
                {
                    continue;
                }

                var reject = TestMessages.Validate(validator, Decorate(sent));
                var where = $"{Path.GetFileName(script)}: {sent.Replace('\u0001', '|')}";
                var text = Field(expected, 58);
                var msgType = Field(expected, 35);
                if (msgType == "3" && text is not null && (DictionaryTexts.Contains(text) || text.StartsWith("Group ", StringComparison.Ordinal)) && Field(expected, 371) != "122" && Field(expected, 372) != "4")
                {
                    checkedRejects++;
                    var refTag = Field(expected, 371);
                    if (reject.Kind != FixRejectKind.SessionReject || reject.Text != text
                        || (refTag is not null && reject.RefTagId.ToString(CultureInfo.InvariantCulture) != refTag)
                        || (Field(expected, 373) is { } reason && reject.Reason.ToString(CultureInfo.InvariantCulture) != reason))
                    {
                        failures.Add($"{where}\n    expected Reject 58={text} 371={refTag} 373={Field(expected, 373)}, got {reject}");
                    }
                }
                else if (msgType == "j")
                {
                    checkedRejects++;
                    if (reject.Kind != FixRejectKind.BusinessReject || reject.Text != text)
                    {
                        failures.Add($"{where}\n    expected BusinessMessageReject 58={text}, got {reject}");
                    }
                }
                else if (msgType != "5" || Field(sent, 35) == "5" || Field(sent, 35) == "A")
                {
                    checkedValid++;
                    if (!reject.IsNone && !(reject.Kind == FixRejectKind.IncorrectBeginString && msgType == "5"))
                    {
                        failures.Add($"{where}\n    expected a valid message (answer {expected.Replace('\u0001', '|')}), got {reject}");
                    }
                }
            }
        }

        TestContext.Out.WriteLine($"{suite}: {checkedRejects} rejects and {checkedValid} valid messages checked");
        failures.Should().BeEmpty();
        checkedRejects.Should().BeGreaterThan(20);
        checkedValid.Should().BeGreaterThan(100);
    }

    private static bool TryMessage(string line, char direction, out string message)
    {
        message = "";
        if (line.Length < 2 || line[0] != direction)
        {
            return false;
        }

        var rest = line[1..];
        var match = ConnectionPrefix().Match(rest);
        message = match.Success ? rest[match.Length..] : rest;
        return !message.Contains("DISCONNECT", StringComparison.Ordinal) && !message.Contains("CONNECT", StringComparison.Ordinal);
    }

    private static string Decorate(string message)
    {
        var now = DateTime.UtcNow;
        return TimePlaceholder().Replace(message, m =>
        {
            var days = m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return now.AddDays(days).ToString("yyyyMMdd-HH:mm:ss", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Scripts that set 9= or 10= themselves test framing (bad length or checksum), not the dictionary.</summary>
    private static bool HasDeliberateFramingError(string sent) =>
        sent.Contains("\u00019=", StringComparison.Ordinal) || sent.Contains("\u000110=", StringComparison.Ordinal);

    private static string? Field(string message, int tag)
    {
        var prefix = tag.ToString(CultureInfo.InvariantCulture) + "=";
        foreach (var field in message.Split('\u0001'))
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal))
            {
                return field[prefix.Length..];
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\d+,")]
    private static partial Regex ConnectionPrefix();

    [GeneratedRegex(@"<TIME([+-]\d+)?>")]
    private static partial Regex TimePlaceholder();
}
