using Gateway.Sessions.Metrics;

namespace Gateway.Operations.Metrics;

/// <summary>
/// A <see cref="LatencyHistogram"/> (nanoseconds, 3 significant digits) as a Prometheus histogram in seconds:
/// cumulative <c>_bucket{le=...}</c> counts at fixed bounds from 1 µs to 1 s, <c>+Inf</c> equal to <c>_count</c>, and
/// <c>_sum</c>. A slot of the histogram counts toward a bound when its highest value is at or below it, so a bucket
/// may miss values within the slot width (1/1024) just under its bound, never take values above it.
/// </summary>
public static class PrometheusHistogram
{
    /// <summary>Bucket bounds in nanoseconds.</summary>
    public static readonly long[] BoundsNanos =
    [
        1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
        1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000,
        1_000_000_000,
    ];

    public static void Write(PrometheusText text, string name, string help, LatencyHistogram histogram)
    {
        text.Family(name, "histogram", help);
        var counts = CumulativeCounts(histogram);
        for (var b = 0; b < BoundsNanos.Length; b++)
        {
            text.Sample(name + "_bucket", counts[b], ("le", PrometheusText.Number(BoundsNanos[b] / 1e9)));
        }

        text.Sample(name + "_bucket", histogram.Count, ("le", "+Inf"));
        text.Sample(name + "_sum", histogram.Count == 0 ? 0.0 : histogram.Mean * histogram.Count / 1e9);
        text.Sample(name + "_count", histogram.Count);
    }

    /// <summary>Values at or below each bound (cold: walks every slot once).</summary>
    public static long[] CumulativeCounts(LatencyHistogram histogram)
    {
        var counts = new long[BoundsNanos.Length];
        var slots = HistogramLayout.CountsLengthFor(histogram.HighestTrackableValue);
        var bound = 0;
        long seen = 0;
        for (var i = 0; i < slots; i++)
        {
            var highest = HistogramLayout.HighestValueAt(i);
            while (bound < BoundsNanos.Length && highest > BoundsNanos[bound])
            {
                counts[bound++] = seen;
            }

            if (bound == BoundsNanos.Length)
            {
                return counts;
            }

            seen += histogram.CountAt(HistogramLayout.LowestValueAt(i));
        }

        while (bound < BoundsNanos.Length)
        {
            counts[bound++] = seen;
        }

        return counts;
    }
}
