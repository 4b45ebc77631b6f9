using FluentAssertions;
using Gateway.Operations.Metrics;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Tests.Operations;

/// <summary>A recorder gives each sample to one taker: the totals fan every interval out to the totals and to each reader.</summary>
public sealed class LatencyTotalsTests
{
    [Test]
    public void A_reader_gets_every_sample_once_even_when_the_totals_are_read_in_between()
    {
        var recorder = new LatencyRecorder();
        var totals = LatencyTotals.Of(recorder);
        var reader = totals.NewReader();
        recorder.Record(1_000);
        totals.Snapshot().Count.Should().Be(1, "the metrics endpoint scraped first");
        recorder.Record(2_000);

        var first = reader.TakeInterval(null);
        (first.Count, first.Max).Should().Be((2L, 2_000L), "the scrape must not take the reader's samples");

        recorder.Record(5_000);
        var second = reader.TakeInterval(first);
        second.Should().NotBeSameAs(first);
        (second.Count, second.Min, second.Max).Should().Be((1L, 5_000L, 5_000L));
        totals.Snapshot().Count.Should().Be(3);
    }

    [Test]
    public void Two_readers_each_see_every_sample_and_a_new_reader_starts_from_now()
    {
        var recorder = new LatencyRecorder();
        var totals = LatencyTotals.Of(recorder);
        var a = totals.NewReader();
        recorder.Record(1_000);
        var b = totals.NewReader();
        recorder.Record(2_000);

        a.TakeInterval(null).Count.Should().Be(2);
        b.TakeInterval(null).Count.Should().Be(1);
        a.TakeInterval(null).Count.Should().Be(0);
    }
}
