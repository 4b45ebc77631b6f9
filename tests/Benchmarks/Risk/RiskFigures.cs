using System.Diagnostics;
using Gateway.RiskChecks;

namespace Gateway.Benchmarks.Risk;

/// <summary>
/// Latency of one <see cref="RiskEngine.Check"/> with every check on, for notes and the pipeline benchmark mode:
/// each check timed alone with <see cref="Stopwatch.GetTimestamp"/> (the cancel that keeps the state steady is
/// outside the timing), the timings sorted for percentiles. Targets: p50 ≤ 200 ns, p99 ≤ 1 µs, 0 bytes.
/// </summary>
/// <param name="TimerOverheadNanos">The median cost of the two timestamp reads alone (included in the figures).</param>
public sealed record RiskFigures(
    int Checks,
    double P50Nanos,
    double P99Nanos,
    double P999Nanos,
    double MaxNanos,
    double MeanNanos,
    long AllocatedBytes,
    double TimerOverheadNanos)
{
    public static RiskFigures Measure(int checks = 1_000_000, int warmup = 200_000)
    {
        var setup = new RiskBenchmarkSetup();
        Run(setup, new long[warmup]);
        var ticks = new long[checks];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var failures = Run(setup, ticks);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (failures != 0)
        {
            throw new InvalidOperationException($"{failures} checks did not pass: the figures would not be of the full path.");
        }

        var overhead = TimerOverhead(checks);
        Array.Sort(ticks);
        double total = 0;
        foreach (var t in ticks)
        {
            total += t;
        }

        return new RiskFigures(
            checks,
            Nanos(ticks[checks / 2]),
            Nanos(ticks[(int)(checks * 0.99)]),
            Nanos(ticks[(int)(checks * 0.999)]),
            Nanos(ticks[^1]),
            Nanos(total / checks),
            allocated,
            overhead);
    }

    public override string ToString() =>
        $"risk check (all checks on), {Checks:N0} checks: p50 {P50Nanos:F0} ns, p99 {P99Nanos:F0} ns, " +
        $"p99.9 {P999Nanos:F0} ns, max {MaxNanos / 1000:F1} µs, mean {MeanNanos:F0} ns, {AllocatedBytes} bytes allocated " +
        $"(timer overhead {TimerOverheadNanos:F0} ns included)";

    private static int Run(RiskBenchmarkSetup setup, long[] ticks)
    {
        var engine = setup.Engine;
        var failures = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            var order = setup.NextOrder();
            var now = setup.NowNanos;
            var start = Stopwatch.GetTimestamp();
            var result = engine.Check(order, now);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            failures += result.Passed ? 0 : 1;
            engine.OnCanceled(order.StrategyId, order.ClientOrderId);
        }

        return failures;
    }

    private static double TimerOverhead(int samples)
    {
        var ticks = new long[Math.Min(samples, 100_000)];
        for (var i = 0; i < ticks.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(ticks);
        return Nanos(ticks[ticks.Length / 2]);
    }

    private static double Nanos(double ticks) => ticks * 1e9 / Stopwatch.Frequency;
}
