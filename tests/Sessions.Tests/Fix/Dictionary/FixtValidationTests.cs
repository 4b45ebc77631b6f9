using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;
using static Gateway.Sessions.Tests.Fix.Dictionary.TestMessages;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>FIXT.1.1 sessions: header, trailer and admin messages by FIXT11.xml, application messages by FIX50SP2.xml.</summary>
public class FixtValidationTests
{
    private const string OrderBody = "11=ID|40=2|44=10.5|54=1|38=100|55=INTC|60=20240102-03:04:05.123456";

    private FixValidator _validator = null!;

    private static string Message(string msgType, string body) =>
        $"8=FIXT.1.1|35={msgType}|34=2|49=TW|52=20240102-03:04:05.123|56=ISLD|{body}";

    [SetUp]
    public void SetUp() => _validator = new FixValidator(SharedFixData.Fixt11, SharedFixData.Fix50Sp2);

    [Test]
    public void An_application_message_is_validated_by_the_application_dictionary()
    {
        Validate(_validator, Message("D", OrderBody)).ShouldBeValid();
        Validate(_validator, Message("D", OrderBody + "|453=1|448=A|447=D|452=1|802=1|523=X|803=1")).ShouldBeValid();
        Validate(_validator, Message("D", "11=ID|40=2|44=10.5|38=100|55=INTC|60=20240102-03:04:05"))
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, 54, "Required tag missing", "D");
    }

    [Test]
    public void Admin_messages_are_validated_by_the_transport_dictionary()
    {
        Validate(_validator, Message("A", "98=0|108=30|1137=9")).ShouldBeValid();
        Validate(_validator, Message("A", "98=0|108=30"))
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, 1137, "Required tag missing", "A");
        Validate(_validator, Message("0", "55=MSFT"))
            .ShouldBeSessionReject(SessionRejectReason.TagNotDefinedForMessageType, 55, "Tag not defined for this message type", "0");
    }

    [Test]
    public void Header_fields_of_the_transport_dictionary_are_checked_in_application_messages()
    {
        var withApplVerId = "8=FIXT.1.1|35=D|34=2|49=TW|52=20240102-03:04:05|56=ISLD|1128=9|" + OrderBody;

        Validate(_validator, withApplVerId).ShouldBeValid();
        Validate(_validator, withApplVerId.Replace("1128=9", "1128=Z", StringComparison.Ordinal))
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, 1128, "Value is incorrect (out of range) for this tag", "D");
    }

    [Test]
    public void A_type_neither_dictionary_defines_is_an_invalid_msg_type() =>
        Validate(_validator, Message("ZZ", ""))
            .ShouldBeSessionReject(SessionRejectReason.InvalidMsgType, 35, "Invalid MsgType", "ZZ");

    [Test]
    public void An_admin_type_is_not_looked_up_in_the_application_dictionary()
    {
        // Heartbeat exists in FIX50SP2.xml only as far as FIXT11.xml defines it; TestReqID is its only field.
        Validate(_validator, Message("0", "112=T1")).ShouldBeValid();
    }

    [Test]
    public void The_begin_string_must_be_fixt() =>
        Validate(_validator, "8=FIX.4.4|35=0|34=2|49=TW|52=20240102-03:04:05|56=ISLD").Kind
            .Should().Be(FixRejectKind.IncorrectBeginString);

    [Test]
    public void Nanosecond_timestamps_are_well_formed() =>
        Validate(_validator, Message("D", "11=ID|40=1|54=1|38=100|55=INTC|60=20240102-03:04:05.123456789")).ShouldBeValid();

    [Test]
    public void Data_field_pairs_of_both_dictionaries_are_combined()
    {
        _validator.DataFieldPairs.DataTagFor(95).Should().Be(96);
        _validator.DataFieldPairs.DataTagFor(1401).Should().Be(1402);
    }
}
