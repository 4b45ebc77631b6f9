using System.Globalization;
using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// What the executor refuses: a market order gets a session Reject (35=3, 373=5 on OrdType), a cancel a
/// BusinessMessageReject (35=j). Our session hands both to the application, keeps its sequence numbers in step and
/// trades on.
/// </summary>
[Category("Interop")]
[Category("System")]
public class ExecutorRejectTests : InteropTest
{
    [Test]
    [CancelAfter(30_000)]
    public void Venue_rejects_reach_the_application_and_the_session_trades_on(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(new InitiatorConfig { Port = peer.Port }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);

        int marketOrderSeqNum = session.NextSenderMsgSeqNum;
        initiator.Send(session, "D", Orders.LimitOrder("MKT-1").Replace("40=2|", "40=1|", StringComparison.Ordinal));
        ReceivedMessage reject = initiator.Await(session, m => m.MsgType == "3", Reply, cancellation, "the session Reject", peer.Describe);
        reject.Field(45).Should().Be(marketOrderSeqNum.ToString(CultureInfo.InvariantCulture), reject.Text);
        reject.Field(371).Should().Be("40", reject.Text);
        reject.Field(372).Should().Be("D", reject.Text);
        reject.Field(373).Should().Be("5", reject.Text);

        initiator.Send(session, "F", "41=MKT-1|11=CXL-1|55=MSFT|54=1|60=20260101-00:00:00.000|");
        ReceivedMessage businessReject = initiator.Await(
            session, m => m.MsgType == "j", Reply, cancellation, "the BusinessMessageReject", peer.Describe);
        businessReject.Field(372).Should().Be("F", businessReject.Text);
        businessReject.Field(380).Should().Be("3", "unsupported message type: {0}", businessReject.Text);

        initiator.Send(session, "D", Orders.LimitOrder("LMT-1"));
        ReceivedMessage fill = initiator.Await(
            session, m => m.MsgType == "8" && m.Field(11) == "LMT-1", Reply, cancellation, "the fill", peer.Describe);
        fill.SeqNum.Should().Be(4, "Logon, Reject, BusinessMessageReject, fill");
        session.NextTargetMsgSeqNum.Should().Be(5);
        session.Counters[FixSessionCounter.AppMessagesReceived].Should().Be(2, "the BusinessMessageReject and the fill");
        initiator.LogOut(session, Reply, cancellation, peer.Describe);
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_session_Reject_from_the_venue_is_counted(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.2" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(
            new InitiatorConfig { Port = peer.Port, BeginString = "FIX.4.2" }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);

        initiator.Send(session, "D", Orders.LimitOrder("MKT-1").Replace("40=2|", "40=1|", StringComparison.Ordinal));
        initiator.Await(session, m => m.MsgType == "3", Reply, cancellation, "the session Reject", peer.Describe);

        session.Counters[FixSessionCounter.RejectsReceived].Should().Be(
            1, "FixSessionCounter.RejectsReceived is what the admin console shows for Rejects the venue sent: {0}", initiator.Describe());
    }
}
