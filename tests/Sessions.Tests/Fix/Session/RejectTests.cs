using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class RejectTests
{
    [Test]
    public void Wrong_CompID_is_rejected_then_logged_out()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        var frames = h.Exchange("8=FIX.4.4|35=D|34=2|49=WT|52=<TIME>|56=ISLD|11=ID|21=3|40=1|54=1|55=INTC|60=<TIME>|");

        frames.Should().HaveCount(2);
        FrameAssert.Matches(frames[0], "8=FIX.4.4|9=84|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=CompID problem|372=D|373=9|10=*");
        FrameAssert.Matches(frames[1], "8=FIX.4.4|9=49|35=5|34=3|49=ISLD|52=*|56=TW|10=*");
        h.Exchange("8=FIX.4.4|35=5|34=3|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();
        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void SendingTime_out_of_range_is_rejected_then_logged_out()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        var frames = h.Exchange($"8=FIX.4.4|35=0|34=2|49=TW|52={h.Peer.Time(-1)}|56=ISLD|");

        frames.Should().HaveCount(2);
        FrameAssert.Matches(frames[0], "8=FIX.4.4|9=99|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=SendingTime accuracy problem|372=0|373=10|10=*");
        FrameAssert.Matches(frames[1], "8=FIX.4.4|9=49|35=5|34=3|49=ISLD|52=*|56=TW|10=*");
    }

    [Test]
    public void Wrong_BeginString_gets_a_logout_then_a_disconnect_after_the_logout_timeout()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.1|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=id|"),
            "8=FIX.4.4|9=84|35=5|34=2|49=ISLD|52=*|56=TW|58=Incorrect BeginString (FIX.4.1)|10=*");
        h.Advance(TimeSpan.FromSeconds(1.9));
        h.Pump();
        h.Peer.IsDisconnected.Should().BeFalse();
        h.Advance(TimeSpan.FromSeconds(0.2));
        h.Pump();
        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void Garbled_frames_are_ignored_and_the_gap_they_leave_is_requested()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Exchange("8=FIX.4.4|9=52|35=0|34=2|4garbled9=TW|52=<TIME>|56=ISLD|10=0|").Should().BeEmpty();
        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();
        h.Exchange("8=FIX.4.4|35=0|34=3|49=TW|52=<TIME>|56=ISLD|10=256|").Should().BeEmpty();
        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=0|34=4|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=58|35=2|34=2|49=ISLD|52=*|56=TW|7=3|16=0|10=*");
        h.Session.Counters[FixSessionCounter.GarbledFramesDropped].Should().Be(2);
    }

    [Test]
    public void A_body_length_that_is_too_long_swallows_the_next_message()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Peer.Send("8=FIX.4.4|9=111|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");
        h.Peer.Send("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");
        h.Pump().Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(2);
    }

    [Test]
    public void MsgType_not_third_is_ignored()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Exchange("8=FIX.4.4|34=2|35=0|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(2);
    }

    [Test]
    public void Validation_failures_become_session_rejects_with_the_validators_text()
    {
        var validator = new StubValidator(new FixValidationFailure(FixValidationOutcome.SessionReject, 1, true, 56, "Required tag missing"));
        using var h = SessionHarness.Acceptor(validator: validator);
        h.LogOn();
        validator.Fail = true;

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|"),
            "8=FIX.4.4|9=97|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=Required tag missing|371=56|372=0|373=1|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(3);
    }

    [Test]
    public void Invalid_MsgType_carries_no_RefTagID_from_FIX_4_3()
    {
        var validator = new StubValidator(new FixValidationFailure(FixValidationOutcome.SessionReject, 11, true, 35, null));
        using var h = SessionHarness.Acceptor(validator: validator);
        h.LogOn();
        validator.Fail = true;

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=*|34=2|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=86|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=Invalid MsgType|372=*|373=11|10=*");
    }

    [Test]
    public void FIX_4_2_omits_reasons_above_11()
    {
        var validator = new StubValidator(new FixValidationFailure(FixValidationOutcome.SessionReject, 13, true, 40, null));
        using var h = SessionHarness.Acceptor(SessionHarness.Settings("FIX.4.2"), validator);
        h.Exchange("8=FIX.4.2|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30|");
        validator.Fail = true;

        FrameAssert.Single(
            h.Exchange("8=FIX.4.2|35=D|34=2|49=TW|52=<TIME>|56=ISLD|40=1|40=2|"),
            "8=FIX.4.2|9=97|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=Tag appears more than once|371=40|372=D|10=*");
    }

    [Test]
    public void Rejects_reverse_the_routing_fields()
    {
        var validator = new StubValidator(new FixValidationFailure(FixValidationOutcome.SessionReject, 5, true, 40, null));
        using var h = SessionHarness.Acceptor(validator: validator);
        h.LogOn();
        validator.Fail = true;

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=D|34=2|49=TW|52=<TIME>|56=ISLD|115=JCD|116=CS|144=CHI|11=ID|40=w|"),
            "8=FIX.4.4|9=*|35=3|34=2|49=ISLD|52=*|56=TW|128=JCD|129=CS|145=CHI|45=2|58=Value is incorrect (out of range) for this tag|371=40|372=D|373=5|10=*");
    }

    [Test]
    public void Unsupported_message_type_becomes_a_business_message_reject()
    {
        var app = new RecordingApplication { AppAnswer = _ => FixAppResult.UnsupportedMessageType };
        using var h = SessionHarness.Acceptor(app: app);
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=8|34=2|49=TW|52=<TIME>|56=ISLD|37=id|"),
            "8=FIX.4.4|9=94|35=j|34=2|49=ISLD|52=*|56=TW|45=2|58=Unsupported Message Type|372=8|380=3|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(3);
    }

    private sealed class StubValidator(FixValidationFailure failure) : IFixMessageValidator
    {
        public bool Fail { get; set; }

        public DataFieldPairs DataFieldPairs => DataFieldPairs.Standard;

        public bool Validate(in FixMessage message, out FixValidationFailure result)
        {
            result = failure;
            return !Fail;
        }
    }
}
