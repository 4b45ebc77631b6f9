using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;
using static Gateway.Sessions.Tests.Fix.Dictionary.TestMessages;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

public class FixRejectTests
{
    [Test]
    public void Every_session_reason_has_quickfix_wording()
    {
        FixRejectTexts.Get(FixRejectTexts.ForSessionReason(SessionRejectReason.ValueIsIncorrect))
            .Should().Be("Value is incorrect (out of range) for this tag");
        FixRejectTexts.Get(FixRejectTexts.ForSessionReason(SessionRejectReason.IncorrectNumInGroupCount))
            .Should().Be("Incorrect NumInGroup count for repeating group");
        FixRejectTexts.Get(FixRejectTexts.ForSessionReason(SessionRejectReason.CompIdProblem)).Should().Be("CompID problem");
        FixRejectTexts.Get(FixRejectTexts.ForSessionReason(SessionRejectReason.Other)).Should().Be("Other");
        FixRejectTexts.Get(FixRejectTexts.ForBusinessReason(BusinessRejectReason.UnsupportedMessageType))
            .Should().Be("Unsupported Message Type");
        FixRejectTexts.Get(FixRejectTexts.ForBusinessReason(BusinessRejectReason.ConditionallyRequiredFieldMissing))
            .Should().Be("Conditionally Required Field Missing");
    }

    [Test]
    public void A_plain_text_is_written_as_ascii()
    {
        var reject = Validate(new FixValidator(SharedFixData.Fix44), $"8=FIX.4.4|35=0|34=2|49=TW|52={SendingTime}|56=ISLD|999=x");
        Span<byte> buffer = stackalloc byte[128];

        var written = reject.WriteText(buffer);

        Encoding.ASCII.GetString(buffer[..written]).Should().Be("Invalid tag number");
        reject.WriteText(buffer[..5]).Should().Be(-1);
    }

    [Test]
    public void A_group_text_is_formatted_with_its_tags_without_allocating_a_string()
    {
        var reject = Validate(
            new FixValidator(SharedFixData.Fix44),
            $"8=FIX.4.4|35=D|34=2|49=TW|52={SendingTime}|56=ISLD|11=ID|453=1|447=D|448=A|21=1|40=1|54=1|55=INTC|60={SendingTime}");
        Span<byte> buffer = stackalloc byte[128];

        var written = reject.WriteText(buffer);

        Encoding.ASCII.GetString(buffer[..written]).Should().Be("Group 453's first entry does not start with delimiter 448");
        reject.Text.Should().Be("Group 453's first entry does not start with delimiter 448");
    }

    [TestCase(FixVersion.Fix42, SessionRejectReason.TagAppearsMoreThanOnce, true, false)]
    [TestCase(FixVersion.Fix42, SessionRejectReason.ValueIsIncorrect, true, true)]
    [TestCase(FixVersion.Fix42, SessionRejectReason.InvalidMsgType, true, true)]
    [TestCase(FixVersion.Fix44, SessionRejectReason.TagAppearsMoreThanOnce, true, true)]
    [TestCase(FixVersion.Fix44, SessionRejectReason.InvalidMsgType, false, true)]
    [TestCase(FixVersion.Fixt11, SessionRejectReason.IncorrectNumInGroupCount, true, true)]
    [TestCase(FixVersion.Fix41, SessionRejectReason.ValueIsIncorrect, false, false)]
    public void Reject_fields_follow_the_session_version(FixVersion version, int reason, bool refTagId, bool reasonField)
    {
        var message = reason switch
        {
            SessionRejectReason.TagAppearsMoreThanOnce => $"8=FIX.4.4|35=0|34=2|49=TW|52={SendingTime}|56=ISLD|112=a|112=b",
            SessionRejectReason.InvalidMsgType => $"8=FIX.4.4|35=*|34=2|49=TW|52={SendingTime}|56=ISLD",
            SessionRejectReason.IncorrectNumInGroupCount => $"8=FIX.4.4|35=0|34=2|49=TW|52={SendingTime}|56=ISLD|627=2|628=A",
            _ => $"8=FIX.4.4|35=D|34=2|49=TW|52={SendingTime}|56=ISLD|11=ID|21=9|40=1|54=1|55=INTC|60={SendingTime}",
        };
        var reject = Validate(new FixValidator(SharedFixData.Fix44), message);
        reject.Reason.Should().Be(reason);

        FixRejectRules.IncludesRefTagId(version, reject).Should().Be(refTagId);
        FixRejectRules.IncludesReason(version, reject).Should().Be(reasonField);
        FixRejectRules.IncludesRefMsgType(version, reject).Should().Be(version >= FixVersion.Fix42);
        FixRejectRules.AppendsTagToText(version, reject).Should().Be(version < FixVersion.Fix42);
    }

    [TestCase("FIX.4.2", FixVersion.Fix42)]
    [TestCase("FIX.4.4", FixVersion.Fix44)]
    [TestCase("FIXT.1.1", FixVersion.Fixt11)]
    [TestCase("FIX.5.0SP2", FixVersion.Fix50Sp2)]
    [TestCase("FIX.9.9", FixVersion.Unknown)]
    public void Versions_are_named_by_their_begin_string(string beginString, FixVersion version)
    {
        FixVersions.FromBeginString(beginString).Should().Be(version);
        if (version != FixVersion.Unknown)
        {
            FixVersions.Name(version).Should().Be(beginString);
        }
    }
}
