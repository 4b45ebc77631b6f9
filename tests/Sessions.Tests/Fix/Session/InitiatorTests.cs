using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class InitiatorTests
{
    [Test]
    public void Sends_a_logon_with_its_heartbeat_interval_and_logs_on_when_answered()
    {
        using var h = SessionHarness.Initiator();

        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=*|35=A|34=1|49=TW|52=*|56=ISLD|98=0|108=30|10=*");
        h.Session.IsLoggedOn.Should().BeFalse();

        h.Exchange("8=FIX.4.4|35=A|34=1|49=ISLD|52=<TIME>|56=TW|98=0|108=30|");

        h.Session.IsLoggedOn.Should().BeTrue();
        h.App.Logons.Should().Be(1);
    }

    [Test]
    public void ResetOnLogon_sends_ResetSeqNumFlag_and_credentials()
    {
        using var h = SessionHarness.Initiator(SessionHarness.Settings(initiator: true) with
        {
            ResetOnLogon = true,
            Username = "user",
            Password = "secret",
        });

        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=*|35=A|34=1|49=TW|52=*|56=ISLD|98=0|108=30|141=Y|553=user|554=secret|10=*");
    }

    [Test]
    public void Logout_asks_the_peer_and_disconnects_on_its_answer()
    {
        using var h = SessionHarness.Initiator();
        h.Pump();
        h.Exchange("8=FIX.4.4|35=A|34=1|49=ISLD|52=<TIME>|56=TW|98=0|108=30|");

        h.Session.Logout("bye");
        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=*|35=5|34=2|49=TW|52=*|56=ISLD|58=bye|10=*");
        h.Exchange("8=FIX.4.4|35=5|34=2|49=ISLD|52=<TIME>|56=TW|");

        h.Peer.IsDisconnected.Should().BeTrue();
        h.Session.WantsConnection(h.Clock.NowNanos()).Should().BeFalse();
    }

    [Test]
    public void Application_sends_are_refused_until_logged_on()
    {
        using var h = SessionHarness.Initiator();
        var body = new FieldsBody("11=ID");

        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.NotLoggedOn);
        h.Session.NextSenderMsgSeqNum.Should().Be(1);
    }

    [Test]
    public void Back_pressure_holds_sequenced_bytes_and_refuses_new_application_sends()
    {
        using var h = SessionHarness.Initiator();
        h.Pump();
        h.Exchange("8=FIX.4.4|35=A|34=1|49=ISLD|52=<TIME>|56=TW|98=0|108=30|");
        var mine = (InMemoryConnection)typeof(FixSession)
            .GetField("_connection", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(h.Session)!;
        var body = new FieldsBody("11=ID");

        mine.RefuseSends = true;
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.Sent);
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.BackPressured);
        h.Session.NextSenderMsgSeqNum.Should().Be(3);
        mine.RefuseSends = false;
        var frames = h.Pump();

        FrameAssert.Single(frames, "8=FIX.4.4|9=*|35=D|34=2|49=TW|52=*|56=ISLD|11=ID|10=*");
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.Sent);
    }
}

public sealed class LogonCustomisationTests
{
    [Test]
    public void The_application_can_add_fields_to_the_logon()
    {
        var app = new RawDataApplication();
        var settings = SessionHarness.Settings(initiator: true);
        var clock = new Gateway.Sessions.Time.ManualEpochClock(SessionHarness.Start);
        using var session = new FixSession(settings, app, new Gateway.Sessions.Fix.Store.MemoryFixMessageStore(), null, null, clock);
        var (mine, theirs) = InMemoryConnection.CreatePair();
        session.Attach(mine);
        var peer = new FixPeer(theirs, clock.NowNanos);

        session.DoWork(clock.NowNanos());

        FrameAssert.Single(peer.ReceiveAll(), "8=FIX.4.4|9=*|35=A|34=1|49=TW|52=*|56=ISLD|98=0|108=30|95=3|96=KEY|10=*");
    }

    [Test]
    public void A_FIXT_logon_carries_DefaultApplVerID()
    {
        var settings = SessionHarness.Settings("FIXT.1.1", initiator: true) with { DefaultApplVerId = ApplVerIds.ToWire("FIX.5.0SP2") };
        using var h = SessionHarness.Initiator(settings);

        FrameAssert.Single(h.Pump(), "8=FIXT.1.1|9=*|35=A|34=1|49=TW|52=*|56=ISLD|98=0|108=30|1137=9|10=*");
    }

    private sealed class RawDataApplication : IFixApplication
    {
        public void OnCreate(FixSession session)
        {
        }

        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public FixAppResult FromAdmin(FixSession session, in Gateway.Sessions.Fix.Codec.FixMessage message) => FixAppResult.Accepted;

        public FixAppResult FromApp(FixSession session, in Gateway.Sessions.Fix.Codec.FixMessage message) => FixAppResult.Accepted;

        public void OnSendingLogon(FixSession session, ref Gateway.Sessions.Fix.Codec.FixWriter body)
        {
            body.Add(95, 3);
            body.Add(96, "KEY"u8);
        }
    }
}
