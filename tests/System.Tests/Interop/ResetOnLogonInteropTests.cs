using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// ResetOnLogon=Y: every Logon of ours starts a new sequence epoch with ResetSeqNumFlag (141=Y) at MsgSeqNum 1,
/// and the executor resets its side too.
/// </summary>
[Category("Interop")]
[Category("System")]
public class ResetOnLogonInteropTests : InteropTest
{
    [Test]
    [CancelAfter(30_000)]
    public void Each_logon_resets_both_sides_to_one(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(
            new InitiatorConfig { Port = peer.Port, FileStorePath = "store", ExtraSettings = [new("ResetOnLogon", "Y")] },
            Workspace.Sub("initiator"));
        FixSession session = initiator.Session;

        string[] orders = ["FIRST", "SECOND"];
        for (int run = 0; run < orders.Length; run++)
        {
            string clOrdId = orders[run];
            if (!session.IsEnabled)
            {
                session.Logon();
            }

            initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
            ReceivedMessage venueLogon = initiator.Application.Where(m => m.MsgType == "A")[^1];
            venueLogon.SeqNum.Should().Be(1, venueLogon.Text);
            venueLogon.Field(141).Should().Be("Y", "the venue confirms the reset: {0}", venueLogon.Text);
            PeerLogMessage ourLogon = PeerLog.WaitForIncoming(
                    peer, all => all.Count(m => m.MsgType == "A") > run, Reply, cancellation, "our Logon")
                .Where(m => m.MsgType == "A").ElementAt(run);
            ourLogon.SeqNum.Should().Be(1, ourLogon.Text);
            ourLogon.Field(141).Should().Be("Y", ourLogon.Text);

            initiator.Send(session, "D", Orders.LimitOrder(clOrdId));
            ReceivedMessage fill = initiator.Await(
                session, m => m.MsgType == "8" && m.Field(11) == clOrdId, Reply, cancellation, $"the fill of {clOrdId}", peer.Describe);
            fill.SeqNum.Should().Be(2);
            initiator.LogOut(session, Reply, cancellation, peer.Describe);
            session.NextSenderMsgSeqNum.Should().Be(4);
        }

        PeerLog.WaitForIncoming(peer, all => all.Count(m => m.MsgType == "5") == 2, Reply, cancellation, "both Logouts")
            .Count(m => m.MsgType == "A").Should().Be(2, peer.Describe());
    }
}
