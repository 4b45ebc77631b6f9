using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class SequenceTests
{
    [Test]
    public void Gap_is_requested_to_infinity_then_queued_messages_are_processed_in_order()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=1|34=5|49=TW|52=<TIME>|56=ISLD|112=LATE|"),
            "8=FIX.4.4|9=58|35=2|34=2|49=ISLD|52=*|56=TW|7=3|16=0|10=*");

        h.Exchange("8=FIX.4.4|35=0|34=3|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();
        var frames = h.Exchange("8=FIX.4.4|35=0|34=4|49=TW|52=<TIME>|56=ISLD|");

        // The queued TestRequest 5 is answered as soon as 4 fills the gap.
        FrameAssert.Single(frames, "8=FIX.4.4|9=*|35=0|34=3|49=ISLD|52=*|56=TW|112=LATE|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(6);
    }

    [Test]
    public void Further_messages_above_an_outstanding_request_do_not_ask_again()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Exchange("8=FIX.4.4|35=0|34=5|49=TW|52=<TIME>|56=ISLD|").Should().HaveCount(1);
        h.Exchange("8=FIX.4.4|35=0|34=6|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();
    }

    [Test]
    public void Too_low_without_PossDup_logs_out_and_disconnects()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");
        h.Exchange("8=FIX.4.4|35=0|34=3|49=TW|52=<TIME>|56=ISLD|");

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=98|35=5|34=2|49=ISLD|52=*|56=TW|58=MsgSeqNum too low, expecting 4 but received 2|10=*");
        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void Too_low_with_PossDup_is_ignored()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");

        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|122=<TIME>|56=ISLD|43=Y|").Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(3);
        h.Peer.IsDisconnected.Should().BeFalse();
    }

    [Test]
    public void PossDup_without_OrigSendingTime_is_rejected_without_moving_the_sequence()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");
        h.Exchange("8=FIX.4.4|35=0|34=3|49=TW|52=<TIME>|56=ISLD|");

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=D|34=2|49=TW|52=<TIME>|56=ISLD|43=Y|11=ID|21=3|40=1|54=1|55=INTC|60=<TIME>|"),
            "8=FIX.4.4|9=98|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=Required tag missing|371=122|372=D|373=1|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(4);
    }

    [Test]
    public void PossDup_with_OrigSendingTime_after_SendingTime_is_rejected_and_logged_out()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");
        var later = h.Peer.Time(10);

        var frames = h.Exchange($"8=FIX.4.4|35=D|34=2|49=TW|52=<TIME>|56=ISLD|43=Y|122={later}|11=ID|21=3|40=1|54=1|55=INTC|60=<TIME>|");

        frames.Should().HaveCount(2);
        FrameAssert.Matches(frames[0], "8=FIX.4.4|9=99|35=3|34=2|49=ISLD|52=*|56=TW|45=2|58=SendingTime accuracy problem|372=D|373=10|10=*");
        FrameAssert.Matches(frames[1], "8=FIX.4.4|9=49|35=5|34=3|49=ISLD|52=*|56=TW|10=*");
    }

    [Test]
    public void SequenceReset_reset_moves_the_expected_number_without_checking_MsgSeqNum()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Exchange("8=FIX.4.4|35=4|34=0|49=TW|52=<TIME>|56=ISLD|36=25|").Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(25);
    }

    [Test]
    public void SequenceReset_to_a_lower_number_is_rejected_as_out_of_range()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=4|34=0|49=TW|52=<TIME>|56=ISLD|36=1|"),
            "8=FIX.4.4|9=116|35=3|34=2|49=ISLD|52=*|56=TW|45=0|58=Value is incorrect (out of range) for this tag|372=4|373=5|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(2);
    }

    [Test]
    public void GapFill_in_sequence_moves_the_expected_number()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Exchange("8=FIX.4.4|35=4|34=2|49=TW|52=<TIME>|56=ISLD|36=20|123=Y|").Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(20);
    }

    [Test]
    public void GapFill_replacing_messages_taken_from_the_queue_is_obeyed()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn(heartBtInt: 2);
        h.Exchange("8=FIX.4.4|35=B|34=2|49=TW|52=<TIME>|56=ISLD|148=x|");
        h.Exchange("8=FIX.4.4|35=0|34=5|49=TW|52=<TIME>|56=ISLD|");
        h.Exchange("8=FIX.4.4|35=B|34=3|43=Y|49=TW|52=<TIME>|56=ISLD|148=x|");
        h.Exchange("8=FIX.4.4|35=B|34=4|43=Y|49=TW|52=<TIME>|56=ISLD|148=x|");
        h.Session.NextTargetMsgSeqNum.Should().Be(6);

        h.Exchange($"8=FIX.4.4|35=4|34=5|49=TW|52=<TIME>|56=ISLD|43=Y|122={h.Peer.Time(-1)}|36=7|123=Y|").Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(7);
    }

    [Test]
    public void Duplicate_GapFill_below_the_expected_number_outside_a_replay_is_ignored()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        h.Exchange($"8=FIX.4.4|35=4|34=1|49=TW|52=<TIME>|56=ISLD|43=Y|122={h.Peer.Time(-1)}|36=20|123=Y|").Should().BeEmpty();

        h.Session.NextTargetMsgSeqNum.Should().Be(2);
    }

    [Test]
    public void MaxMessagesInResendRequest_asks_for_the_gap_in_chunks()
    {
        using var h = SessionHarness.Acceptor(SessionHarness.Settings() with { MaxMessagesInResendRequest = 2 });
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=0|34=7|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=*|35=2|34=2|49=ISLD|52=*|56=TW|7=2|16=3|10=*");
        h.Exchange("8=FIX.4.4|35=0|34=2|43=Y|122=<TIME>|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();
        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=0|34=3|43=Y|122=<TIME>|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=*|35=2|34=3|49=ISLD|52=*|56=TW|7=4|16=5|10=*");
    }
}
