using FluentAssertions;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>After warm-up, sending requests and decoding reports allocate nothing (session included).</summary>
public sealed class FixVenueAllocationTests
{
    private const int Rounds = 1000;

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    public void TrySend_allocates_nothing(string beginString)
    {
        using var venue = new VenueHarness(beginString, o => o with
        {
            SecurityIds = new Dictionary<int, string> { [VenueHarness.Instrument] = "GB00BH4HKS39" },
            SecurityIdSource = "4",
            NewOrderTags = [new FixTag(100, "XLON")],
        }, store: new SequenceOnlyStore());
        venue.OwnConnection.Discard = true;
        var order = VenueHarness.NewOrder();
        var cancel = VenueHarness.Cancel();
        var replace = VenueHarness.Replace();

        var notSent = SendRounds(venue, ref order, ref cancel, ref replace); // warm-up: JIT, tiering
        notSent += SendRounds(venue, ref order, ref cancel, ref replace);
        var before = GC.GetAllocatedBytesForCurrentThread();
        notSent += SendRounds(venue, ref order, ref cancel, ref replace);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        notSent.Should().Be(0);
        venue.Adapter.Counters[FixVenueCounter.RequestsSent].Should().Be(3 * 3 * Rounds);
    }

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    public void Report_decoding_allocates_nothing(string beginString)
    {
        using var venue = new VenueHarness(beginString, store: new SequenceOnlyStore());
        venue.OwnConnection.Discard = true; // the session's answers (none expected) go nowhere
        var transType = beginString == "FIX.4.2" ? "20=0|" : "";
        var frames = new List<byte[]>();
        for (var i = 0; i < 2 * Rounds; i++)
        {
            frames.Add((i % 5) switch
            {
                0 => venue.Encode("8", $"37=V-9|17=E{i}|{transType}150=0|39=0|11={1000 + i}|55=VOD.L|54=1|38=100|44=123.45|14=0|151=100|6=0|60=20240305-10:00:01.500|"),
                1 => venue.Encode("8", $"37=V-9|17=E{i}|{transType}150=F|39=1|11={1000 + i}|55=VOD.L|54=1|38=100|44=123.45|32=40|31=123.4|14=40|151=60|6=123.4|60=20240305-10:00:01.500|", possDup: true),
                2 => venue.Encode("9", $"37=V-9|11={1000 + i}|41=999|39=0|434=2|102=1|58=Too late|"),
                3 => venue.Encode("8", $"37=V-9|17=E{i}|{transType}150=0|39=0|11=NOT-OURS|55=VOD.L|54=1|38=100|14=0|151=100|6=0|"),
                _ => venue.Encode("3", "45=999|373=1|58=Reject of nothing|"),
            });
        }

        Feed(venue, frames, 0, Rounds); // warm-up
        var count = venue.Sink.Count;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Feed(venue, frames, Rounds, Rounds);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        venue.Sink.Count.Should().Be(count + Rounds, "every frame became a report");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised);
    }

    /// <summary>Returns how many were not sent (no assertion inside: FluentAssertions allocates).</summary>
    private static int SendRounds(VenueHarness venue, ref VenueRequest order, ref VenueRequest cancel, ref VenueRequest replace)
    {
        var notSent = 0;
        for (var i = 0; i < Rounds; i++)
        {
            order.ClOrdId++;
            notSent += venue.Adapter.TrySend(in order) == VenueSendResult.Sent ? 0 : 1;
            cancel.ClOrdId++;
            notSent += venue.Adapter.TrySend(in cancel) == VenueSendResult.Sent ? 0 : 1;
            replace.ClOrdId++;
            notSent += venue.Adapter.TrySend(in replace) == VenueSendResult.Sent ? 0 : 1;
        }

        return notSent;
    }

    private static void Feed(VenueHarness venue, List<byte[]> frames, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            venue.Peer.TrySend(frames[i]);
            venue.Pump();
        }
    }
}
