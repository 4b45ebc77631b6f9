using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// QuickFIX C++'s ordermatch (FIX 4.2) with two of our sessions on one engine, a buyer and a seller: their limit
/// orders cross in its book, and each side gets its New acknowledgement and then its fill.
/// </summary>
[Category("Interop")]
[Category("System")]
public class OrderMatchTests : InteropTest
{
    [Test]
    [CancelAfter(30_000)]
    public void Two_sessions_cross_a_buy_and_a_sell_and_both_are_acknowledged_and_filled(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(
            new QuickFixPeerOptions
            {
                App = QuickFixApp.OrderMatch,
                BeginString = "FIX.4.2",
                SenderCompId = "MATCH",
                TargetCompIds = ["BUYER", "SELLER"],
            },
            Workspace.Sub("peer"),
            cancellation);
        using var initiator = SteppedInitiator.Create(
            new InitiatorConfig { Port = peer.Port, BeginString = "FIX.4.2", SenderCompIds = ["BUYER", "SELLER"], TargetCompId = "MATCH" },
            Workspace.Sub("initiator"));
        FixSession buyer = initiator.SessionOf("BUYER");
        FixSession seller = initiator.SessionOf("SELLER");
        initiator.RunUntil(() => buyer.IsLoggedOn && seller.IsLoggedOn, Reply, cancellation, "both sessions to log on", peer.Describe);

        // The buy rests in the book (New); the sell crosses it: New for the sell, then a fill each.
        initiator.Send(buyer, "D", Orders.LimitOrder("BUY-1", Orders.Buy, quantity: 200, price: "20.5", symbol: "IBM"));
        ReceivedMessage buyNew = initiator.Await(buyer, m => m.MsgType == "8", Reply, cancellation, "the buy's New", peer.Describe);
        initiator.Send(seller, "D", Orders.LimitOrder("SELL-1", Orders.Sell, quantity: 200, price: "20.5", symbol: "IBM"));
        initiator.RunUntil(
            () => Reports(initiator, "SELLER").Count == 2 && Reports(initiator, "BUYER").Count == 2,
            Reply,
            cancellation,
            "New and fill for both sides",
            peer.Describe);

        foreach ((string side, string clOrdId) in new[] { ("BUYER", "BUY-1"), ("SELLER", "SELL-1") })
        {
            IReadOnlyList<ReceivedMessage> reports = Reports(initiator, side);
            string all = string.Join(Environment.NewLine, reports);
            reports.Select(r => (r.Field(150), r.Field(39))).Should().Equal([("0", "0"), ("2", "2")], "New, then Fill: {0}", all);
            reports.Should().OnlyContain(r => r.Field(11) == clOrdId && r.Field(55) == "IBM" && r.Field(20) == "0", all);
            reports[1].Field(32).Should().Be("200", all);
            reports[1].Field(31).Should().StartWith("20.5", all);
            reports[1].Field(151).Should().Be("0", all);
        }

        buyNew.Field(54).Should().Be("1");
        Reports(initiator, "SELLER")[0].Field(54).Should().Be("2");

        initiator.LogOut(buyer, Reply, cancellation, peer.Describe);
        initiator.LogOut(seller, Reply, cancellation, peer.Describe);
        initiator.Application.Received.Select(m => m.MsgType).Should().NotContain(["3", "j"], initiator.Describe());
        PeerLog.WaitForIncoming(peer, all => all.Count(m => m.MsgType == "5") == 2, Reply, cancellation, "both Logouts")
            .Should().NotContain(m => m.MsgType == "3", "our sessions rejected nothing the venue sent");
    }

    private static IReadOnlyList<ReceivedMessage> Reports(SteppedInitiator initiator, string session) =>
        initiator.Application.Where(m => m.Session == session && m.MsgType == "8");
}
