using FluentAssertions;
using Gateway.Operations.Metrics;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Tests.Operations;

public sealed class PrometheusTextTests
{
    [Test]
    [CancelAfter(5_000)]
    public void Labels_and_help_are_escaped_and_a_family_is_written_once(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var writer = new StringWriter();
        var text = new PrometheusText(writer);
        text.Family("x_total", "counter", "a \\ b\nc");
        text.Sample("x_total", 3, ("session", "a\"b\\c\nd"), ("protocol", "FIX.4.4"));
        text.Sample("x_total", 0.5);

        writer.ToString().Should().Be(
            "# HELP x_total a \\\\ b\\nc\n# TYPE x_total counter\n" +
            "x_total{session=\"a\\\"b\\\\c\\nd\",protocol=\"FIX.4.4\"} 3\nx_total 0.5\n");
        FluentActions.Invoking(() => text.Family("x_total", "counter", "again")).Should().Throw<InvalidOperationException>();
    }

    [TestCase(double.PositiveInfinity, "+Inf")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(0.000001, "0.000001")]
    [TestCase(2.5e-6, "0.0000025")]
    [TestCase(1.0, "1")]
    [CancelAfter(5_000)]
    public void Numbers_are_written_as_prometheus_reads_them(double value, string expected, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        PrometheusText.Number(value).Should().Be(expected);
    }

    [Test]
    [CancelAfter(5_000)]
    public void Histogram_buckets_count_values_at_or_below_each_bound(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var histogram = new LatencyHistogram();
        histogram.Record(500);           // ≤ 1 µs
        histogram.Record(1_000);         // ≤ 1 µs (exact below 2048)
        histogram.Record(3_000);         // ≤ 5 µs
        histogram.Record(40_000);        // ≤ 50 µs
        histogram.Record(2_000_000_000); // above 1 s: only +Inf

        var counts = PrometheusHistogram.CumulativeCounts(histogram);
        var bounds = PrometheusHistogram.BoundsNanos;
        counts[Array.IndexOf(bounds, 1_000L)].Should().Be(2);
        counts[Array.IndexOf(bounds, 2_500L)].Should().Be(2);
        counts[Array.IndexOf(bounds, 5_000L)].Should().Be(3);
        counts[Array.IndexOf(bounds, 25_000L)].Should().Be(3);
        counts[Array.IndexOf(bounds, 50_000L)].Should().Be(4);
        counts[^1].Should().Be(4);
        counts.Should().BeInAscendingOrder();

        using var writer = new StringWriter();
        PrometheusHistogram.Write(new PrometheusText(writer), "lat_seconds", "help", histogram);
        writer.ToString().Should().Contain("lat_seconds_bucket{le=\"0.000001\"} 2\n")
            .And.Contain("lat_seconds_bucket{le=\"+Inf\"} 5\n").And.Contain("lat_seconds_count 5\n");
    }

    [Test]
    [CancelAfter(10_000)]
    public void Latency_totals_keep_everything_recorded_across_snapshots(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var recorder = new LatencyRecorder();
        recorder.Record(1_000);
        recorder.Record(2_000);
        LatencyTotals.Of(recorder).Snapshot().Count.Should().Be(2);
        recorder.Record(3_000);
        var snapshot = LatencyTotals.Of(recorder).Snapshot();
        (snapshot.Count, snapshot.Max).Should().Be((3L, 3_000L));
        LatencyTotals.Of(recorder).Should().BeSameAs(LatencyTotals.Of(recorder));
    }
}
