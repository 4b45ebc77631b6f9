using System.Globalization;
using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// Orders sent back to back without waiting: many frames share a TCP read on both sides; every order is filled once,
/// in order, and both stores agree at the end.
/// </summary>
[Category("Interop")]
[Category("System")]
public class ExecutorBurstTests : InteropTest
{
    private const int Count = 500;
    private static new readonly TimeSpan Reply = TimeSpan.FromSeconds(20);

    [Test]
    [CancelAfter(60_000)]
    public void A_burst_of_orders_is_filled_in_order(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions { BeginString = "FIX.4.4" }, Workspace.Sub("peer"), cancellation);
        using var initiator = SteppedInitiator.Create(
            new InitiatorConfig { Port = peer.Port, FileStorePath = "store" }, Workspace.Sub("initiator"));
        FixSession session = initiator.Session;
        initiator.AwaitLogon(session, Reply, cancellation, peer.Describe);

        string[] clOrdIds = Enumerable.Range(1, Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"B{i}")).ToArray();
        foreach (string clOrdId in clOrdIds)
        {
            initiator.Send(session, "D", Orders.LimitOrder(clOrdId));
        }

        initiator.RunUntil(
            () => session.NextTargetMsgSeqNum == Count + 2, Reply, cancellation, $"{Count} fills", peer.Describe);
        IReadOnlyList<ReceivedMessage> fills = initiator.Application.Where(m => m.MsgType == "8");
        fills.Select(f => f.Field(11)).Should().Equal(clOrdIds);
        fills.Select(f => f.SeqNum).Should().Equal(Enumerable.Range(2, Count));
        session.Counters[FixSessionCounter.SequenceGaps].Should().Be(0);
        session.Counters[FixSessionCounter.GarbledFramesDropped].Should().Be(0);

        initiator.LogOut(session, Reply, cancellation, peer.Describe);
        peer.WaitForLog("Disconnecting", Reply, cancellation);
        peer.Stop();
        peer.ReadSequenceNumbers().Should().Be((Count + 3, Count + 3), "Logon, the orders or fills, Logout each way");
    }
}
