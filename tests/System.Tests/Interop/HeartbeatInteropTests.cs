using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// An idle session with a one-second HeartBtInt: our timers and the executor's keep it alive with Heartbeats both
/// ways, and every TestRequest the venue sends is answered.
/// </summary>
[Category("Interop")]
[Category("System")]
public class HeartbeatInteropTests : InteropTest
{
    private const int Heartbeats = 3;

    [Test]
    [CancelAfter(30_000)]
    public void An_idle_session_keeps_itself_alive_with_heartbeats_both_ways(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(new InitiatorConfig { Port = peer.Port, HeartBtInt = 1 }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
        initiator.Application.Where(m => m.MsgType == "A").Single().Field(108).Should().Be("1");

        initiator.RunUntil(
            () => !session.HasConnection
                || (initiator.Application.Where(m => m.MsgType == "0").Count >= Heartbeats
                    && session.Counters[FixSessionCounter.HeartbeatsSent] >= Heartbeats),
            Reply,
            cancellation,
            $"{Heartbeats} Heartbeats each way",
            peer.Describe);

        session.IsLoggedOn.Should().BeTrue("neither side timed the other out: {0}", initiator.Describe());
        // QuickFIX C++ checks its timers once a second, so its Heartbeat may come late enough for our TestRequest
        // (1.2 intervals of silence): legal both ways, and answered, or the session would have dropped.
        TestContext.Out.WriteLine($"counters: {SteppedInitiator.Counters(session)}");
        foreach (ReceivedMessage testRequest in initiator.Application.Where(m => m.MsgType == "1"))
        {
            initiator.Await(
                session, m => m.MsgType == "0" && m.Field(112) == testRequest.Field(112), Reply, cancellation, "our answer", peer.Describe);
        }

        initiator.LogOut(session, Reply, cancellation, peer.Describe);
        PeerLog.WaitForIncoming(peer, all => all.Any(m => m.MsgType == "5"), Reply, cancellation, "our Logout")
            .Count(m => m.MsgType == "0").Should().BeGreaterThanOrEqualTo(Heartbeats, peer.Describe());
    }
}
