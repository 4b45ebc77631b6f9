using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;
using static Gateway.Sessions.Tests.Fix.Dictionary.TestMessages;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>The check the validator chooses per field when the dictionary loads, and the rejects it must still give.</summary>
public class ValueCheckTests
{
    private const string Header = "8=FIX.4.4|35=D|34=2|49=TW|52=" + SendingTime + "|56=ISLD|";

    [TestCase(54, nameof(ValueCheck.CharEnum))] // Side
    [TestCase(34, nameof(ValueCheck.Int))] // MsgSeqNum
    [TestCase(44, nameof(ValueCheck.Float))] // Price
    [TestCase(52, nameof(ValueCheck.Timestamp))] // SendingTime
    [TestCase(58, nameof(ValueCheck.None))] // Text
    [TestCase(18, nameof(ValueCheck.Other))] // ExecInst: multiple values
    [TestCase(22, nameof(ValueCheck.TextEnum))] // SecurityIDSource: STRING with values
    [TestCase(452, nameof(ValueCheck.IntEnum))] // PartyRole
    public void Fields_get_the_check_their_type_and_enumeration_call_for(int tag, string check) =>
        SharedFixData.Fix44.FindField(tag)!.ValueCheck.ToString().Should().Be(check);

    [Test]
    public void A_char_enumeration_allows_exactly_its_values()
    {
        var side = SharedFixData.Fix44.FindField(54)!;
        for (var b = 0; b < 256; b++)
        {
            side.AllowsChar((byte)b).Should().Be(side.IsAllowedValue([(byte)b]), "byte {0}", b);
        }
    }

    [TestCase("20240231-03:04:05.678")] // no 31 February
    [TestCase("20240102-24:04:05.678")]
    [TestCase("2024010203:04:05.678")]
    public void A_bad_timestamp_after_a_good_one_of_the_same_day_is_still_rejected(string transactTime)
    {
        var validator = new FixValidator(SharedFixData.Fix44);
        const string Order = Header + "11=ID|21=3|38=100|40=1|54=1|55=INTC|60=";

        Validate(validator, Order + SendingTime).ShouldBeValid();
        Validate(validator, Order + transactTime)
            .ShouldBeSessionReject(SessionRejectReason.IncorrectDataFormat, 60, "Incorrect data format for value", "D");
    }

    [TestCase("38=-5", -1)] // a negative Qty is still a float (FIX syntax)
    [TestCase("34=0002", -1)] // leading zeros: an Int
    [TestCase("34=9999999999", 34)] // too large for an Int
    [TestCase("34=999999999", -1)] // nine digits: the fast path
    [TestCase("34=-7", -1)]
    [TestCase("34=1x", 34)]
    [TestCase("44=1.2.3", 44)]
    public void Numbers_are_checked_as_before(string field, int rejectedTag)
    {
        var validator = new FixValidator(SharedFixData.Fix44);
        var text = field.StartsWith("34=", StringComparison.Ordinal)
            ? $"8=FIX.4.4|35=D|{field}|49=TW|52={SendingTime}|56=ISLD|11=ID|21=3|38=100|40=1|54=1|55=INTC|60={SendingTime}"
            : Header + $"11=ID|21=3|{field}|40=2|44=10|54=1|55=INTC|60={SendingTime}";
        if (field.StartsWith("44=", StringComparison.Ordinal))
        {
            text = Header + $"11=ID|21=3|38=100|40=2|{field}|54=1|55=INTC|60={SendingTime}";
        }

        var reject = Validate(validator, text);
        if (rejectedTag < 0)
        {
            reject.ShouldBeValid();
        }
        else
        {
            reject.ShouldBeSessionReject(SessionRejectReason.IncorrectDataFormat, rejectedTag, "Incorrect data format for value", "D");
        }
    }

    [TestCase("453=1|448=X|447=D|452=11", -1, 0)]
    [TestCase("453=1|448=X|447=D|452=999", 452, SessionRejectReason.ValueIsIncorrect)]
    [TestCase("453=1|448=X|447=D|452=1x", 452, SessionRejectReason.IncorrectDataFormat)]
    [TestCase("48=594918104|22=1", -1, 0)]
    [TestCase("48=594918104|22=ZZ", 22, SessionRejectReason.ValueIsIncorrect)]
    public void Enumerated_ints_and_texts_are_checked_as_before(string fields, int rejectedTag, int reason)
    {
        var validator = new FixValidator(SharedFixData.Fix44);
        var reject = Validate(validator, Header + $"11=ID|21=3|38=100|40=1|54=1|55=INTC|60={SendingTime}|{fields}");
        if (rejectedTag < 0)
        {
            reject.ShouldBeValid();
        }
        else
        {
            reject.ShouldBeSessionReject(reason, rejectedTag, SessionRejectReason.Describe(reason), "D");
        }
    }
}
