using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Interop;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// Two strategies trading through our whole gateway with QuickFIX C++'s ordermatch (FIX 4.2) as the venue. The
/// gateway has two venues, two FIX sessions to the one ordermatch (GWA and GWB): strategy 1 sends through the
/// first, strategy 2 through the second, so their orders meet in ordermatch's book as two of its clients' orders.
/// ordermatch answers every order with New, fills both sides when orders cross (at the ask's price), and answers a
/// cancel with a Canceled report carrying the original ClOrdID (it never answers a cancel of an order it lacks).
/// </summary>
[Category("Interop")]
[Category("System")]
public class GatewayOrderMatchTests : GatewayInteropTest
{
    private const int VenueA = OrderMatchSetup.VenueA;
    private const int VenueB = OrderMatchSetup.VenueB;

    [Test]
    [CancelAfter(90_000)]
    public void A_resting_order_is_acknowledged_by_the_venue_then_canceled_on_request(CancellationToken cancellation)
    {
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        using var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        using var buyer = LogIn(gateway, peer, 0, cancellation, VenueA, VenueB);
        using var seller = LogIn(gateway, peer, 1, cancellation, VenueA, VenueB);

        buyer.SendLimit(1, InteropPlan.Ibm, VenueA, Side.Buy, 100, 20.5m);
        buyer.WaitFor(1, StrategyEventKind.VenueAccepted, Reply, cancellation);
        buyer.SendCancel(1);

        var canceled = buyer.WaitFor(1, StrategyEventKind.Canceled, Reply, cancellation);
        canceled.CancelReason.Should().Be(CancelReason.Requested, buyer.Describe());
        canceled.Quantity.Should().Be(100, "nothing of it had filled: {0}", buyer.Describe());
        buyer.EventsOf(1).Select(e => e.Kind).Should().Equal(
            [StrategyEventKind.OrderAccepted, StrategyEventKind.VenueAccepted, StrategyEventKind.Canceled], buyer.Describe());

        // The cancel reached ordermatch for the order it had: OrigClOrdID = the order's ClOrdID.
        var incoming = PeerLog.WaitForIncoming(peer, m => m.Any(x => x.MsgType == "F"), Reply, cancellation, "the cancel");
        var order = incoming.Single(m => m.MsgType == "D");
        var cancel = incoming.Single(m => m.MsgType == "F");
        cancel.Field(41).Should().Be(order.Field(11));
        cancel.Field(11).Should().NotBe(order.Field(11), "a cancel carries a ClOrdID of its own");

        // The buy left ordermatch's book: a sell at its price from the other session rests instead of filling.
        // Had it crossed, its fill would reach the seller before the answer to its cancel (one session, in order).
        seller.SendLimit(2, InteropPlan.Ibm, VenueB, Side.Sell, 100, 20.5m);
        seller.WaitFor(2, StrategyEventKind.VenueAccepted, Reply, cancellation);
        seller.SendCancel(2);
        seller.WaitFor(2, StrategyEventKind.Canceled, Reply, cancellation);
        seller.EventsOf(2).Select(e => e.Kind).Should().Equal(
            [StrategyEventKind.OrderAccepted, StrategyEventKind.VenueAccepted, StrategyEventKind.Canceled], seller.Describe());
        buyer.EventsOf(1).Should().HaveCount(3, "the buy saw nothing more");
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
        gateway.Counters.Unrecognised.Value.Should().Be(0, gateway.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void Two_strategies_whose_orders_cross_at_the_venue_both_get_their_fill(CancellationToken cancellation)
    {
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        using var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        using var buyer = LogIn(gateway, peer, 0, cancellation, VenueA, VenueB);
        using var seller = LogIn(gateway, peer, 1, cancellation, VenueA, VenueB);

        buyer.SendLimit(7, InteropPlan.Ibm, VenueA, Side.Buy, 200, 20.5m);
        buyer.WaitFor(7, StrategyEventKind.VenueAccepted, Reply, cancellation);
        seller.SendLimit(7, InteropPlan.Ibm, VenueB, Side.Sell, 200, 20.5m);

        var sold = seller.WaitFor(7, StrategyEventKind.Fill, Reply, cancellation);
        var bought = buyer.WaitFor(7, StrategyEventKind.Fill, Reply, cancellation);
        foreach ((var fill, var strategy) in new[] { (bought, buyer), (sold, seller) })
        {
            fill.Should().BeEquivalentTo(
                new { Quantity = 200L, Price = InteropPlan.Price(20.5m), CumQuantity = 200L, LeavesQuantity = 0L, FillKind = FillKind.Full },
                options => options.ExcludingMissingMembers(),
                strategy.Describe());
            strategy.EventsOf(7).Select(e => e.Kind).Should().Equal(
                [StrategyEventKind.OrderAccepted, StrategyEventKind.VenueAccepted, StrategyEventKind.Fill], strategy.Describe());
        }

        // Each order reached ordermatch on its strategy's session: GWA for the buy, GWB for the sell.
        var orders = PeerLog.WaitForIncoming(peer, m => m.Count(x => x.MsgType == "D") == 2, Reply, cancellation, "both orders")
            .Where(m => m.MsgType == "D")
            .ToArray();
        orders.Select(m => (m.Field(49), m.Field(54))).Should().Equal([("GWA", "1"), ("GWB", "2")]);
        gateway.Counters.Fills.Value.Should().Be(2, gateway.Describe());
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void A_partial_cross_fills_both_sides_and_the_rest_of_the_larger_order_is_canceled(CancellationToken cancellation)
    {
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        using var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        using var buyer = LogIn(gateway, peer, 0, cancellation, VenueA, VenueB);
        using var seller = LogIn(gateway, peer, 1, cancellation, VenueA, VenueB);

        buyer.SendLimit(1, InteropPlan.Ibm, VenueA, Side.Buy, 200, 20.5m);
        buyer.WaitFor(1, StrategyEventKind.VenueAccepted, Reply, cancellation);
        // The sell crosses the buy's price; ordermatch trades 200 at the ask's price and leaves 100 of the sell.
        seller.SendLimit(1, InteropPlan.Ibm, VenueB, Side.Sell, 300, 20.4m);

        var sold = seller.WaitFor(1, StrategyEventKind.Fill, Reply, cancellation);
        sold.Should().BeEquivalentTo(
            new { Quantity = 200L, Price = InteropPlan.Price(20.4m), CumQuantity = 200L, LeavesQuantity = 100L, FillKind = FillKind.Partial },
            options => options.ExcludingMissingMembers(),
            seller.Describe());
        var bought = buyer.WaitFor(1, StrategyEventKind.Fill, Reply, cancellation);
        bought.Should().BeEquivalentTo(
            new { Quantity = 200L, Price = InteropPlan.Price(20.4m), CumQuantity = 200L, LeavesQuantity = 0L, FillKind = FillKind.Full },
            options => options.ExcludingMissingMembers(),
            buyer.Describe());

        seller.SendCancel(1);
        var canceled = seller.WaitFor(1, StrategyEventKind.Canceled, Reply, cancellation);
        canceled.Quantity.Should().Be(100, "what was left of the sell: {0}", seller.Describe());
        canceled.CancelReason.Should().Be(CancelReason.Requested);
        seller.EventsOf(1).Select(e => e.Kind).Should().Equal(
            [StrategyEventKind.OrderAccepted, StrategyEventKind.VenueAccepted, StrategyEventKind.Fill, StrategyEventKind.Canceled],
            seller.Describe());
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
    }
}
