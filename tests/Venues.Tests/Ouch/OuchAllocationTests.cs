using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// The order path allocates nothing after warm-up: a request encoded and sent, the venue's Accepted and Executed
/// framed, decoded, applied to the persisted table and reported. Also the codecs alone.
/// </summary>
public sealed class OuchAllocationTests
{
    [TestCase(OuchDialect.Ouch42)]
    [TestCase(OuchDialect.Ouch50)]
    public void Sending_orders_and_reading_their_answers_allocates_nothing(OuchDialect dialect)
    {
        const int warmUp = 3_000;
        const int measured = 20_000;
        using var h = new OuchHarness(dialect, venueStore: new MemorySoupMessageStore(64 * 1024), maxOrders: 50_000);
        h.Connect();
        h.Sink.Record = false;
        h.Venue.Record = false;
        var request = new VenueRequest
        {
            Kind = VenueRequestKind.NewOrder,
            Side = Side.Buy,
            OrderType = OrderType.Limit,
            VenueId = 3,
            InstrumentId = OuchHarness.Aapl,
            Quantity = 100,
            Price = 150_25_000000,
        };
        var token = new byte[Ouch42Layout.TokenLength];

        for (var i = 1; i <= warmUp; i++)
        {
            _ = RoundTrip(h, ref request, i, token, dialect);
        }

        long allocated = 0;
        for (var i = warmUp + 1; i <= warmUp + measured; i++)
        {
            allocated += RoundTrip(h, ref request, i, token, dialect);
        }

        h.Venue.Count.Should().Be(warmUp + measured);
        h.Sink.Count.Should().Be(1 + (2 * (warmUp + measured)), "SessionUp, then Accepted and Fill per order");
        allocated.Should().Be(0, $"{allocated} bytes over {measured} orders");
    }

    [Test]
    public void Encoding_and_decoding_allocate_nothing()
    {
        var buffer = new byte[128];
        long sum = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            Ouch42Writer.EnterOrder(buffer, "00000000000001"u8, (byte)'B', (uint)i, "AAPL"u8, 1, 0, "FIRM"u8, (byte)'Y',
                (byte)'A', (byte)'N', 0, (byte)'N', (byte)'R');
            sum += new Ouch42EnterOrder(buffer).Shares;
            Ouch50Writer.Executed(buffer, 1, (uint)i, 10, 1, (byte)'A', 1);
            sum += new Ouch50Executed(buffer).UserRefNum;
            Ouch50Writer.BrokenTrade(buffer, 1, (uint)i, 7, (byte)'E', "C1"u8);
            sum += (long)new Ouch50BrokenTrade(buffer).MatchNumber;
            Ouch50Writer.PriorityUpdate(buffer, 1, (uint)i, 5, (byte)'Y', 9);
            sum += (long)new Ouch50PriorityUpdate(buffer).OrderReferenceNumber;
            Ouch50Writer.OrderModified(buffer, 1, (uint)i, (byte)'S', 10);
            sum += new Ouch50OrderModified(buffer).Quantity;
            Ouch50Writer.CancelPending(buffer, 1, (uint)i);
            sum += new Ouch50CancelPending(buffer).UserRefNum;
            Ouch50Writer.MassCancelRequest(buffer, (uint)i, "FIRM"u8, "AAPL"u8);
            sum += new Ouch50MassCancelRequest(buffer).UserRefNum;
            Ouch50Writer.OrderEntryRequest(buffer, true, (uint)i, "FIRM"u8);
            sum += new Ouch50OrderEntryRequest(buffer).UserRefNum;
            sum += Ouch50Writer.AccountQueryRequest(buffer);
            Ouch50Writer.MassCancelResponse(buffer, 1, (uint)i, "FIRM"u8, "AAPL"u8);
            sum += new Ouch50MassCancelResponse(buffer).UserRefNum;
            Ouch50Writer.OrderEntryResponse(buffer, false, 1, (uint)i, "FIRM"u8);
            sum += new Ouch50OrderEntryResponse(buffer).UserRefNum;
            Ouch50Writer.AccountQueryResponse(buffer, 1, (uint)i);
            sum += new Ouch50AccountQueryResponse(buffer).NextUserRefNum;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        sum.Should().BeGreaterThan(0);
    }

