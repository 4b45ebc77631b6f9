using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;
using static Gateway.Sessions.Tests.Fix.Dictionary.TestMessages;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>
/// One test per reject reason, in FIX.4.2, FIX.4.4 and FIXT.1.1 with FIX.5.0SP2, with the messages of the QuickFIX
/// acceptance scripts (14a..14i, 2q, 2r, 2t) and QuickFIX/n's answers.
/// </summary>
[TestFixture("FIX.4.2")]
[TestFixture("FIX.4.4")]
[TestFixture("FIXT.1.1")]
public class FixValidatorRejectTests(string beginString)
{
    private FixValidator _validator = null!;

    private string Header(string msgType) => $"8={beginString}|35={msgType}|34=2|49=TW|52={SendingTime}|56=ISLD|";

    private string Order(string body) => Header("D") + body;

    // TradingSessionID is free text up to 4.4 and enumerated in 5.0SP2.
    private string Session1 => beginString == "FIXT.1.1" ? "1" : "PRE-OPEN";

    private string Session2 => beginString == "FIXT.1.1" ? "2" : "AFTER-HOURS";

    [SetUp]
    public void SetUp() => _validator = beginString switch
    {
        "FIX.4.2" => new FixValidator(SharedFixData.Fix42),
        "FIX.4.4" => new FixValidator(SharedFixData.Fix44),
        _ => new FixValidator(SharedFixData.Fixt11, SharedFixData.Fix50Sp2),
    };

    [Test]
    public void A_valid_new_order_single_passes() =>
        Validate(_validator, Order($"11=ID|21=1|40=1|54=1|38=200.00|55=INTC|60={SendingTime}")).ShouldBeValid();

    [Test]
    public void A_valid_heartbeat_passes() =>
        Validate(_validator, Header("0")).ShouldBeValid();

    [TestCase("2999=HI", 2999)]
    [TestCase("5000=HI", 5000)]
    [TestCase("0=HI", 0)]
    [TestCase("-1=HI", -1)]
    public void A_tag_not_in_the_dictionary_is_an_invalid_tag_number(string field, int tag) =>
        Validate(_validator, Header("0") + field)
            .ShouldBeSessionReject(SessionRejectReason.InvalidTagNumber, tag, "Invalid tag number", "0");

