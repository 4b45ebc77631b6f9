using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>A marketable order through the SDK, the gateway and a simulated FIX venue of each version, filled in full.</summary>
[Category("System")]
public sealed class NewOrderFlowTests
{
    private static readonly object[] Versions = [FlowVenue.Fix42, FlowVenue.Fix44, FlowVenue.Fix50];

    [TestCaseSource(nameof(Versions))]
    [CancelAfter(120_000)]
    public void A_marketable_order_is_accepted_then_filled_level_by_level(object venueCase, CancellationToken cancellation)
    {
        var venue = (FlowVenue)venueCase;
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [venue] }, cancellation);
        var strategy = gateway.Connect(cancellation);
        const long Id = 1001;

        // Asks are 100 at 190.01, 190.02, 190.03, ...: 300 at 190.05 takes three levels.
        strategy.NewOrder(Id, 300, 190.05m);

        var accepted = strategy.WaitFor<OrderAcceptedMessage>(m => m.ClientOrderId == Id, cancellation, "OrderAccepted");
        accepted.VenueId.Should().Be(venue.Id);
        // The gateway order id is the order's index in the book: 0 for the first order of a fresh gateway.
        accepted.GatewayOrderId.Should().BeGreaterThanOrEqualTo(0);
        var venueAccepted = strategy.WaitFor<VenueAcceptedMessage>(m => m.ClientOrderId == Id, cancellation, "VenueAccepted");
        venueAccepted.VenueId.Should().Be(venue.Id);
        venueAccepted.VenueOrderId.ToString().Should().NotBeEmpty();
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == Id && m.Kind == FillKind.Full, cancellation, "the full fill");

        var fills = strategy.Recorder.All<FillMessage>().Where(f => f.ClientOrderId == Id).ToArray();
        fills.Select(f => f.Quantity).Should().Equal(100, 100, 100);
        fills.Select(f => f.Price).Should().Equal(
            FixedPoint.FromDecimal(190.01m), FixedPoint.FromDecimal(190.02m), FixedPoint.FromDecimal(190.03m));
        fills.Select(f => f.CumQuantity).Should().Equal(100, 200, 300);
        fills.Select(f => f.LeavesQuantity).Should().Equal(200, 100, 0);
        fills.Select(f => f.Kind).Should().Equal(FillKind.Partial, FillKind.Partial, FillKind.Full);
        fills.Select(f => f.ExecId.ToString()).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
        strategy.Recorder.All<OrderRejectedMessage>().Should().BeEmpty();

        gateway.Simulator.Counters.Orders.Should().Be(1);
        gateway.Simulator.Counters.Accepted.Should().Be(1);
        gateway.Simulator.Counters.Rejects.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void One_simulator_port_serves_three_FIX_versions_side_by_side(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [FlowVenue.Fix42, FlowVenue.Fix44, FlowVenue.Fix50] }, cancellation);
        var strategy = gateway.Connect(cancellation);

        foreach (var venue in gateway.Setup.Venues)
        {
            var id = 2000 + venue.Id;
            strategy.NewOrder(id, 50, 190.05m, venueId: venue.Id);
            var fill = strategy.WaitFor<FillMessage>(m => m.ClientOrderId == id, cancellation, $"the fill on {venue.Name}");
            fill.Kind.Should().Be(FillKind.Full);
            fill.Quantity.Should().Be(50);
            strategy.Recorder.All<OrderAcceptedMessage>().Single(m => m.ClientOrderId == id).VenueId.Should().Be(venue.Id);
        }

        gateway.Simulator.Counters.Orders.Should().Be(3);
    }
}
