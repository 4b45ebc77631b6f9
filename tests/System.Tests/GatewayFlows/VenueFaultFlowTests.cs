using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>The venue misbehaves: its connection drops (and comes back), or it rejects every order.</summary>
[Category("System")]
public sealed class VenueFaultFlowTests
{
    [Test]
    [CancelAfter(120_000)]
    public void A_dropped_venue_session_is_reported_refuses_orders_then_reconnects_and_trades(CancellationToken cancellation)
    {
        // The session comes back after 5 s: time enough for the order below to meet it down, even on a loaded machine.
        using var gateway = FlowGateway.Start(new FlowSetup { ReconnectIntervalSeconds = 5 }, cancellation);
        var strategy = gateway.Connect(cancellation);
        var venue = FlowVenue.Fix44.Id;

        gateway.Simulator.DropConnections();

        strategy.WaitFor<SessionStatusMessage>(m => m.Code == SessionStatusCode.VenueDown && m.VenueId == venue, cancellation, "VenueDown");
        strategy.NewOrder(1, 10, 189.00m);
        var reject = strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "OrderRejected VenueNotConnected");
        reject.Reason.Should().Be(RejectReason.VenueNotConnected);
        reject.VenueId.Should().Be(venue);

        strategy.WaitFor<SessionStatusMessage>(
            m => m.Code == SessionStatusCode.VenueUp && m.VenueId == venue && strategy.Recorder.Count<SessionStatusMessage>(
                s => s.Code == SessionStatusCode.VenueUp && s.VenueId == venue) >= 2,
            cancellation, "the second VenueUp");
        strategy.NewOrder(2, 10, 190.05m);
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 2 && m.Kind == FillKind.Full, cancellation, "the fill after the reconnect");
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_venue_reject_reaches_the_strategy_with_the_venues_text(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        gateway.Simulator.RejectRatio = 1;

        strategy.NewOrder(1, 10, 189.00m);

        var reject = strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "OrderRejected");
        reject.Reason.Should().Be(RejectReason.VenueRejected);
        reject.VenueId.Should().Be(FlowVenue.Fix44.Id);
        reject.Text.ToString().Should().Be("Simulated reject");
        strategy.Recorder.Count<OrderAcceptedMessage>(m => m.ClientOrderId == 1).Should().Be(1, "the gateway accepted it before the venue refused");
        gateway.Simulator.Counters.Rejects.Should().Be(1);
        gateway.Simulator.Counters.Accepted.Should().Be(0);
    }
}
