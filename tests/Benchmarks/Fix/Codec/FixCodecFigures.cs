using System.Diagnostics;

namespace Gateway.Benchmarks.Fix.Codec;

/// <summary>
/// Quick Stopwatch figures for the benchmark program's summary (fix_parse_validate_nos_ns, fix_encode_nos_ns):
/// warm up, then time <see cref="DefaultIterations"/> operations in batches of <see cref="BatchSize"/> and count the
/// bytes allocated on this thread over all of them. The ns/op reported is the median batch: a batch the scheduler
/// preempted (a shared CI machine) does not drag it up, as it would a plain mean. Not a substitute for the
/// BenchmarkDotNet classes, which give the distribution.
/// </summary>
public static class FixCodecFigures
{
    public const int DefaultIterations = 2_000_000;
    public const int BatchSize = 10_000;
    private const int WarmUpIterations = 200_000;

    /// <summary>Frame + scan + typed reads of a NewOrderSingle. The validator, when wired in, adds its own cost.</summary>
    public static (double nsPerOp, double bytesPerOp) MeasureParse(int iterations = DefaultIterations)
    {
        var timing = TimeParse(iterations);
        return (timing.MedianNsPerOp, timing.BytesPerOp);
    }

    /// <summary>Encoding a NewOrderSingle with FixWriter into a reused buffer.</summary>
    public static (double nsPerOp, double bytesPerOp) MeasureEncode(int iterations = DefaultIterations)
    {
        var timing = TimeEncode(iterations);
        return (timing.MedianNsPerOp, timing.BytesPerOp);
    }

    public static CodecTiming TimeParse(int iterations = DefaultIterations)
    {
        var workload = new FixCodecWorkload();
        var frame = workload.NewOrderSingle;
        return Time(iterations, i =>
        {
            workload.Parse(frame, out var order);
            return order.PriceTicks;
        });
    }

    public static CodecTiming TimeEncode(int iterations = DefaultIterations)
    {
        var buffer = new byte[1024];
        return Time(iterations, i => FixCodecWorkload.Encode(buffer, i, FixCodecWorkload.SendingTimeNanos + i));
    }

    private static CodecTiming Time(int iterations, Func<int, long> operation)
    {
        var batches = Math.Max(1, iterations / BatchSize);
        var nsPerOp = new double[batches];
        long sink = 0;
        for (var i = 0; i < WarmUpIterations; i++)
        {
            sink += operation(i);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var total = TimeSpan.Zero;
        for (var batch = 0; batch < batches; batch++)
        {
            var started = Stopwatch.GetTimestamp(); // not StartNew: that allocates inside the measured window
            for (var i = 0; i < BatchSize; i++)
            {
                sink += operation(i);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            total += elapsed;
            nsPerOp[batch] = elapsed.TotalNanoseconds / BatchSize;
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        GC.KeepAlive(sink);
        var operations = (double)batches * BatchSize;
        Array.Sort(nsPerOp);
        return new CodecTiming(nsPerOp[batches / 2], nsPerOp[0], total.TotalNanoseconds / operations, bytes / operations);
    }
}

/// <summary>ns per operation over batches (median, best batch, overall mean) and bytes allocated per operation.</summary>
public readonly record struct CodecTiming(double MedianNsPerOp, double BestNsPerOp, double MeanNsPerOp, double BytesPerOp);
