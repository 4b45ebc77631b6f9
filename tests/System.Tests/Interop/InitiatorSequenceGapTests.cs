using System.Globalization;
using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// The executor finds a gap in what we sent and asks for it: our session answers from its store, a
/// SequenceReset-GapFill for admin messages and numbers never sent, the stored application messages again with
/// PossDupFlag=Y and OrigSendingTime, and the session carries on.
/// </summary>
[Category("Interop")]
[Category("System")]
public class InitiatorSequenceGapTests : InteropTest
{
    [Test]
    [CancelAfter(30_000)]
    public void Skipped_outgoing_numbers_are_gap_filled_and_the_order_after_them_trades_once(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(new InitiatorConfig { Port = peer.Port }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
        initiator.Send(session, "D", Orders.LimitOrder("ORD-1"));
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "ORD-1", Reply, cancellation, "the first fill", peer.Describe);

        // Five numbers skipped: the next order goes out at skipped + 5 (we are on the engine's thread here).
        int skipped = session.NextSenderMsgSeqNum;
        session.Store.SetNextSenderMsgSeqNum(skipped + 5);
        initiator.Send(session, "D", Orders.LimitOrder("ORD-2"));

        ReceivedMessage resendRequest = initiator.Await(
            session, m => m.MsgType == "2", Reply, cancellation, "the executor's ResendRequest", peer.Describe);
        resendRequest.Field(7).Should().Be(Text(skipped), resendRequest.Text);
        resendRequest.Field(16).Should().Be("0", resendRequest.Text);
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "ORD-2", Reply, cancellation, "the fill of ORD-2", peer.Describe);

