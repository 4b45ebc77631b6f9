using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>Where an order goes: the venue it names, else its instrument's route; a venue the gateway does not know is refused.</summary>
[Category("System")]
public sealed class RoutingFlowTests
{
    [Test]
    [CancelAfter(120_000)]
    public void An_order_naming_an_unknown_venue_is_refused(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);

        strategy.NewOrder(1, 10, 189.00m, venueId: 9);

        var reject = strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "OrderRejected");
        reject.Reason.Should().Be(RejectReason.UnknownVenue);
        reject.VenueId.Should().Be(9);
        gateway.Simulator.Counters.Orders.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void An_order_naming_no_venue_takes_its_instruments_route(CancellationToken cancellation)
    {
        // Instruments route to the first venue: FIXT.1.1 here, while FIX 4.4 is there to be named.
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [FlowVenue.Fix50, FlowVenue.Fix44] }, cancellation);
        var strategy = gateway.Connect(cancellation);

        strategy.NewOrder(1, 10, 190.05m);
        strategy.NewOrder(2, 10, 190.05m, venueId: FlowVenue.Fix44.Id);

        strategy.WaitFor<OrderAcceptedMessage>(m => m.ClientOrderId == 1, cancellation, "OrderAccepted 1").VenueId.Should().Be(FlowVenue.Fix50.Id);
        strategy.WaitFor<VenueAcceptedMessage>(m => m.ClientOrderId == 1, cancellation, "VenueAccepted 1").VenueId.Should().Be(FlowVenue.Fix50.Id);
        strategy.WaitFor<OrderAcceptedMessage>(m => m.ClientOrderId == 2, cancellation, "OrderAccepted 2").VenueId.Should().Be(FlowVenue.Fix44.Id);
        strategy.WaitFor<VenueAcceptedMessage>(m => m.ClientOrderId == 2, cancellation, "VenueAccepted 2").VenueId.Should().Be(FlowVenue.Fix44.Id);
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 1 && m.Kind == FillKind.Full, cancellation, "the fill of 1");
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 2 && m.Kind == FillKind.Full, cancellation, "the fill of 2");
        gateway.Simulator.Counters.Orders.Should().Be(2);
    }
}
