using System.Diagnostics;
using Gateway.Benchmarks.Fix.Codec;
using Gateway.Benchmarks.Harness;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// Quick Stopwatch figures of the OUCH codecs for the <c>ouch</c> mode, timed like the FIX codec figures: warm up,
/// then batches of <see cref="BatchSize"/> operations; ns/op is the median batch (a preempted batch does not drag it
/// up), bytes/op counts every byte this thread allocated over all batches. The operation is a struct type parameter,
/// so the JIT inlines it into the loop and no delegate call is timed. BenchmarkDotNet: <see cref="OuchCodecBenchmarks"/>.
/// </summary>
public static class OuchCodecFigures
{
    public const int DefaultIterations = 4_000_000;
    private const int BatchSize = 10_000;
    private const int WarmUpIterations = 300_000;

    public static void Measure(int iterations, FigureReport report, TextWriter progress)
    {
        var workload = new OuchCodecWorkload();
        var encode42 = Time(new Encode42(workload), iterations);
        var decode42 = Time(new Decode42(workload), iterations);
        var encode50 = Time(new Encode50(workload), iterations);
        var decode50 = Time(new Decode50(workload), iterations);
        Print(progress, "OUCH 4.2 encode Enter Order (token text + 49 bytes)", encode42);
        Print(progress, "OUCH 4.2 decode Executed (length check, fields, token parsed)", decode42);
        Print(progress, "OUCH 5.0 encode Enter Order (ClOrdID text + 47 bytes)", encode50);
        Print(progress, "OUCH 5.0 decode Executed (completeness, fields, appendage walked)", decode50);

        report.Add("ouch_encode_enter_ns", encode42.MedianNsPerOp);
        report.Add("ouch_decode_executed_ns", decode42.MedianNsPerOp);
        report.Add("ouch50_encode_enter_ns", encode50.MedianNsPerOp);
        report.Add("ouch50_decode_executed_ns", decode50.MedianNsPerOp);

        // Encode + decode, both dialects: every byte any of them allocated, per message.
        var bytes = encode42.BytesPerOp + decode42.BytesPerOp + encode50.BytesPerOp + decode50.BytesPerOp;
        report.Add("ouch_bytes_per_msg", bytes);
    }

    private static void Print(TextWriter progress, string what, CodecTiming timing) =>
        progress.WriteLine(
            $"{what}: median {timing.MedianNsPerOp:0.0} ns, best batch {timing.BestNsPerOp:0.0} ns, " +
            $"mean {timing.MeanNsPerOp:0.0} ns, {timing.BytesPerOp:0.###} bytes/op");

    private static CodecTiming Time<T>(T operation, int iterations)
        where T : struct, ICodecOperation
    {
        var batches = Math.Max(1, iterations / BatchSize);
        var nsPerOp = new double[batches];
        long sink = 0;
        for (var i = 0; i < WarmUpIterations; i++)
        {
            sink += operation.Run(i);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var total = TimeSpan.Zero;
        var op = 0;
        for (var batch = 0; batch < batches; batch++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < BatchSize; i++)
            {
                sink += operation.Run(op++);
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

    private interface ICodecOperation
    {
        long Run(int i);
    }

    private readonly struct Encode42(OuchCodecWorkload workload) : ICodecOperation
    {
        public long Run(int i) => workload.EncodeEnter42(1 + i);
    }

    private readonly struct Decode42(OuchCodecWorkload workload) : ICodecOperation
    {
        public long Run(int i) => workload.DecodeExecuted42();
    }

    private readonly struct Encode50(OuchCodecWorkload workload) : ICodecOperation
    {
        public long Run(int i) => workload.EncodeEnter50((uint)(1 + i), 1_700_000_000_000_000 + i);
    }

    private readonly struct Decode50(OuchCodecWorkload workload) : ICodecOperation
    {
        public long Run(int i) => workload.DecodeExecuted50();
    }
}