    [TestCase(OuchDialect.Ouch42)]
    [TestCase(OuchDialect.Ouch50)]
    public void Reading_the_other_order_events_and_account_responses_allocates_nothing(OuchDialect dialect)
    {
        using var h = new OuchHarness(dialect, venueStore: new MemorySoupMessageStore(64 * 1024));
        h.Connect();
        h.Send(VenueRequestKind.NewOrder, 5001, quantity: 1_000_000).Should().Be(VenueSendResult.Sent);
        h.Sink.Record = false;
        var token = new byte[Ouch42Layout.TokenLength];
        SoupAscii.WriteZeroPadded(token, 1);
        var types = dialect == OuchDialect.Ouch42 ? "BPTM" : "BPTMXGKQ";
        long allocated = 0;
        for (var i = 0; i < 6_000; i++)
        {
            var type = (byte)types[i % types.Length];
            var length = dialect == OuchDialect.Ouch42
                ? type switch
                {
                    (byte)'B' => Ouch42Writer.BrokenTrade(h.Buffer, 1, token, (ulong)i, (byte)'E'),
                    (byte)'P' => Ouch42Writer.CancelPending(h.Buffer, 1, token),
                    (byte)'T' => Ouch42Writer.PriorityUpdate(h.Buffer, 1, token, 5, (byte)'Y', 9),
                    _ => Ouch42Writer.OrderModified(h.Buffer, 1, token, (byte)'B', 500_000),
                }
                : type switch
                {
                    (byte)'B' => Ouch50Writer.BrokenTrade(h.Buffer, 1, 1, (ulong)i, (byte)'E', "5001"u8),
                    (byte)'P' => Ouch50Writer.CancelPending(h.Buffer, 1, 1),
                    (byte)'T' => Ouch50Writer.PriorityUpdate(h.Buffer, 1, 1, 5, (byte)'Y', 9),
                    (byte)'M' => Ouch50Writer.OrderModified(h.Buffer, 1, 1, (byte)'B', 500_000),
                    (byte)'X' => Ouch50Writer.MassCancelResponse(h.Buffer, 1, 7, "FIRM"u8, "AAPL"u8),
                    (byte)'G' or (byte)'K' => Ouch50Writer.OrderEntryResponse(h.Buffer, type == 'K', 1, 7, "FIRM"u8),
                    _ => Ouch50Writer.AccountQueryResponse(h.Buffer, 1, (uint)i),
                };
            h.Server.SendSequenced(h.Buffer.AsSpan(0, length));
            var before = GC.GetAllocatedBytesForCurrentThread();
            h.Adapter.DoWork(0);
            if (i >= 1_000)
            {
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        h.Adapter.Counters[OuchVenueCounter.UnknownMessages].Should().Be(0);
        h.Adapter.Counters[OuchVenueCounter.BrokenTrades].Should().Be(6_000 / types.Length);
        allocated.Should().Be(0);
    }

    /// <summary>Returns the bytes the adapter's calls allocated (the venue side's store grows, which is not ours to measure).</summary>
    private static long RoundTrip(OuchHarness h, ref VenueRequest request, int id, byte[] token, OuchDialect dialect)
    {
        request.ClOrdId = 1_000_000 + id;
        var before = GC.GetAllocatedBytesForCurrentThread();
        h.Adapter.TrySend(in request);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        h.Server.DoWork(0);
        int length;
        if (dialect == OuchDialect.Ouch42)
        {
            SoupAscii.WriteZeroPadded(token, id);
            length = Ouch42Writer.Accepted(h.Buffer, 1, token, (byte)'B', 100, "AAPL"u8, 1_502_500, 99998, "FIRM"u8,
                (byte)'Y', (ulong)id, (byte)'A', (byte)'N', 0, (byte)'N', (byte)'L', (byte)' ');
            h.Server.SendSequenced(h.Buffer.AsSpan(0, length));
            length = Ouch42Writer.Executed(h.Buffer, 2, token, 100, 1_502_500, (byte)'A', (ulong)id);
        }
        else
        {
            length = Ouch50Writer.Accepted(h.Buffer, 1, (uint)id, (byte)'B', 100, "AAPL"u8, 1_502_500, (byte)'0', (byte)'Y',
                (ulong)id, (byte)'A', (byte)'N', (byte)'N', (byte)'L', "X"u8);
            h.Server.SendSequenced(h.Buffer.AsSpan(0, length));
            length = Ouch50Writer.Executed(h.Buffer, 2, (uint)id, 100, 1_502_500, (byte)'A', (ulong)id);
        }

        h.Server.SendSequenced(h.Buffer.AsSpan(0, length));
        before = GC.GetAllocatedBytesForCurrentThread();
        h.Adapter.DoWork(0);
        return allocated + GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
