using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.GatewayFlows;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayOuch;

/// <summary>
/// A strategy on the SDK → the gateway in process → its OUCH adapter → our OUCH simulator over SoupBinTCP, for each
/// dialect: enter, venue accept, partial and full fills, replace, cancel and a venue reject.
/// </summary>
[Category("System")]
public sealed class OuchFlowTests
{
    internal static readonly object[] Dialects = [FlowVenue.Ouch42, FlowVenue.Ouch50];

    [TestCaseSource(nameof(Dialects))]
    [CancelAfter(120_000)]
    public void A_marketable_order_is_accepted_by_the_venue_then_filled_in_part_and_in_full(object venueCase, CancellationToken cancellation)
    {
        var venue = (FlowVenue)venueCase;
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [venue] }, cancellation);
        var strategy = gateway.Connect(cancellation);

        // Asks are 100 at 190.01, 190.02, 190.03, ...: 300 at 190.05 takes three levels.
        strategy.NewOrder(1, 300, 190.05m);

        strategy.WaitFor<OrderAcceptedMessage>(m => m.ClientOrderId == 1, cancellation, "OrderAccepted").VenueId.Should().Be(venue.Id);
        var venueAccepted = strategy.WaitFor<VenueAcceptedMessage>(m => m.ClientOrderId == 1, cancellation, "VenueAccepted");
        venueAccepted.VenueId.Should().Be(venue.Id);
        venueAccepted.VenueOrderId.ToString().Should().NotBeEmpty("the OUCH order reference number");
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 1 && m.Kind == FillKind.Full, cancellation, "the full fill");

        var fills = strategy.Recorder.All<FillMessage>().Where(f => f.ClientOrderId == 1).ToArray();
        fills.Select(f => (f.Quantity, f.CumQuantity, f.LeavesQuantity, f.Kind)).Should().Equal(
            (100L, 100L, 200L, FillKind.Partial), (100L, 200L, 100L, FillKind.Partial), (100L, 300L, 0L, FillKind.Full));
        fills.Select(f => f.Price).Should().Equal(
            FixedPoint.FromDecimal(190.01m), FixedPoint.FromDecimal(190.02m), FixedPoint.FromDecimal(190.03m));
        fills.Select(f => f.ExecId.ToString()).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);

        var sim = gateway.Ouch(venue);
        (sim.Counters.Orders, sim.Counters.Accepted, sim.Counters.Executions, sim.Counters.Rejects).Should().Be((1, 1, 3, 0));
    }

    [TestCaseSource(nameof(Dialects))]
    [CancelAfter(120_000)]
    public void A_resting_order_is_replaced_then_canceled(object venueCase, CancellationToken cancellation)
    {
        var venue = (FlowVenue)venueCase;
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [venue] }, cancellation);
        var strategy = gateway.Connect(cancellation);
        strategy.Rest(1, cancellation, quantity: 10);

        strategy.Replace(1, 2, 20, 189.50m);
        var replaced = strategy.WaitFor<ReplacedMessage>(m => m.OrigClientOrderId == 1, cancellation, "Replaced");
        (replaced.ClientOrderId, replaced.Quantity, replaced.Price, replaced.LeavesQuantity).Should().Be(
            (2L, 20L, FixedPoint.FromDecimal(189.50m), 20L));

        strategy.Cancel(2);
        var canceled = strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == 2, cancellation, "Canceled");
        canceled.Reason.Should().Be(CancelReason.Requested);
        canceled.CanceledQuantity.Should().Be(20);

        var sim = gateway.Ouch(venue);
        (sim.Counters.Replaces, sim.Counters.Cancels, sim.Counters.Executions).Should().Be((1, 1, 0));
        sim.Tokens().Select(t => t.State).Should().Equal(Simulators.Ouch.OuchTokenState.Replaced, Simulators.Ouch.OuchTokenState.Canceled);
    }

    [TestCaseSource(nameof(Dialects))]
    [CancelAfter(120_000)]
    public void A_partly_filled_order_is_replaced_and_then_filled_under_the_new_id(object venueCase, CancellationToken cancellation)
    {
        var venue = (FlowVenue)venueCase;
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [venue] }, cancellation);
        var buyer = gateway.Connect(cancellation);
        var seller = gateway.Connect(cancellation, FlowSetup.OtherStrategyId, FlowSetup.OtherToken);

        // A bid of 190.00 sits inside the market maker's 189.99 / 190.01: the other strategy's sell at 190.00 meets it
        // (both through the one OUCH login: the venue executes both sides).
        buyer.Rest(1, cancellation, quantity: 100, price: 190.00m);
        seller.NewOrder(2, 40, 190.00m, side: Side.Sell);
        var partial = buyer.WaitFor<FillMessage>(m => m.ClientOrderId == 1, cancellation, "the partial fill");
        (partial.Kind, partial.Quantity, partial.LeavesQuantity).Should().Be((FillKind.Partial, 40L, 60L));
        seller.WaitFor<FillMessage>(m => m.ClientOrderId == 2, cancellation, "the seller's fill").Kind.Should().Be(FillKind.Full);

        buyer.Replace(1, 3, 100, 190.05m);
        var replaced = buyer.WaitFor<ReplacedMessage>(m => m.OrigClientOrderId == 1, cancellation, "Replaced");
        (replaced.ClientOrderId, replaced.Quantity, replaced.LeavesQuantity).Should().Be((3L, 100L, 60L));
        var fill = buyer.WaitFor<FillMessage>(m => m.ClientOrderId == 3 && m.Kind == FillKind.Full, cancellation, "the full fill");

        (fill.Quantity, fill.CumQuantity, fill.Price).Should().Be((60L, 100L, FixedPoint.FromDecimal(190.01m)));
        var sim = gateway.Ouch(venue);
        sim.Tokens().Select(t => (t.Executed, t.State)).Should().Equal(
            (40L, Simulators.Ouch.OuchTokenState.Replaced), (40L, Simulators.Ouch.OuchTokenState.Filled),
            (60L, Simulators.Ouch.OuchTokenState.Filled));
    }

    [TestCaseSource(nameof(Dialects))]
    [CancelAfter(120_000)]
    public void A_venue_reject_reaches_the_strategy(object venueCase, CancellationToken cancellation)
    {
        var venue = (FlowVenue)venueCase;
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [venue] }, cancellation);
        var strategy = gateway.Connect(cancellation);
        var sim = gateway.Ouch(venue);
        sim.RejectRatio = 1;

        strategy.NewOrder(1, 10, 189.00m);

        var reject = strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "OrderRejected");
        reject.Reason.Should().Be(RejectReason.VenueRejected);
        reject.VenueId.Should().Be(venue.Id);
        reject.Text.ToString().Should().Be(venue == FlowVenue.Ouch42 ? "other" : "reject code 15");
        strategy.Recorder.Count<OrderAcceptedMessage>(m => m.ClientOrderId == 1).Should().Be(1, "the gateway accepted it before the venue refused");
        (sim.Counters.Rejects, sim.Counters.Accepted).Should().Be((1, 0));
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_FIX_venue_and_two_OUCH_venues_trade_side_by_side(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [FlowVenue.Fix44, FlowVenue.Ouch42, FlowVenue.Ouch50] }, cancellation);
        var strategy = gateway.Connect(cancellation);

        foreach (var venue in gateway.Setup.Venues)
        {
            var id = 100 + venue.Id;
            strategy.NewOrder(id, 50, 190.05m, venueId: venue.Id);
            var fill = strategy.WaitFor<FillMessage>(m => m.ClientOrderId == id, cancellation, $"the fill on {venue.Name}");
            (fill.Kind, fill.Quantity).Should().Be((FillKind.Full, 50L));
        }

        gateway.Simulator.Counters.Orders.Should().Be(1);
        gateway.Ouch(FlowVenue.Ouch42).Counters.Orders.Should().Be(1);
        gateway.Ouch(FlowVenue.Ouch50).Counters.Orders.Should().Be(1);
    }
}
