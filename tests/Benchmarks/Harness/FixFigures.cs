using Gateway.Benchmarks.Fix.RoundTrip;
using Gateway.Benchmarks.Fix.Validate;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// The FIX engine's own figures in the <c>fix</c> mode: the codec and validator on one NewOrderSingle, then
/// NewOrderSingle → ExecutionReport round trips between our initiator and our acceptor.
/// </summary>
public static class FixFigures
{
    public static void MeasureCodec(FigureReport report, TextWriter progress) =>
        ParseValidateFigures.Measure(report, progress);

    public static void MeasureRoundTrips(ModeArguments arguments, FigureReport report, TextWriter progress)
    {
        var options = new RoundTripOptions
        {
            RoundTrips = arguments.GetInt("round-trips", RoundTripOptions.DefaultRoundTrips),
            WarmupRoundTrips = arguments.GetInt("warmup", RoundTripOptions.DefaultWarmupRoundTrips),
            // Pinned by default: measured both ways on the 2-core VM, pinning kept the two spinning engines off each
            // other's core (unpinned, the scheduler at times stacks them and the ping-pong waits for a time slice).
            Pin = arguments.GetInt("pin", 1) != 0,
            DataDictionaryPath = SharedSpec.PathOf(SharedSpec.Fix44),
        };
        FixRoundTripFigures.Measure(options, report, progress);
    }

    /// <summary>
    /// The round trips over the floor measured in the same run (a shared machine moves both together):
    /// fix_rtt_spin_p50_over_floor against tcp_floor_spin_p50_us, fix_rtt_default_p50_over_floor against the
    /// blocking floor, which is what a thread that sleeps when idle can reach at best.
    /// </summary>
    public static void AddRatios(FigureReport report)
    {
        AddRatio(report, "fix_rtt_spin_p50_over_floor", "fix_rtt_spin_p50_us", "tcp_floor_spin_p50_us");
        AddRatio(report, "fix_rtt_spin_memstore_p50_over_floor", "fix_rtt_spin_memstore_p50_us", "tcp_floor_spin_p50_us");
        AddRatio(report, "fix_rtt_default_p50_over_floor", "fix_rtt_default_p50_us", "tcp_floor_blocking_p50_us");
    }

    private static void AddRatio(FigureReport report, string name, string figure, string floor)
    {
        if (TryGet(report, figure, out var value) && TryGet(report, floor, out var floorValue) && floorValue > 0)
        {
            report.Add(name, value / floorValue);
        }
    }

    private static bool TryGet(FigureReport report, string name, out double value)
    {
        foreach (var (figureName, text) in report.Figures)
        {
            if (figureName == name)
            {
                return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
            }
        }

        value = 0;
        return false;
    }
}