        // Whatever the venue does with our PossDup copy of ORD-2, it has done it before it answers ORD-3.
        initiator.Send(session, "D", Orders.LimitOrder("ORD-3"));
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "ORD-3", Reply, cancellation, "the fill of ORD-3", peer.Describe);
        initiator.Application.Where(m => m.MsgType == "8" && m.Field(11) == "ORD-2").Should()
            .ContainSingle("the venue traded the original and ignored the PossDup copy below its expected number: {0}", initiator.Describe());

        // What the venue received after the order that made the gap: our gap fill over the skipped numbers, then
        // ORD-2 again (it is in our store and the request ran to infinity).
        IReadOnlyList<PeerLogMessage> incoming = PeerLog.WaitForIncoming(
            peer, all => all.Any(m => m.Field(11) == "ORD-3"), Reply, cancellation, "ORD-3");
        int original = LastIndex(incoming, m => m.MsgType == "D" && m.Field(11) == "ORD-2" && !m.IsPossDup());
        original.Should().BeGreaterThan(-1, peer.Describe());
        PeerLogMessage gapFill = incoming[original + 1];
        gapFill.MsgType.Should().Be("4", peer.Describe());
        gapFill.SeqNum.Should().Be(skipped);
        gapFill.Field(123).Should().Be("Y");
        gapFill.Field(36).Should().Be(Text(skipped + 5));
        gapFill.IsPossDup().Should().BeTrue();
        gapFill.Field(122).Should().NotBeNull("a PossDup message carries OrigSendingTime");
        PeerLogMessage resent = incoming[original + 2];
        resent.MsgType.Should().Be("D", peer.Describe());
        resent.SeqNum.Should().Be(skipped + 5);
        resent.IsPossDup().Should().BeTrue();
        resent.Field(11).Should().Be("ORD-2");
        resent.Field(122).Should().Be(incoming[original].Field(52), "OrigSendingTime is the first SendingTime");
        session.Counters[FixSessionCounter.GapFillsSent].Should().Be(1);
        session.Counters[FixSessionCounter.MessagesResent].Should().Be(1);

        LogOutAndCompareStores(initiator, session, peer, cancellation);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Messages_the_venue_lost_are_resent_from_our_file_store_and_admin_ones_gap_filled(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.2" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(
            new InitiatorConfig { Port = peer.Port, BeginString = "FIX.4.2", FileStorePath = "store" }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;

        // 1 Logon, 2 order A, 3 TestRequest, 4 order B, 5 Logout.
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
        initiator.Send(session, "D", Orders.LimitOrder("ORD-A"));
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "ORD-A", Reply, cancellation, "the fill of A", peer.Describe);
        initiator.Send(session, "1", Orders.TestRequest("T1"));
        initiator.Await(session, m => m.MsgType == "0" && m.Field(112) == "T1", Reply, cancellation, "the Heartbeat", peer.Describe);
        initiator.Send(session, "D", Orders.LimitOrder("ORD-B"));
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "ORD-B", Reply, cancellation, "the fill of B", peer.Describe);
        initiator.LogOut(session, Reply, cancellation, peer.Describe);
        peer.WaitForLog("Disconnecting", Reply, cancellation);
        session.NextSenderMsgSeqNum.Should().Be(6);

        // The venue loses everything we sent after our first Logon.
        peer.Stop();
        (int venueNextOut, int venueNextIn) = peer.ReadSequenceNumbers();
        venueNextIn.Should().Be(6, peer.Describe());
        peer.SetSequenceNumbers(venueNextOut, nextIn: 2);
        int peerMessagesBefore = PeerLog.Incoming(peer.Log).Count;
        peer.Restart(cancellation);
        session.Logon();

        // Our Logon goes out at 6; the venue expects 2 and asks for 2 onwards.
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
        ReceivedMessage resendRequest = initiator.Await(
            session, m => m.MsgType == "2", Reply, cancellation, "the executor's ResendRequest", peer.Describe);
        resendRequest.Field(7).Should().Be("2", resendRequest.Text);
        resendRequest.Field(16).Should().Be("0", resendRequest.Text);

        // The venue takes the resent orders as the next in sequence and fills them again.
        initiator.RunUntil(
            () => initiator.Application.Where(m => m.MsgType == "8").Count == 4,
            Reply,
            cancellation,
            "second fills of A and B",
            peer.Describe);
        IReadOnlyList<PeerLogMessage> resend = PeerLog.WaitForIncoming(
                peer, all => all.Count >= peerMessagesBefore + 5, Reply, cancellation, "our Logon and the resend")
            .Skip(peerMessagesBefore).Take(5).ToArray();
        string wire = string.Join(Environment.NewLine, resend);
        resend.Select(m => (m.MsgType, m.SeqNum, m.IsPossDup())).Should().Equal(
            [("A", 6, false), ("D", 2, true), ("4", 3, true), ("D", 4, true), ("4", 5, true)], wire);
        resend[1].Field(11).Should().Be("ORD-A", wire);
        resend[3].Field(11).Should().Be("ORD-B", wire);
        resend[2].Field(36).Should().Be("4", "the TestRequest at 3 is gap filled: {0}", wire);
        resend[4].Field(36).Should().Be("7", "the Logout at 5 and the Logon at 6 are gap filled: {0}", wire);
        resend[2].Field(123).Should().Be("Y");
        resend[4].Field(123).Should().Be("Y");
        resend[1].Field(122).Should().NotBeNull(wire);
        resend[3].Field(122).Should().NotBeNull(wire);

        initiator.Send(session, "D", Orders.LimitOrder("ORD-C"));
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "ORD-C", Reply, cancellation, "the fill of C", peer.Describe);
        LogOutAndCompareStores(initiator, session, peer, cancellation);
    }

    /// <summary>Logs out, stops the venue and checks that its store and our session agree on both numbers.</summary>
    private static void LogOutAndCompareStores(SteppedInitiator initiator, FixSession session, QuickFixPeer peer, CancellationToken cancellation)
    {
        initiator.LogOut(session, Reply, cancellation, peer.Describe);
        peer.WaitForLog("Disconnecting", Reply, cancellation);
        peer.Stop();
        peer.ReadSequenceNumbers().Should().Be(
            (session.NextTargetMsgSeqNum, session.NextSenderMsgSeqNum), "the venue's store and ours agree at the end");
    }

    private static int LastIndex(IReadOnlyList<PeerLogMessage> messages, Func<PeerLogMessage, bool> match)
    {
        for (int i = messages.Count - 1; i >= 0; i--)
        {
            if (match(messages[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
