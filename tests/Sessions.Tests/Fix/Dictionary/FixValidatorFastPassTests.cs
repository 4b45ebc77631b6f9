using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>
/// The validator's fast pass may only say "valid" where the full walk says so too: for valid messages and for many
/// mutations of them (fields dropped, repeated, moved, emptied, given odd values, unknown tags added), the answer
/// with the fast pass on is the answer of the full walk alone, reject reason, RefTagID and text included.
/// </summary>
public class FixValidatorFastPassTests
{
    private const string Order =
        "8=FIX.4.4|35=D|34=1234|49=BUYSIDE|52=20240102-03:04:05.678|56=VENUE|115=DESK7|11=ORD-1|1=ACC-001|21=1|453=2|448=TRDR7|447=D|452=11|" +
        "448=XNAS-MM|447=D|452=1|55=MSFT|48=594918104|22=1|207=XNAS|54=1|60=20240102-03:04:05.678|38=1500|40=2|44=101.25|15=USD|59=0|528=A";

    private const string Report =
        "8=FIX.4.4|35=8|34=7|49=VENUE|52=20240102-03:04:05.678|56=BUYSIDE|37=O1|11=ORD-1|17=E1|150=0|39=0|55=MSFT|54=1|38=1500|44=101.25|" +
        "151=1500|14=0|6=0|60=20240102-03:04:05.678";

    private const string Logon = "8=FIX.4.4|35=A|34=1|49=BUYSIDE|52=20240102-03:04:05.678|56=VENUE|98=0|108=30|141=Y";

    private const string Fix42Order =
        "8=FIX.4.2|35=D|34=2|49=BUYSIDE|52=20240102-03:04:05|56=VENUE|11=ORD-1|21=1|55=IBM|54=1|60=20240102-03:04:05|38=100|40=2|44=12.5";

    // Values that exercise every value check: empty, wrong type, enum misses, overlong, signs, timestamps.
    private static readonly string[] OddValues =
        ["", "X", "ZZ", "-1", "0", "1.5", "abc", "99999999999", "20240102-25:04:05", "20240230-03:04:05", "1 2", "Y", "N", "D", "11"];

    // Tags that are unknown, header, trailer, group members or members of other messages.
    private static readonly int[] OddTags = [9999, 5001, 20001, 49, 56, 34, 10, 93, 448, 447, 452, 453, 37, 17, 58, 98, 0];

    [TestCase(Order, "FIX44.xml")]
    [TestCase(Report, "FIX44.xml")]
    [TestCase(Logon, "FIX44.xml")]
    [TestCase(Fix42Order, "FIX42.xml")]
    [CancelAfter(60_000)]
    public void Fast_pass_answers_as_the_full_walk(string text, string dictionaryFile, CancellationToken token)
    {
        var dictionary = SharedFixData.Dictionary(dictionaryFile);
        var settingsList = new[]
        {
            FixValidationSettings.Default,
            new FixValidationSettings { AllowUnknownMsgFields = true, ValidateUserDefinedFields = false },
            new FixValidationSettings { AllowUnknownFieldValues = true, ValidateFieldsOutOfOrder = false },
            new FixValidationSettings { ValidateRequiredFieldsInGroups = false, ValidateUnorderedGroupFields = false },
        };
        var random = new Random(12345);
        var fastAccepted = 0;
        foreach (var settings in settingsList)
        {
            var fast = new FixValidator(dictionary, settings);
            var full = new FixValidator(dictionary, settings) { FastPassEnabled = false };
            Compare(fast, full, TestMessages.Frame(text)).Should().BeTrue("the unmutated message is valid");
            for (var n = 0; n < 3_000 && !token.IsCancellationRequested; n++)
            {
                var fields = Fields(text);
                var mutations = 1 + random.Next(2);
                for (var m = 0; m < mutations; m++)
                {
                    Mutate(fields, random);
                }

                fastAccepted += Compare(fast, full, TestMessages.Frame(string.Join('|', fields))) ? 1 : 0;
            }
        }

        fastAccepted.Should().BeGreaterThan(0, "some mutations leave a valid message (a reordered body, an optional field dropped)");
    }

    /// <summary>Validates with both; asserts the same answer; returns whether the message is valid.</summary>
    private static bool Compare(FixValidator fast, FixValidator full, byte[] frame)
    {
        var table = new FixFieldTable();
        table.Scan(frame, fast.DataFieldPairs);
        var message = new FixMessage(frame, table);
        var fastValid = fast.Validate(message, out var fastReject);
        var fullValid = full.Validate(message, out var fullReject);
        var text = System.Text.Encoding.Latin1.GetString(frame).Replace('\u0001', '|');
        fastValid.Should().Be(fullValid, text);
        fastReject.Kind.Should().Be(fullReject.Kind, text);
        fastReject.Reason.Should().Be(fullReject.Reason, text);
        fastReject.HasRefTagId.Should().Be(fullReject.HasRefTagId, text);
        fastReject.RefTagId.Should().Be(fullReject.RefTagId, text);
        fastReject.Text.Should().Be(fullReject.Text, text);
        return fastValid;
    }

    private static List<string> Fields(string text) => [.. text.Split('|')];

    /// <summary>One change to the fields after 8, 9 (added by Frame) and 35, mostly.</summary>
    private static void Mutate(List<string> fields, Random random)
    {
        var at = 2 + random.Next(fields.Count - 2);
        var field = fields[at];
        var tag = field[..field.IndexOf('=')];
        switch (random.Next(7))
        {
            case 0:
                fields.RemoveAt(at);
                break;
            case 1:
                fields.Insert(2 + random.Next(fields.Count - 1), field);
                break;
            case 2:
                fields.RemoveAt(at);
                fields.Insert(2 + random.Next(fields.Count - 1), field);
                break;
            case 3:
                fields[at] = tag + "=" + OddValues[random.Next(OddValues.Length)];
                break;
            case 4:
                fields.Insert(2 + random.Next(fields.Count - 1), OddTags[random.Next(OddTags.Length)] + "=" + OddValues[1 + random.Next(OddValues.Length - 1)]);
                break;
            case 5:
                (fields[at], fields[2 + random.Next(fields.Count - 2)]) = (fields[2 + random.Next(fields.Count - 2)], field);
                break;
            default:
                fields.Add(OddTags[random.Next(OddTags.Length)] + "=" + OddValues[random.Next(OddValues.Length)]);
                break;
        }
    }
}
