using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Admin;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>The admin's kill switch: open orders that match are canceled, new ones refused, strategies told; released, trading resumes.</summary>
[Category("System")]
public sealed class KillSwitchFlowTests
{
    [TestCase(KillSwitchLevel.Global, RiskCheck.GlobalKillSwitch)]
    [TestCase(KillSwitchLevel.Strategy, RiskCheck.StrategyKillSwitch)]
    [TestCase(KillSwitchLevel.Venue, RiskCheck.VenueKillSwitch)]
    [CancelAfter(120_000)]
    public void A_kill_switch_cancels_what_it_covers_refuses_new_orders_and_releases(
        KillSwitchLevel level, RiskCheck check, CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        var other = gateway.Connect(cancellation, FlowSetup.OtherStrategyId, FlowSetup.OtherToken);
        strategy.Rest(1, cancellation);
        strategy.Rest(2, cancellation, instrumentId: FlowSetup.Msft, price: 409.00m);
        other.Rest(3, cancellation);
        var id = level switch
        {
            KillSwitchLevel.Strategy => FlowSetup.StrategyId,
            KillSwitchLevel.Venue => FlowVenue.Fix44.Id,
            _ => 0,
        };

        gateway.Host.Admin.WaitUntilApplied(gateway.Host.Admin.KillSwitch(level, id, on: true), cancellation);

        strategy.WaitFor<SessionStatusMessage>(m => m.Code == SessionStatusCode.KillSwitchOn, cancellation, "KillSwitchOn")
            .VenueId.Should().Be(level == KillSwitchLevel.Venue ? id : -1, "a venue's kill switch names the venue");
        foreach (var order in new long[] { 1, 2 })
        {
            strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == order, cancellation, $"Canceled {order}")
                .Reason.Should().Be(CancelReason.KillSwitch);
        }

        if (level == KillSwitchLevel.Strategy)
        {
            // Another strategy's orders are not covered: a cancel of its own still finds its order open.
            other.Cancel(3);
            other.WaitFor<CanceledMessage>(m => m.ClientOrderId == 3, cancellation, "Canceled 3").Reason.Should().Be(CancelReason.Requested);
        }
        else
        {
            other.WaitFor<CanceledMessage>(m => m.ClientOrderId == 3, cancellation, "Canceled 3").Reason.Should().Be(CancelReason.KillSwitch);
        }

        var ordersAtVenue = gateway.Simulator.Counters.Orders;
        strategy.NewOrder(10, 10, 189.00m);
        var reject = strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 10, cancellation, "the reject under the kill switch");
        reject.Reason.Should().Be(RejectReason.RiskCheck);
        ((RiskCheck)reject.RiskCheck).Should().Be(check);
        gateway.Simulator.Counters.Orders.Should().Be(ordersAtVenue);

        gateway.Host.Admin.WaitUntilApplied(gateway.Host.Admin.KillSwitch(level, id, on: false), cancellation);
        strategy.WaitFor<SessionStatusMessage>(m => m.Code == SessionStatusCode.KillSwitchOff, cancellation, "KillSwitchOff");
        strategy.Rest(11, cancellation);
        gateway.Simulator.Counters.Orders.Should().Be(ordersAtVenue + 1);
    }
}
