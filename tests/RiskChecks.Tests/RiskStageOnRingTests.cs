using FluentAssertions;
using Gateway.RiskChecks.Orders;
using Gateway.Sessions.Concurrency;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>
/// The two parts together as the order path will use them: an inbound thread publishes orders on a ring, the
/// risk stage (its own thread, the engine's only caller) writes each result into the entry in place, and a
/// venue stage gated on it sees every order after its check, in order.
/// </summary>
public class RiskStageOnRingTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Risk_stage_checks_every_order_before_the_venue_stage_sees_it(CancellationToken token)
    {
        const int orders = 200_000;
        var engine = Engine(BaseStrategy with { MaxOrderQuantity = 100 }, capacity: SmallCapacity with { ClientOrderIdsPerStrategy = orders });
        var ring = new RingBuffer<OrderEntry>(256);
        var risk = ring.NewConsumer();
        var venue = ring.NewConsumer(risk);
        using var riskStage = new BatchEventProcessor<OrderEntry, RiskStage, YieldingWaitStrategy>(
            risk, new RiskStage(engine), new YieldingWaitStrategy()).Start();
        using var venueStage = new BatchEventProcessor<OrderEntry, VenueStage, YieldingWaitStrategy>(
            venue, default, new YieldingWaitStrategy()).Start();

        for (var id = 1L; id <= orders; id++)
        {
            long sequence;
            while (ring.TryClaim(out sequence) == ClaimResult.BackPressured)
            {
                token.ThrowIfCancellationRequested();
                Thread.Yield();
            }

            // Every tenth order is too big and must be rejected.
            ring[sequence] = new OrderEntry { Order = Buy(id % 10 == 0 ? 101 : 1, 10m, clientOrderId: id) };
            ring.Publish(sequence);
        }

        while (venue.Sequence.Value < orders - 1)
        {
            token.ThrowIfCancellationRequested();
            Thread.Yield();
        }

        venueStage.Dispose();
        riskStage.Dispose();
        venueStage.Handler.Passed.Should().Be(orders - (orders / 10));
        venueStage.Handler.Rejected.Should().Be(orders / 10);
        venueStage.Handler.Unchecked.Should().Be(0);
        venueStage.Handler.Wrong.Should().Be(0);
        engine.Usage.Checks.Should().Be(orders);
    }

    private struct OrderEntry
    {
        public RiskOrder Order;
        public bool Checked;
        public RiskResult Result;
    }

    /// <summary>The risk thread: the engine's single writer; cancels passed orders to keep usage flat.</summary>
    private readonly struct RiskStage(RiskEngine engine) : IEventHandler<OrderEntry>
    {
        public void OnEvent(ref OrderEntry entry, long sequence, bool endOfBatch)
        {
            entry.Result = engine.Check(in entry.Order, Monday);
            entry.Checked = true;
            if (entry.Result.Passed)
            {
                engine.OnCanceled(entry.Order.StrategyId, entry.Order.ClientOrderId);
            }
        }
    }

    private struct VenueStage : IEventHandler<OrderEntry>
    {
        public long Passed;
        public long Rejected;
        public long Unchecked;
        public long Wrong;

        public void OnEvent(ref OrderEntry entry, long sequence, bool endOfBatch)
        {
            var tooBig = entry.Order.Quantity > 100;
            if (!entry.Checked)
            {
                Unchecked++;
            }
            else if (entry.Result.Passed == tooBig
                || (tooBig && entry.Result != RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, 100, 101)))
            {
                Wrong++;
            }
            else if (entry.Result.Passed)
            {
                Passed++;
            }
            else
            {
                Rejected++;
            }

            entry.Checked = false; // the slot comes round again: the next lap must be checked anew
        }
    }
}
