using FluentAssertions;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Metrics;

public class LatencyHistogramTests
{
    private static readonly double[] Percentiles = [0, 0.1, 1, 10, 25, 50, 75, 90, 99, 99.9, 99.99, 99.999, 100];

    public static IEnumerable<TestCaseData> Distributions()
    {
        yield return new TestCaseData("uniform 1 ns .. 2 ms", (Func<Random, long>)(r => r.NextInt64(1, 2_000_000)));
        yield return new TestCaseData("exact range 0 .. 2047", (Func<Random, long>)(r => r.NextInt64(0, 2048)));
        yield return new TestCaseData("exponential, mean 20 us", (Func<Random, long>)(r => (long)(-Math.Log(1 - r.NextDouble()) * 20_000)));
        yield return new TestCaseData("log-uniform 1 ns .. 1 hour", (Func<Random, long>)(r => (long)Math.Exp(r.NextDouble() * Math.Log(HistogramLayout.OneHourNanos))));
        yield return new TestCaseData("bimodal 8 us / 80 us with 1 ms tail", (Func<Random, long>)(r => r.NextDouble() switch
        {
            < 0.7 => 8_000 + r.Next(0, 1_500),
            < 0.999 => 80_000 + r.Next(0, 40_000),
            _ => 1_000_000 + r.Next(0, 5_000_000),
        }));
    }

    [TestCaseSource(nameof(Distributions))]
    public void Percentiles_are_within_the_precision_bound_of_sorted_array_percentiles(string name, Func<Random, long> next)
    {
        var random = new Random(name.GetHashCode(StringComparison.Ordinal));
        long[] values = new long[200_001];
        var histogram = new LatencyHistogram();
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = next(random);
            histogram.Record(values[i]);
        }

