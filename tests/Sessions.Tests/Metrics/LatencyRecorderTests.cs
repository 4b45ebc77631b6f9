using FluentAssertions;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Metrics;

public class LatencyRecorderTests
{
    [Test]
    public void An_interval_holds_what_was_recorded_since_the_previous_one()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(10);
        recorder.Record(20);
        LatencyHistogram first = recorder.TakeInterval();
        first.Count.Should().Be(2);

        recorder.Record(30);
        LatencyHistogram second = recorder.TakeInterval(recycle: first);
        second.Count.Should().Be(1);
        second.Min.Should().Be(30);

        LatencyHistogram third = recorder.TakeInterval(recycle: second);
        third.Should().BeSameAs(first, "the recycled histogram came back, reset");
        third.Count.Should().Be(0);
    }

    [Test]
    public void A_recycled_histogram_of_another_range_is_refused()
    {
        var recorder = new LatencyRecorder();
        var act = () => recorder.TakeInterval(new LatencyHistogram(highestTrackableValue: 1000));
        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Recording_does_not_allocate()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(1);
        recorder.RecordCorrected(10_000, 1_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100_000; i++)
        {
            recorder.Record(i);
            recorder.RecordCorrected(i, 1_000);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Test]
    [CancelAfter(60_000)]
    public void Intervals_taken_while_a_writer_records_lose_and_tear_nothing(CancellationToken cancellation)
    {
        const int Values = 3_000_000;
        var recorder = new LatencyRecorder();
        var writerDone = new ManualResetEventSlim();
        var writer = new Thread(() =>
        {
            for (int i = 0; i < Values; i++)
            {
                recorder.Record(ValueOf(i));
            }

            writerDone.Set();
        });

        var merged = new LatencyHistogram();
        LatencyHistogram? recycle = null;
        int intervals = 0;
        writer.Start();
        while (!writerDone.IsSet)
        {
            cancellation.ThrowIfCancellationRequested();
            LatencyHistogram interval = recorder.TakeInterval(recycle);
            merged.Add(interval);
            recycle = interval;
            intervals++;
        }

        writer.Join();
        merged.Add(recorder.TakeInterval(recycle));

        var expected = new LatencyHistogram();
        for (int i = 0; i < Values; i++)
        {
            expected.Record(ValueOf(i));
        }

        intervals.Should().BeGreaterThan(1, "the reader must have swapped while the writer ran");
        merged.Count.Should().Be(Values);
        merged.Min.Should().Be(expected.Min);
        merged.Max.Should().Be(expected.Max);
        foreach (double p in new[] { 1.0, 50, 90, 99, 99.9, 99.99 })
        {
            merged.ValueAtPercentile(p).Should().Be(expected.ValueAtPercentile(p), "p{0}", p);
        }
    }

    [Test]
    public void The_fields_the_two_threads_write_sit_on_separate_cache_lines()
    {
        var recorder = new LatencyRecorder();
        long distance = Math.Abs(FieldLayout.Distance(ref recorder._active.Value!, ref recorder._writerPhase.Value));
        distance.Should().BeGreaterThanOrEqualTo(2 * 64);
    }

    private static long ValueOf(int i) => 1 + ((i * 7919L) % 5_000_000);
}
