using Gateway.Benchmarks.Harness;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// fix_rtt_{spin,default}_* : NewOrderSingle → ExecutionReport round trips between our initiator and our acceptor,
/// file stores (what a user's configuration has), plus fix_rtt_spin_memstore_p50_us to show the file store's share.
/// </summary>
public static class FixRoundTripFigures
{
    public static void Measure(RoundTripOptions spin, FigureReport report, TextWriter progress)
    {
        var spinResult = Run(spin, progress);
        report.Add("fix_rtt_spin_p50_us", Micros(spinResult.Histogram.ValueAtPercentile(50)));
        report.Add("fix_rtt_spin_p99_us", Micros(spinResult.Histogram.ValueAtPercentile(99)));
        report.Add("fix_rtt_spin_p999_us", Micros(spinResult.Histogram.ValueAtPercentile(99.9)));
        report.Add("fix_rtt_spin_alloc_bytes_per_rt", spinResult.InitiatorBytesPerRoundTrip + spinResult.AcceptorBytesPerRoundTrip);

        var memory = Run(spin with { Store = StoreKind.Memory }, progress);
        report.Add("fix_rtt_spin_memstore_p50_us", Micros(memory.Histogram.ValueAtPercentile(50)));

        var backoff = Run(spin with { Idle = EngineIdle.Default, Pin = false }, progress);
        report.Add("fix_rtt_default_p50_us", Micros(backoff.Histogram.ValueAtPercentile(50)));
        report.Add("fix_rtt_default_p99_us", Micros(backoff.Histogram.ValueAtPercentile(99)));
    }

    private static RoundTripResult Run(RoundTripOptions options, TextWriter progress)
    {
        var result = FixRoundTrip.Run(options);
        LatencyHistogram h = result.Histogram;
        var budgetNote = h.Count < options.RoundTrips ? $" (time budget spent: {h.Count} of {options.RoundTrips})" : "";
        progress.WriteLine(
            $"fix_rtt ({options.Describe()}){budgetNote}: {h.Count} round trips after {options.WarmupRoundTrips} warm-up in " +
            $"{result.Elapsed.TotalSeconds:0.0} s: p50 {Micros(h.ValueAtPercentile(50)):0.0} us, " +
            $"p90 {Micros(h.ValueAtPercentile(90)):0.0} us, p99 {Micros(h.ValueAtPercentile(99)):0.0} us, " +
            $"p99.9 {Micros(h.ValueAtPercentile(99.9)):0.0} us, max {Micros(h.Max):0.0} us; allocated per round trip: " +
            $"initiator thread {result.InitiatorBytesPerRoundTrip:0.##} B, acceptor thread {result.AcceptorBytesPerRoundTrip:0.##} B; " +
            $"gen0 GCs {result.Gen0Collections}");
        return result;
    }

    private static double Micros(long nanos) => nanos / 1000.0;
}
