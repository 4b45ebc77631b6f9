using System.Diagnostics;

namespace Gateway.Benchmarks.Fix.Codec;

/// <summary>
/// Quick Stopwatch figures for the benchmark program's summary (fix_parse_validate_nos_ns, fix_encode_nos_ns):
/// warm up, then time <see cref="DefaultIterations"/> operations and count the bytes allocated on this thread.
/// Not a substitute for the BenchmarkDotNet classes, which give the distribution.
/// </summary>
public static class FixCodecFigures
{
    public const int DefaultIterations = 2_000_000;

    /// <summary>Frame + scan + typed reads of a NewOrderSingle. The validator, when it lands, adds its own cost.</summary>
    public static (double nsPerOp, double bytesPerOp) MeasureParse(int iterations = DefaultIterations)
    {
        var workload = new FixCodecWorkload();
        var frame = workload.NewOrderSingle;
        long sink = 0;
        for (var i = 0; i < 200_000; i++)
        {
            workload.Parse(frame, out var warm);
            sink += warm.PriceTicks;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            workload.Parse(frame, out var order);
            sink += order.PriceTicks;
        }

        stopwatch.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        GC.KeepAlive(sink);
        return (stopwatch.Elapsed.TotalNanoseconds / iterations, (double)bytes / iterations);
    }

    /// <summary>Encoding a NewOrderSingle with FixWriter into a reused buffer.</summary>
    public static (double nsPerOp, double bytesPerOp) MeasureEncode(int iterations = DefaultIterations)
    {
        var buffer = new byte[1024];
        long sink = 0;
        for (var i = 0; i < 200_000; i++)
        {
            sink += FixCodecWorkload.Encode(buffer, i, FixCodecWorkload.SendingTimeNanos + i);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            sink += FixCodecWorkload.Encode(buffer, i, FixCodecWorkload.SendingTimeNanos + i);
        }

        stopwatch.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        GC.KeepAlive(sink);
        return (stopwatch.Elapsed.TotalNanoseconds / iterations, (double)bytes / iterations);
    }
}
