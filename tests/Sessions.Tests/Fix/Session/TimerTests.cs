using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class TimerTests
{
    [Test]
    public void Heartbeat_after_an_interval_without_sending()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn(heartBtInt: 6);

        h.Advance(TimeSpan.FromSeconds(5.9));
        h.Pump().Should().BeEmpty();
        h.Advance(TimeSpan.FromSeconds(0.1));

        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=49|35=0|34=2|49=ISLD|52=*|56=TW|10=*");
    }

    [Test]
    public void TestRequest_after_1_2_intervals_of_silence_then_disconnect_after_2_4()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn(heartBtInt: 10);

        h.Advance(TimeSpan.FromSeconds(10));
        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=*|35=0|34=2|49=ISLD|52=*|56=TW|10=*");
        h.Advance(TimeSpan.FromSeconds(2));
        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=58|35=1|34=3|49=ISLD|52=*|56=TW|112=TEST|10=*");

        // No heartbeats while a test request is outstanding.
        h.Advance(TimeSpan.FromSeconds(11.9));
        h.Pump().Should().BeEmpty();
        h.Peer.IsDisconnected.Should().BeFalse();
        h.Advance(TimeSpan.FromSeconds(0.1));
        h.Pump().Should().BeEmpty();
        h.Peer.IsDisconnected.Should().BeTrue();
    }

    [Test]
    public void An_answered_test_request_resets_the_timers()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn(heartBtInt: 10);
        h.Advance(TimeSpan.FromSeconds(12));
        h.Pump().Should().Contain(f => f.Contains("|35=1|", StringComparison.Ordinal));

        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|112=TEST|");
        h.Advance(TimeSpan.FromSeconds(20));
        h.Pump();

        h.Peer.IsDisconnected.Should().BeFalse();
    }

    [Test]
    public void TestRequest_is_answered_with_its_id()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=HELLO|"),
            "8=FIX.4.4|9=59|35=0|34=2|49=ISLD|52=*|56=TW|112=HELLO|10=*");
    }

    [Test]
    public void Initiator_disconnects_when_the_logon_is_not_answered_in_time()
    {
        using var h = SessionHarness.Initiator();
        h.Pump().Should().ContainSingle();

        h.Advance(TimeSpan.FromSeconds(10));
        h.Pump();

        h.Peer.IsDisconnected.Should().BeTrue();
    }
}
