using FluentAssertions;
using Gateway.Sessions.Concurrency;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Concurrency;

/// <summary>
/// One producer thread and consumer threads on a small ring: millions of entries arrive in order, intact, none
/// lost, through every wait strategy and a two-stage pipeline. The small ring makes the producer lap and wait.
/// </summary>
public class RingConcurrencyTests
{
    private const int Capacity = 1024;

    [TestCase(WaitKind.Yielding, 4_000_000)]
    [TestCase(WaitKind.Backoff, 1_000_000)]
    [TestCase(WaitKind.Blocking, 1_000_000)]
    [TestCase(WaitKind.BusySpin, 1_000_000)]
    [CancelAfter(120_000)]
    public void Every_entry_arrives_once_and_in_order(WaitKind wait, int events, CancellationToken token)
    {
        var ring = new RingBuffer<TestEvent>(Capacity);
        var consumer = ring.NewConsumer();
        var handler = new OrderCheckingHandler();

        long errors;
        var count = wait switch
        {
            WaitKind.Yielding => Run(consumer, handler, new YieldingWaitStrategy(), events, token, out errors),
            WaitKind.Backoff => Run(consumer, handler, new BackoffWaitStrategy(), events, token, out errors),
            WaitKind.Blocking => Run(consumer, handler, new BlockingWaitStrategy(ring), events, token, out errors),
            _ => Run(consumer, handler, new BusySpinWaitStrategy(), events, token, out errors),
        };

        count.Should().Be(events);
        errors.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void Pipeline_stage_two_sees_every_entry_after_stage_one(CancellationToken token)
    {
        const int events = 2_000_000;
        var ring = new RingBuffer<TestEvent>(Capacity);
        var first = ring.NewConsumer();
        var second = ring.NewConsumer(first);
        using var marking = new BatchEventProcessor<TestEvent, MarkingHandler, YieldingWaitStrategy>(
            first, new MarkingHandler(), new YieldingWaitStrategy()).Start();
        using var checking = new BatchEventProcessor<TestEvent, MarkCheckingHandler, BlockingWaitStrategy>(
            second, new MarkCheckingHandler(), new BlockingWaitStrategy(ring)).Start();

        Produce(ring, events, batch: 1, token);
        WaitUntilConsumed(second, events, token);
        checking.Dispose();
        marking.Dispose();

        marking.Handler.Count.Should().Be(events);
        checking.Handler.Count.Should().Be(events);
        checking.Handler.Errors.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void Batch_claims_from_another_thread_arrive_in_order(CancellationToken token)
    {
        const int events = 2_000_000;
        var ring = new RingBuffer<TestEvent>(Capacity);
        var consumer = ring.NewConsumer();
        using var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler, YieldingWaitStrategy>(
            consumer, new OrderCheckingHandler(), new YieldingWaitStrategy(), maxBatch: 64).Start();

        Produce(ring, events, batch: 16, token);
        WaitUntilConsumed(consumer, events, token);
        processor.Dispose();

        processor.Handler.Count.Should().Be(events);
        processor.Handler.Errors.Should().Be(0);
    }

    [Test]
    [CancelAfter(60_000)]
    public void Blocking_claim_waits_for_a_slow_consumer(CancellationToken token)
    {
        const int events = 100_000;
        var ring = new RingBuffer<TestEvent>(8);
        var consumer = ring.NewConsumer();
        using var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler, BlockingWaitStrategy>(
            consumer, new OrderCheckingHandler(), new BlockingWaitStrategy(ring), maxBatch: 1).Start();

        for (var i = 0L; i < events; i++)
        {
            var sequence = ring.Claim(1, token);
            ring[sequence] = TestEvent.For(i);
            ring.Publish(sequence);
        }

        WaitUntilConsumed(consumer, events, token);
        processor.Dispose();
        processor.Handler.Count.Should().Be(events);
        processor.Handler.Errors.Should().Be(0);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Halt_wakes_a_blocked_consumer(CancellationToken token)
    {
        var ring = new RingBuffer<TestEvent>(8);
        var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler, BlockingWaitStrategy>(
            ring.NewConsumer(), new OrderCheckingHandler(), new BlockingWaitStrategy(ring)).Start();
        var spin = default(SpinWait);
        while (!processor.IsRunning)
        {
            token.ThrowIfCancellationRequested();
            spin.SpinOnce();
        }

        var halt = Task.Run(processor.Dispose, token);

        halt.Wait(token);
        halt.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_handler_exception_is_reported_and_the_processor_goes_on(CancellationToken token)
    {
        var ring = new RingBuffer<TestEvent>(8);
        var consumer = ring.NewConsumer();
        var errors = 0;
        using var processor = new BatchEventProcessor<TestEvent, ThrowingHandler, YieldingWaitStrategy>(
            consumer, new ThrowingHandler(3), new YieldingWaitStrategy(),
            onError: _ => Interlocked.Increment(ref errors)).Start();

        Produce(ring, 10, batch: 1, token);
        WaitUntilConsumed(consumer, 10, token);
        processor.Dispose();

        errors.Should().Be(1);
        processor.Handler.Count.Should().Be(9);
    }

    public enum WaitKind
    {
        BusySpin,
        Yielding,
        Backoff,
        Blocking,
    }

    private static long Run<TWait>(RingConsumer<TestEvent> consumer, OrderCheckingHandler handler, TWait wait,
        int events, CancellationToken token, out long errors)
        where TWait : struct, IWaitStrategy
    {
        using var processor = new BatchEventProcessor<TestEvent, OrderCheckingHandler, TWait>(consumer, handler, wait)
            .Start();
        Produce(consumer.Ring, events, batch: 1, token);
        WaitUntilConsumed(consumer, events, token);
        processor.Dispose();
        errors = processor.Handler.Errors;
        return processor.Handler.Count;
    }

    /// <summary>Publishes values 0..events-1; yields while back-pressured (two cores shared by many threads).</summary>
    private static void Produce(RingBuffer<TestEvent> ring, long events, int batch, CancellationToken token)
    {
        var value = 0L;
        while (value < events)
        {
            var count = (int)Math.Min(batch, events - value);
            while (ring.TryClaim(count, out var high) == ClaimResult.BackPressured)
            {
                token.ThrowIfCancellationRequested();
                Thread.Yield();
            }

            var first = ring.Cursor.Value + 1;
            for (var sequence = first; sequence < first + count; sequence++)
            {
                ring[sequence] = TestEvent.For(value++);
            }

            ring.Publish(first + count - 1);
        }
    }

    private static void WaitUntilConsumed(RingConsumer<TestEvent> consumer, long events, CancellationToken token)
    {
        while (consumer.Sequence.Value < events - 1)
        {
            token.ThrowIfCancellationRequested();
            Thread.Yield();
        }
    }
}