    [Test]
    public void A_missing_required_header_field_is_reported() =>
        Validate(_validator, $"8={beginString}|35=0|34=2|49=TW|52={SendingTime}")
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, 56, "Required tag missing", "0");

    [Test]
    public void The_first_missing_required_body_field_in_dictionary_order_is_reported()
    {
        // 4.2: ClOrdID is present, Symbol is missing. 4.4: both missing; ClOrdID comes first in the dictionary.
        var message = beginString == "FIX.4.2"
            ? $"8={beginString}|35=D|49=TW|34=3|56=ISLD|52={SendingTime}|40=1|60={SendingTime}|54=1|21=3|11=id"
            : $"8={beginString}|35=D|49=TW|34=3|56=ISLD|52={SendingTime}|40=1|60={SendingTime}|54=1|21=3";

        Validate(_validator, message)
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, beginString == "FIX.4.2" ? 55 : 11, "Required tag missing", "D");
    }

    [Test]
    public void A_field_of_another_message_type_is_not_defined_for_this_one() =>
        Validate(_validator, Header("0") + "55=MSFT")
            .ShouldBeSessionReject(SessionRejectReason.TagNotDefinedForMessageType, 55, "Tag not defined for this message type", "0");

    [Test]
    public void A_field_without_a_value_is_reported() =>
        Validate(_validator, $"8={beginString}|35=0|34=2|49=TW|52={SendingTime}|56=")
            .ShouldBeSessionReject(SessionRejectReason.TagSpecifiedWithoutValue, 56, "Tag specified without a value", "0");

    [TestCase("11=ID|21=4|40=1|54=1|38=002000.00|55=INTC", 21)]
    [TestCase("11=ID|21=1|40=1|54=1|38=002000.00|55=INTC|167=BOO", 167)]
    [TestCase("11=ID|21=3|38=100|40=w|54=1|55=INTC", 40)]
    public void A_value_outside_the_enumeration_is_incorrect(string body, int tag) =>
        Validate(_validator, Order($"{body}|60={SendingTime}"))
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, tag, "Value is incorrect (out of range) for this tag", "D");

    [TestCase("38=+200.00", 38)]
    [TestCase("38=1e5", 38)]
    [TestCase("38=abc", 38)]
    [TestCase("126=20040415", 126)]
    [TestCase("126=20040431-10:00:00", 126)]
    [TestCase("126=20040415-24:00:00", 126)]
    [TestCase("59=10", 59)]
    public void A_value_of_the_wrong_type_has_an_incorrect_data_format(string field, int tag) =>
        Validate(_validator, Order($"11=ID|21=1|40=1|54=1|55=INTC|60={SendingTime}|{field}"))
            .ShouldBeSessionReject(SessionRejectReason.IncorrectDataFormat, tag, "Incorrect data format for value", "D");

    [TestCase("11=id|21=3|40=1|54=1|55=MSFT|60=20240102-03:04:05|34=2|49=TW|52=20240102-03:04:05|56=ISLD")]
    [TestCase("55=MSFT|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=id|21=3|40=1|54=1|60=20240102-03:04:05")]
    public void A_header_field_after_the_body_is_out_of_order(string fields) =>
        Validate(_validator, $"8={beginString}|35=D|{fields}")
            .ShouldBeSessionReject(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, 34, "Tag specified out of required order", "D");

    [Test]
    public void A_repeated_field_outside_a_group_appears_more_than_once() =>
        Validate(_validator, Order($"11=ID|21=1|40=1|40=2|54=1|38=200.00|55=INTC|60={SendingTime}"))
            .ShouldBeSessionReject(SessionRejectReason.TagAppearsMoreThanOnce, 40, "Tag appears more than once", "D");

    [Test]
    public void A_group_with_fewer_entries_than_its_count_is_reported_at_the_counter() =>
        Validate(_validator, Order($"11=ID|21=1|40=1|54=1|38=200.00|55=INTC|386=3|336={Session1}|336={Session2}|60={SendingTime}"))
            .ShouldBeSessionReject(SessionRejectReason.IncorrectNumInGroupCount, 386, "Incorrect NumInGroup count for repeating group", "D");

    [Test]
    public void A_group_whose_count_matches_passes() =>
        Validate(_validator, Order($"11=ID|21=1|40=1|54=1|38=200.00|55=INTC|386=2|336={Session1}|336={Session2}|60={SendingTime}"))
            .ShouldBeValid();

    [Test]
    public void An_unknown_msg_type_is_invalid() =>
        Validate(_validator, Header("*"))
            .ShouldBeSessionReject(SessionRejectReason.InvalidMsgType, 35, "Invalid MsgType", "*");

    [Test]
    public void A_known_application_type_the_application_does_not_handle_gets_a_business_reject()
    {
        _validator.SetSupportedApplicationMessages(["D", "d", "B"]);

        var execTransType = beginString == "FIX.4.2" ? "20=0|" : "";
        var reject = Validate(_validator, Header("8") + $"37=id|17=id|{execTransType}150=0|39=0|55=WLRI|54=1|151=100|14=0|6=0.0");

        reject.Kind.Should().Be(FixRejectKind.BusinessReject, reject.ToString());
        reject.Reason.Should().Be(BusinessRejectReason.UnsupportedMessageType);
        reject.HasRefTagId.Should().BeFalse();
        reject.Text.Should().Be("Unsupported Message Type");
        reject.RefMsgType.Should().Be(Gateway.Sessions.Fix.Codec.MsgTypes.ExecutionReport);
        Validate(_validator, Header("0")).ShouldBeValid(); // admin messages are the session's, always handled
    }

    [TestCase("35=0|8=FIX.4.4|9=5|34=2|")]
    [TestCase("8={0}|34=3|35=0|49=TW|52=20240102-03:04:05|56=ISLD")]
    [TestCase("8={0}|35=0|9=20|34=3|49=TW|52=20240102-03:04:05|56=ISLD")]
    public void Messages_whose_first_three_fields_are_not_8_9_35_are_garbled(string text)
    {
        var reject = Validate(_validator, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, beginString));

        reject.Kind.Should().Be(FixRejectKind.Garbled);
        reject.TextId.Should().Be(FixRejectText.HeaderFieldsOutOfOrder);
    }

    [Test]
    public void A_tag_that_is_not_a_number_makes_the_message_garbled() =>
        Validate(_validator, Header("0") + "1x=HI").Kind.Should().Be(FixRejectKind.Garbled);

    [Test]
    public void Another_begin_string_is_reported_for_the_session_to_log_out() =>
        Validate(_validator, $"8=FIX.4.1|35=1|34=2|49=TW|52={SendingTime}|56=ISLD|112=id").Kind
            .Should().Be(FixRejectKind.IncorrectBeginString);

    [Test]
    public void Within_the_body_the_lowest_failing_tag_is_reported_as_quickfix_iterates_in_tag_order() =>
        Validate(_validator, Order($"11=ID|167=BOO|21=4|40=1|54=1|55=INTC|60={SendingTime}"))
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, 21, "Value is incorrect (out of range) for this tag", "D");

    [Test]
    public void Header_problems_are_reported_before_body_problems() =>
        Validate(_validator, $"8={beginString}|35=D|34=2|43=X|49=TW|52={SendingTime}|56=ISLD|11=ID|21=4|40=1|54=1|55=INTC|60={SendingTime}")
            .ShouldBeSessionReject(SessionRejectReason.IncorrectDataFormat, 43, "Incorrect data format for value", "D");

    [Test]
    public void An_empty_routing_header_field_is_reported_before_a_bad_body_value() =>
        Validate(_validator, $"8={beginString}|35=D|34=7|49=TW|52={SendingTime}|56=ISLD|128=JCD|129=CS|145=|11=ID|21=3|38=100|40=w|54=1|55=INTC|60={SendingTime}")
            .ShouldBeSessionReject(SessionRejectReason.TagSpecifiedWithoutValue, 145, "Tag specified without a value", "D");

    [Test]
    public void A_repeated_tag_is_reported_before_other_problems_of_its_section() =>
        Validate(_validator, Order($"11=ID|21=4|40=1|54=1|54=1|55=INTC|60={SendingTime}"))
            .ShouldBeSessionReject(SessionRejectReason.TagAppearsMoreThanOnce, 54, "Tag appears more than once", "D");

    [Test]
    public void A_missing_required_field_is_reported_before_a_bad_value() =>
        Validate(_validator, Order($"11=ID|21=4|40=1|55=INTC|60={SendingTime}"))
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, 54, "Required tag missing", "D");

    [Test]
    public void Out_of_order_is_reported_before_an_unknown_msg_type() =>
        Validate(_validator, $"8={beginString}|35=*|112=x|34=2|49=TW|52={SendingTime}|56=ISLD")
            .Reason.Should().Be(SessionRejectReason.TagSpecifiedOutOfRequiredOrder);

    [Test]
    public void Data_fields_may_contain_the_field_delimiter()
    {
        var defaultApplVerId = beginString == "FIXT.1.1" ? "|1137=9" : "";
        var logon = $"8={beginString}|35=A|34=1|49=TW|52={SendingTime}|56=ISLD|98=0|108=30|95=5|96=ab\u0001cd{defaultApplVerId}";

        Validate(_validator, logon).ShouldBeValid();
    }
}
