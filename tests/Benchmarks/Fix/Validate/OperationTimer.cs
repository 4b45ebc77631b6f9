using System.Diagnostics;

namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>What <see cref="OperationTimer"/> measured, per operation.</summary>
/// <param name="CpuNanos">The thread's CPU time over all timed rounds divided by the operations: the figure.</param>
/// <param name="WallMedianNanos">The median round's wall time: equal to the CPU figure on a quiet machine.</param>
/// <param name="Bytes">Bytes the thread allocated.</param>
public readonly record struct OperationCost(double CpuNanos, double WallMedianNanos, double Bytes);

/// <summary>
/// A quick figure for the benchmark program's summary. The machine is shared (at times ten runnable threads per
/// core), so a timed loop's wall time is mostly time spent waiting for a core: the figure is the thread's CPU time
/// per operation instead (<see cref="ThreadCpuClock"/>), after a warm-up long enough for tiered JIT to settle.
/// The median wall time of short rounds is kept beside it as a check. BenchmarkDotNet
/// (<see cref="FixParseValidateBenchmarks"/>) gives the distribution on a quiet machine.
/// </summary>
public static class OperationTimer
{
    private const int Rounds = 501;

    /// <summary>
    /// Wall time: tiered JIT recompiles hot methods on a background thread after a 100 ms quiet period, and on a
    /// crowded machine that thread waits for a core too.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(1500);

    /// <summary>One round runs the operation <paramref name="perRound"/> times and returns a sink the JIT cannot drop.</summary>
    public static OperationCost Measure(Func<int, long> round, int perRound)
    {
        long sink = 0;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < WarmUp)
        {
            sink += round(perRound);
        }

        var ticks = new long[Rounds];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.NowNanos();
        for (var r = 0; r < Rounds; r++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += round(perRound);
            ticks[r] = Stopwatch.GetTimestamp() - start;
        }

        var cpu = ThreadCpuClock.NowNanos() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        Array.Sort(ticks);
        var operations = Rounds * (long)perRound;
        var wallMedian = ticks[Rounds / 2] * (1e9 / Stopwatch.Frequency) / perRound;
        return new OperationCost((double)cpu / operations, wallMedian, (double)allocated / operations);
    }
}
