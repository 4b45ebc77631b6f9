using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>A strategy's connection drops: with cancel-on-disconnect its orders are canceled at the venue, without it they stay.</summary>
[Category("System")]
public sealed class DisconnectFlowTests
{
    [Test]
    [CancelAfter(120_000)]
    public void A_strategy_that_disconnects_has_its_orders_canceled_and_learns_it_on_its_next_login(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup { CancelOnDisconnect = true }, cancellation);
        var first = gateway.Connect(cancellation);
        first.Rest(1, cancellation);
        first.Rest(2, cancellation, quantity: 20);

        first.Dispose();

        Wait.Until(() => gateway.Simulator.Counters.Cancels == 2, FlowRecorder.Deadline, cancellation, "the venue to cancel both orders",
            () => gateway.Simulator.Counters.ToString());
        var second = gateway.Connect(cancellation);
        foreach (var (order, quantity) in new[] { (1L, 10L), (2L, 20L) })
        {
            // The venue's Canceled may reach the gateway after the new login: the status then says PendingCancel and a
            // Canceled (reason Disconnect) follows. Either way the strategy ends up knowing the order is canceled.
            var status = second.WaitFor<OrderStatusMessage>(m => m.ClientOrderId == order, cancellation, $"OrderStatus for {order}");
            status.Quantity.Should().Be(quantity);
            status.CumQuantity.Should().Be(0);
            if (status.Status == OrderStatus.Canceled)
            {
                status.LeavesQuantity.Should().Be(0);
            }
            else
            {
                status.Status.Should().Be(OrderStatus.PendingCancel);
                var canceled = second.WaitFor<CanceledMessage>(m => m.ClientOrderId == order, cancellation, $"Canceled {order}");
                canceled.Reason.Should().Be(CancelReason.Disconnect);
                canceled.CanceledQuantity.Should().Be(quantity);
            }
        }
    }

    [Test]
    [CancelAfter(120_000)]
    public void Without_cancel_on_disconnect_the_orders_stay_open(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup { CancelOnDisconnect = false }, cancellation);
        var first = gateway.Connect(cancellation);
        first.Rest(1, cancellation);
        first.Rest(2, cancellation, quantity: 20);

        first.Dispose();
        Wait.Until(() => gateway.Host.Clients.Counters.Disconnects >= 1, FlowRecorder.Deadline, cancellation, "the gateway to see the disconnect");

        // The login travels the same ring as the disconnect, after it: by the statuses, any cancel would have been sent.
        var second = gateway.Connect(cancellation);
        foreach (var (order, quantity) in new[] { (1L, 10L), (2L, 20L) })
        {
            var status = second.WaitFor<OrderStatusMessage>(m => m.ClientOrderId == order, cancellation, $"OrderStatus for {order}");
            status.Status.Should().Be(OrderStatus.New);
            status.LeavesQuantity.Should().Be(quantity);
        }

        gateway.Simulator.Counters.Cancels.Should().Be(0);
        second.Cancel(1);
        second.WaitFor<CanceledMessage>(m => m.ClientOrderId == 1, cancellation, "Canceled 1").CanceledQuantity.Should().Be(10);
    }
}
