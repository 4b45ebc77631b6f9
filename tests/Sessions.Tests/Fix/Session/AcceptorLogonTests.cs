using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class AcceptorLogonTests
{
    [Test]
    public void Answers_a_logon_with_a_logon_in_QuickFIX_field_order()
    {
        using var h = SessionHarness.Acceptor();

        var frames = h.LogOn();

        FrameAssert.Single(frames, "8=FIX.4.4|9=61|35=A|34=1|49=ISLD|52=*|56=TW|98=0|108=30|10=*");
        FixPeer.Field(frames[0], 52).Should().MatchRegex(@"^\d{8}-\d{2}:\d{2}:\d{2}\.\d{3}$");
        h.Session.IsLoggedOn.Should().BeTrue();
        h.App.Logons.Should().Be(1);
        h.Session.NextTargetMsgSeqNum.Should().Be(2);
        h.Session.NextSenderMsgSeqNum.Should().Be(2);
    }

    [Test]
    public void Takes_the_initiators_heartbeat_interval()
    {
        using var h = SessionHarness.Acceptor();

        FrameAssert.Single(h.LogOn(heartBtInt: 2), "8=FIX.4.4|9=60|35=A|34=1|49=ISLD|52=*|56=TW|98=0|108=2|10=*");

        h.Session.HeartBtInt.Should().Be(2);
    }

    [Test]
    public void Never_answers_ResetSeqNumFlag_with_141_and_resets_both_numbers()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        for (var seq = 2; seq <= 9; seq++)
        {
            h.Exchange($"8=FIX.4.4|35=0|34={seq}|49=TW|52=<TIME>|56=ISLD|");
        }

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=1|34=10|49=TW|52=<TIME>|56=ISLD|112=1|"),
            "8=FIX.4.4|9=55|35=0|34=2|49=ISLD|52=*|56=TW|112=1|10=*");

        var reply = h.Exchange("8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30|141=Y|");

        FrameAssert.Single(reply, "8=FIX.4.4|9=61|35=A|34=1|49=ISLD|52=*|56=TW|98=0|108=30|10=*");
        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=1|"),
            "8=FIX.4.4|9=55|35=0|34=2|49=ISLD|52=*|56=TW|112=1|10=*");
    }

    [Test]
    public void Logon_with_a_bad_SendingTime_is_dropped_without_an_answer()
    {
        using var h = SessionHarness.Acceptor();

        var frames = h.Exchange("8=FIX.4.4|35=A|34=1|49=TW|52=20010101-00:00:00|56=ISLD|98=0|108=30|");

        frames.Should().BeEmpty();
        h.Peer.IsDisconnected.Should().BeTrue();
        h.Session.HasConnection.Should().BeFalse();
    }

    [Test]
    public void First_message_not_a_logon_disconnects()
    {
        using var h = SessionHarness.Acceptor();

        h.Exchange("8=FIX.4.4|35=0|34=1|49=TW|52=<TIME>|56=ISLD|").Should().BeEmpty();

        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void Logon_with_a_wrong_BodyLength_disconnects()
    {
        using var h = SessionHarness.Acceptor();

        h.Exchange("8=FIX.4.4|9=40|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30|").Should().BeEmpty();

        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void Logon_too_high_is_answered_then_the_gap_is_requested()
    {
        using var h = SessionHarness.Acceptor();

        var frames = h.Exchange("8=FIX.4.4|35=A|34=5|49=TW|52=<TIME>|56=ISLD|98=0|108=30|");

        frames.Should().HaveCount(2);
        FrameAssert.Matches(frames[0], "8=FIX.4.4|9=61|35=A|34=1|49=ISLD|52=*|56=TW|98=0|108=30|10=*");
        FrameAssert.Matches(frames[1], "8=FIX.4.4|9=58|35=2|34=2|49=ISLD|52=*|56=TW|7=1|16=0|10=*");
        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=5|34=6|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=49|35=5|34=3|49=ISLD|52=*|56=TW|10=*");
        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void Logout_is_answered_and_the_connection_closed()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=5|34=2|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=49|35=5|34=2|49=ISLD|52=*|56=TW|10=*");

        h.Peer.IsDisconnected.Should().BeTrue();
        h.App.Logouts.Should().Be(1);
        h.Session.IsLoggedOn.Should().BeFalse();
    }

    [Test]
    public void Logon_can_be_refused_by_the_application()
    {
        var app = new RecordingApplication { AdminAnswer = _ => FixAppResult.RejectLogon("Bad password") };
        using var h = SessionHarness.Acceptor(app: app);

        var frames = h.LogOn();

        FrameAssert.Single(frames, "8=FIX.4.4|9=*|35=5|34=1|49=ISLD|52=*|56=TW|58=Bad password|10=*");
        h.Peer.IsDisconnected.Should().BeTrue();
    }
}
