using System.Globalization;
using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// The venue comes back from a restart with its outgoing sequence number jumped ahead: our initiator sees the gap
/// on the venue's Logon, asks for the missing messages, takes the venue's SequenceReset-GapFill and trades on.
/// </summary>
[Category("Interop")]
[Category("System")]
public class VenueSequenceJumpTests : InteropTest
{
    private const int Jump = 10;

    [Test]
    [CancelAfter(30_000)]
    public void A_venue_that_restarts_ahead_is_asked_to_resend_and_its_gap_fill_is_taken(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(new InitiatorConfig { Port = peer.Port }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);
        initiator.Send(session, "D", Orders.LimitOrder("BEFORE"));
        initiator.Await(session, m => m.MsgType == "8" && m.Field(11) == "BEFORE", Reply, cancellation, "the first fill", peer.Describe);

        // The venue goes away without a Logout; while it is down its store jumps ahead.
        peer.Stop();
        initiator.RunUntil(() => !session.HasConnection, Reply, cancellation, "our session to see the venue gone", peer.Describe);
        (int venueNextOut, int venueNextIn) = peer.ReadSequenceNumbers();
        venueNextOut.Should().Be(session.NextTargetMsgSeqNum, "both sides agree before the jump: {0}", peer.Describe());
        venueNextIn.Should().Be(session.NextSenderMsgSeqNum);
        int expected = session.NextTargetMsgSeqNum;
        int jumped = venueNextOut + Jump;
        peer.SetSequenceNumbers(jumped, venueNextIn);
        peer.Restart(cancellation);

        // The venue's Logon comes at `jumped` while we expect `expected`: ResendRequest expected..0, then the gap fill.
        initiator.RunUntil(
            () => session.IsLoggedOn && session.NextTargetMsgSeqNum == jumped + 1,
            Reply,
            cancellation,
            $"the gap {expected}..{jumped} to be filled (next expected {jumped + 1})",
            peer.Describe);
        IReadOnlyList<ReceivedMessage> logons = initiator.Application.Where(m => m.MsgType == "A");
        ReceivedMessage venueLogon = logons[^1];
        venueLogon.SeqNum.Should().Be(jumped);
        ReceivedMessage gapFill = initiator.Application.Where(m => m.MsgType == "4").Single();
        gapFill.SeqNum.Should().Be(expected, gapFill.Text);
        gapFill.Field(123).Should().Be("Y", gapFill.Text);
        gapFill.Field(36).Should().Be((jumped + 1).ToString(CultureInfo.InvariantCulture), gapFill.Text);
        gapFill.IsPossDup.Should().BeTrue();
        session.Counters[FixSessionCounter.SequenceGaps].Should().Be(1);
        session.Counters[FixSessionCounter.ResendRequestsSent].Should().Be(1);
        session.Counters[FixSessionCounter.SequenceResetsReceived].Should().Be(1);

        PeerLogMessage resendRequest = PeerLog.WaitForIncoming(peer, all => all.Any(m => m.MsgType == "2"), Reply, cancellation, "our ResendRequest")
            .Single(m => m.MsgType == "2");
        resendRequest.Field(7).Should().Be(expected.ToString(CultureInfo.InvariantCulture), resendRequest.Text);
        resendRequest.Field(16).Should().Be("0", "FIX 4.4 asks to infinity: {0}", resendRequest.Text);

        initiator.Send(session, "D", Orders.LimitOrder("AFTER"));
        ReceivedMessage fill = initiator.Await(
            session, m => m.MsgType == "8" && m.Field(11) == "AFTER", Reply, cancellation, "the fill after the gap", peer.Describe);
        fill.SeqNum.Should().Be(jumped + 1);
        session.NextTargetMsgSeqNum.Should().Be(jumped + 2);

        initiator.LogOut(session, Reply, cancellation, peer.Describe);
        peer.WaitForLog("Disconnecting", Reply, cancellation);
        peer.Stop();
        peer.ReadSequenceNumbers().Should().Be(
            (session.NextTargetMsgSeqNum, session.NextSenderMsgSeqNum), "the venue's store and ours agree at the end");
    }
}