        Array.Sort(values);
        histogram.Count.Should().Be(values.Length);
        histogram.Min.Should().Be(values[0]);
        histogram.Max.Should().Be(values[^1]);
        foreach (double p in Percentiles)
        {
            long expected = ExactPercentile(values, p);
            long actual = histogram.ValueAtPercentile(p);
            actual.Should().BeGreaterThanOrEqualTo(expected, "p{0} of {1}", p, name);
            (actual - expected).Should().BeLessThanOrEqualTo(expected / 1024, "p{0} of {1} is within 3 digits", p, name);
        }
    }

    [TestCaseSource(nameof(Distributions))]
    public void Mean_and_standard_deviation_are_within_the_precision_bound(string name, Func<Random, long> next)
    {
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) + 1);
        double[] values = new double[100_000];
        var histogram = new LatencyHistogram();
        for (int i = 0; i < values.Length; i++)
        {
            long v = next(random);
            values[i] = v;
            histogram.Record(v);
        }

        double mean = values.Average();
        double stdDev = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        histogram.Mean.Should().BeApproximately(mean, (mean / 1024) + 1, name);
        histogram.StdDev.Should().BeApproximately(stdDev, (stdDev / 512) + (mean / 512) + 1, name);
    }

    [Test]
    public void Values_below_2048_are_exact_at_every_percentile()
    {
        var histogram = new LatencyHistogram();
        for (long v = 1; v <= 1000; v++)
        {
            histogram.Record(v);
        }

        histogram.ValueAtPercentile(50).Should().Be(500);
        histogram.ValueAtPercentile(99.9).Should().Be(999);
        histogram.ValueAtPercentile(0.1).Should().Be(1);
        histogram.ValueAtPercentile(0).Should().Be(1);
        histogram.ValueAtPercentile(100).Should().Be(1000);
        histogram.Mean.Should().Be(500.5);
    }

    [Test]
    public void A_percentile_never_exceeds_the_exact_max()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(1_000_001);
        histogram.ValueAtPercentile(50).Should().Be(1_000_001);
        histogram.ValueAtPercentile(99.99).Should().Be(1_000_001);
    }

    [Test]
    public void An_empty_histogram_reports_zeros()
    {
        var histogram = new LatencyHistogram();
        histogram.Count.Should().Be(0);
        histogram.Min.Should().Be(0);
        histogram.Max.Should().Be(0);
        histogram.Mean.Should().Be(0);
        histogram.StdDev.Should().Be(0);
        histogram.ValueAtPercentile(99).Should().Be(0);
    }

    [Test]
    public void A_negative_value_is_dropped_and_counted()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(-5);
        histogram.Record(long.MinValue);
        histogram.Record(7);
        histogram.NegativeCount.Should().Be(2);
        histogram.Count.Should().Be(1);
        histogram.Min.Should().Be(7);
    }

    [Test]
    public void A_value_beyond_the_range_saturates_into_the_top_slot_and_is_counted()
    {
        var histogram = new LatencyHistogram(highestTrackableValue: 1_000_000);
        histogram.Record(long.MaxValue);
        histogram.Record(500);
        histogram.SaturatedCount.Should().Be(1);
        histogram.Count.Should().Be(2);
        histogram.Max.Should().Be(histogram.HighestTrackableValue);
        histogram.ValueAtPercentile(100).Should().Be(histogram.HighestTrackableValue);
        histogram.HighestTrackableValue.Should().BeGreaterThanOrEqualTo(1_000_000);
    }

    [Test]
    public void Recording_a_count_equals_recording_the_value_that_many_times()
    {
        var once = new LatencyHistogram();
        var many = new LatencyHistogram();
        once.Record(123_456, 1000);
        for (int i = 0; i < 1000; i++)
        {
            many.Record(123_456);
        }

        AssertSameContents(once, many);
    }

    [TestCase(10_000L, 1_000L)]
    [TestCase(10_500L, 1_000L)]
    [TestCase(1_999L, 1_000L)]
    [TestCase(999L, 1_000L)]
    [TestCase(5_000_000L, 3L)]
    [TestCase(123_456_789L, 10_007L)]
    [TestCase(1_000_000L, 0L)]
    public void Corrected_recording_adds_the_samples_a_stall_hid(long value, long interval)
    {
        var corrected = new LatencyHistogram();
        corrected.RecordCorrected(value, interval);

        var naive = new LatencyHistogram();
        naive.Record(value);
        if (interval > 0)
        {
            for (long missing = value - interval; missing >= interval; missing -= interval)
            {
                naive.Record(missing);
            }
        }

        AssertSameContents(corrected, naive);
    }

    [Test]
    [CancelAfter(10_000)]
    public void An_hour_long_stall_at_a_microsecond_interval_is_corrected_in_one_step_per_slot()
    {
        var histogram = new LatencyHistogram();
        histogram.RecordCorrected(HistogramLayout.OneHourNanos, 1_000);

        histogram.Count.Should().Be(HistogramLayout.OneHourNanos / 1_000);
        histogram.Min.Should().Be(1_000);
        histogram.Max.Should().Be(HistogramLayout.OneHourNanos);
        long median = histogram.ValueAtPercentile(50);
        median.Should().BeInRange(HistogramLayout.OneHourNanos / 2, (HistogramLayout.OneHourNanos / 2) + (HistogramLayout.OneHourNanos / 2048));
    }

    [Test]
    public void Adding_histograms_equals_recording_everything_into_one()
    {
        var random = new Random(42);
        var all = new LatencyHistogram();
        var left = new LatencyHistogram();
        var right = new LatencyHistogram();
        for (int i = 0; i < 50_000; i++)
        {
            long v = random.NextInt64(0, 10_000_000);
            all.Record(v);
            (i % 3 == 0 ? left : right).Record(v);
        }

        left.Add(right);
        AssertSameContents(left, all);
    }

    [Test]
    public void Adding_a_wider_histogram_saturates_what_does_not_fit()
    {
        var narrow = new LatencyHistogram(highestTrackableValue: 1_000_000);
        var wide = new LatencyHistogram();
        wide.Record(10);
        wide.Record(50_000_000);
        narrow.Add(wide);
        narrow.Count.Should().Be(2);
        narrow.SaturatedCount.Should().Be(1);
        narrow.Max.Should().Be(narrow.HighestTrackableValue);
    }

    [Test]
    public void Reset_empties_everything()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(5);
        histogram.Record(-1);
        histogram.Reset();
        histogram.Count.Should().Be(0);
        histogram.NegativeCount.Should().Be(0);
        histogram.CountAt(5).Should().Be(0);
        histogram.Record(9);
        histogram.Min.Should().Be(9);
        histogram.Max.Should().Be(9);
    }

    [Test]
    public void Recording_does_not_allocate()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(1);
        histogram.Record(-1);
        histogram.Record(long.MaxValue);
        histogram.RecordCorrected(100_000, 1_000);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long v = 0; v < 1_000_000; v++)
        {
            histogram.Record(v * 37);
            histogram.RecordCorrected(v, 1_000);
        }

        histogram.Record(-3);
        histogram.Record(long.MaxValue);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [TestCase(99.9, 1000, 999)]
    [TestCase(50.0, 3, 2)]
    [TestCase(99.99, 10_000, 9_999)]
    [TestCase(0.0001, 10, 1)]
    [TestCase(100, 7, 7)]
    public void Rank_is_the_nearest_rank_despite_binary_rounding(double percentile, long count, long rank)
    {
        LatencyHistogram.RankOf(percentile, count).Should().Be(rank);
    }

    /// <summary>Nearest rank computed in decimal, free of binary rounding: the reference the histogram must meet.</summary>
    private static long ExactPercentile(long[] sorted, double percentile)
    {
        if (percentile == 0)
        {
            return sorted[0];
        }

        long rank = (long)Math.Ceiling((decimal)percentile * sorted.Length / 100m);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static void AssertSameContents(LatencyHistogram actual, LatencyHistogram expected)
    {
        actual.Count.Should().Be(expected.Count);
        actual.Min.Should().Be(expected.Min);
        actual.Max.Should().Be(expected.Max);
        var differences = new List<string>();
        for (int i = 0; i < actual.CountsLength; i++)
        {
            long value = HistogramLayout.LowestValueAt(i);
            if (actual.CountAt(value) != expected.CountAt(value))
            {
                differences.Add($"slot {i} (from {value}): {actual.CountAt(value)} instead of {expected.CountAt(value)}");
            }
        }

        differences.Should().BeEmpty();
    }
}
