using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>A strategy's mass cancel: by instrument, then everything it has open.</summary>
[Category("System")]
public sealed class MassCancelFlowTests
{
    [Test]
    [CancelAfter(120_000)]
    public void A_mass_cancel_by_instrument_then_of_all_cancels_exactly_what_matches(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        var other = gateway.Connect(cancellation, FlowSetup.OtherStrategyId, FlowSetup.OtherToken);
        strategy.Rest(1, cancellation);
        strategy.Rest(2, cancellation);
        strategy.Rest(3, cancellation, instrumentId: FlowSetup.Msft, price: 409.00m);
        strategy.Rest(4, cancellation, instrumentId: FlowSetup.Msft, price: 408.00m);
        other.Rest(5, cancellation, instrumentId: FlowSetup.Msft, price: 409.00m);

        strategy.Client.TrySendMassCancel(instrumentId: FlowSetup.Msft).Should().BeTrue();

        foreach (var order in new long[] { 3, 4 })
        {
            strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == order, cancellation, $"Canceled {order}")
                .Reason.Should().Be(CancelReason.MassCancel);
        }

        // Orders on AAPL are still open: a single cancel of 1 is the venue's next cancel.
        strategy.Cancel(1);
        strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == 1, cancellation, "Canceled 1").Reason.Should().Be(CancelReason.Requested);

        strategy.Client.TrySendMassCancel().Should().BeTrue();

        strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == 2, cancellation, "Canceled 2").Reason.Should().Be(CancelReason.MassCancel);
        gateway.Simulator.Counters.Cancels.Should().Be(4);
        strategy.Recorder.All<CanceledMessage>().Should().HaveCount(4);
        strategy.Recorder.All<CancelRejectedMessage>().Should().BeEmpty();

        // The other strategy's order was never covered.
        other.Recorder.All<CanceledMessage>().Should().BeEmpty();
        other.Cancel(5);
        other.WaitFor<CanceledMessage>(m => m.ClientOrderId == 5, cancellation, "Canceled 5").Reason.Should().Be(CancelReason.Requested);
    }
}
