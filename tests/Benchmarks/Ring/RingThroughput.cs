using System.Diagnostics;
using Gateway.Sessions.Concurrency;

namespace Gateway.Benchmarks.Ring;

/// <summary>
/// Events per second through one ring, one producer thread to one consumer thread (busy-spin wait), for notes
/// and the pipeline benchmark mode. Claims <c>batch</c> entries at a time (1: one claim and publish per event).
/// </summary>
public static class RingThroughput
{
    public static double Measure(long events = 50_000_000, int batch = 1, int capacity = 64 * 1024, int producerCpu = -1,
        int consumerCpu = -1)
    {
        var ring = new RingBuffer<RingEvent>(capacity);
        var consumer = ring.NewConsumer();
        using var processor = new BatchEventProcessor<RingEvent, SummingHandler, BusySpinWaitStrategy>(
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

    internal static void Produce(RingBuffer<RingEvent> ring, long events, int batch)
    {
        var value = 0L;
        while (value < events)
        {
            var count = (int)Math.Min(batch, events - value);
            long high;
            while (ring.TryClaim(count, out high) == ClaimResult.BackPressured)
            {
                Thread.SpinWait(1);
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
