using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>
/// A strategy's burst far larger than the inbound ring, on a gateway whose threads are shared: the order thread runs
/// on the thread that reads the strategy, so a read that handed over more commands than the ring holds waited for
/// room only that same thread could make, and the gateway stopped for good. Every order must get its final answer.
/// </summary>
[Category("System")]
public sealed class BurstFlowTests
{
    private const int Orders = 5_000;

    [Test]
    [CancelAfter(120_000)]
    public void A_burst_larger_than_the_inbound_ring_is_answered_in_full_on_shared_threads(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup { Configure = c => c with { RingSize = 64 } }, cancellation);
        var strategy = gateway.Connect(cancellation);

        // IOC buys below the bid (189.99): each is canceled by the venue (or rejected by risk), none stays open.
        for (var id = 1L; id <= Orders; id++)
        {
            while (!strategy.Client.TrySendNewOrder(id, FlowSetup.AccountId, FlowSetup.Aapl, -1, Side.Buy, OrderType.Limit,
                       TimeInForce.ImmediateOrCancel, 10, FixedPoint.FromDecimal(189.00m)))
            {
                // The client's send buffer is full: the gateway is behind (or stuck); the test's token ends the wait.
                cancellation.ThrowIfCancellationRequested();
                Thread.Yield();
            }
        }

        var recorder = strategy.Recorder;
        Wait.Until(
            () => recorder.Count<CanceledMessage>(_ => true) + recorder.Count<OrderRejectedMessage>(_ => true) >= Orders,
            TimeSpan.FromSeconds(60), cancellation, $"a final answer to each of {Orders} orders",
            () => $"canceled {recorder.Count<CanceledMessage>(_ => true)}, rejected {recorder.Count<OrderRejectedMessage>(_ => true)}, " +
                  $"intake paused {gateway.Host.Clients.Counters.IntakePaused}, inbound ring full waits {gateway.Host.Inbound.FullWaits}");

        gateway.Host.Inbound.FullWaits.Should().Be(0, "the client server holds strategies back before the ring is full");
        gateway.Host.Clients.Counters.IntakePaused.Should().BePositive("the burst must outrun the order thread to mean anything");
    }
}
