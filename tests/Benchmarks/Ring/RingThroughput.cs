using System.Diagnostics;
using Gateway.Sessions.Concurrency;

namespace Gateway.Benchmarks.Ring;

/// <summary>
/// Events per second through one ring, one producer thread to one consumer thread (yielding waits on both
/// sides, so that on a shared machine a thread that cannot progress gives its core to the other), for notes
/// and the pipeline benchmark mode. Claims <c>batch</c> entries at a time (1: one claim and publish per event).
/// </summary>
public static class RingThroughput
{
    public static double Measure(long events = 50_000_000, int batch = 1, int capacity = 64 * 1024, int producerCpu = -1,
        int consumerCpu = -1)
    {
        var ring = new RingBuffer<RingEvent>(capacity);
        var consumer = ring.NewConsumer();
        using var processor = new BatchEventProcessor<RingEvent, SummingHandler, YieldingWaitStrategy>(
            consumer, default, default).Start(consumerCpu, "ring-throughput-consumer");
        if (producerCpu >= 0)
        {
            Gateway.Sessions.Agents.CpuAffinity.PinCurrentThread(producerCpu);
        }

        var start = Stopwatch.GetTimestamp();
        Produce(ring, events, batch);
        var last = events - 1;
        while (consumer.Sequence.Value < last)
        {
            Thread.SpinWait(1);
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        processor.Dispose();
        var expected = events * (events - 1) / 2;
        if (processor.Handler.Sum != expected)
        {
            throw new InvalidOperationException($"Consumer summed {processor.Handler.Sum}, expected {expected}.");
        }

        return events / elapsed.TotalSeconds;
    }

    /// <summary>
    /// Nanoseconds per event of claim, write, publish and poll (every 64) on one thread: the instruction cost,
    /// without a second core. The median of many 1,024-event batches, so time the thread spent descheduled on a
    /// busy machine does not count.
    /// </summary>
    public static double MeasureSameThreadNanos(int batches = 20_000)
    {
        var ring = new RingBuffer<RingEvent>(1024);
        var consumer = ring.NewConsumer();
        var handler = default(SummingHandler);
        var perEvent = new double[batches];
        for (var round = 0; round < 2; round++)
        {
            for (var b = 0; b < batches; b++)
            {
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < 1024; i++)
                {
                    ring.TryClaim(out var sequence);
                    ring[sequence].Value = i;
                    ring.Publish(sequence);
                    if ((i & 63) == 63)
                    {
                        consumer.Poll(ref handler);
                    }
                }

                perEvent[b] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / 1024;
            }
        }

        Array.Sort(perEvent);
        return perEvent[batches / 2];
    }

    internal static void Produce(RingBuffer<RingEvent> ring, long events, int batch)
    {
        var value = 0L;
        while (value < events)
        {
            var count = (int)Math.Min(batch, events - value);
            long high;
            var spins = 0;
            while (ring.TryClaim(count, out high) == ClaimResult.BackPressured)
            {
                // The ring is full: the consumer is behind or not running. On a busy machine, give it the core.
                if (++spins < 100)
                {
                    Thread.SpinWait(1);
                }
                else
                {
                    Thread.Yield();
                }
            }

            for (var sequence = high - count + 1; sequence <= high; sequence++)
            {
                ref var entry = ref ring[sequence];
                entry.Value = value++;
                entry.Quantity = 100;
            }

            ring.Publish(high);
        }
    }
}
