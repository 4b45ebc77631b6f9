using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>A new adapter on the same state folder: tokens go on, sent ClOrdIds are known, replays do not count twice.</summary>
public sealed class OuchRestartTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Path.Combine(Path.GetTempPath(), $"ouch-{Guid.NewGuid():N}");

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_restarted_adapter_continues_the_tokens_and_marks_replayed_messages_as_possible_duplicates()
    {
        var venueStore = new MemorySoupMessageStore();
        using (var first = new OuchHarness(OuchDialect.Ouch50, _directory, venueStore))
        {
            first.Connect();
            first.Send(VenueRequestKind.NewOrder, 5001, quantity: 300);
            first.Send(VenueRequestKind.NewOrder, 5002);
            first.VenueSends(Ouch50Writer.Executed(first.Buffer, 1, 1, 100, 1_502_500, (byte)'A', 77));
            first.Adapter.Session.NextExpectedSequence.Should().Be(2);
        }

        using var second = new OuchHarness(OuchDialect.Ouch50, _directory, venueStore);
        second.Adapter.HasSent(5001).Should().BeTrue();
        second.Adapter.HasSent(5002).Should().BeTrue();
        second.Adapter.HasSent(5003).Should().BeFalse();
        second.Adapter.Orders.NextToken.Should().Be(3);

        // The journal applied nothing: ask for everything again.
        second.Adapter.ResumeFromVenueSequence(0);
        second.Connect();
        var replayed = second.Sink.Reports.Single(r => r.Kind == VenueReportKind.Fill);
        (replayed.PossibleDuplicate, replayed.VenueSequence, replayed.CumQuantity).Should().Be((true, 1L, 100L));
        second.Adapter.Counters[OuchVenueCounter.Replayed].Should().Be(1);

        second.Send(VenueRequestKind.NewOrder, 5003).Should().Be(VenueSendResult.Sent);
        new Ouch50EnterOrder(second.LastReceived).UserRefNum.Should().Be(3, "a restart never reuses a UserRefNum");

        var fresh = second.VenueSends(Ouch50Writer.Executed(second.Buffer, 1, 1, 50, 1_502_500, (byte)'A', 78));
        (fresh.PossibleDuplicate, fresh.VenueSequence, fresh.CumQuantity, fresh.LeavesQuantity).Should().Be((false, 2L, 150L, 150L));
    }

    [Test]
    public void A_slot_written_before_a_crash_is_never_reused()
    {
        var path = Path.Combine(_directory, "t.ouchorders");
        using (var table = new OuchOrderTable(path, 100))
        {
            table.Commit(table.Reserve(11, 0, 100, 0));
            table.Reserve(12, 0, 100, 0); // the process dies before the send's outcome
        }

        using var reopened = new OuchOrderTable(path, 100);
        reopened.NextToken.Should().Be(3);
        reopened.TokenOf(11).Should().Be(1);
        reopened.Contains(12).Should().BeTrue("the request may have reached the venue");
    }

    [Test]
    public void A_full_table_refuses_new_orders_as_invalid()
    {
        using var h = new OuchHarness(OuchDialect.Ouch42, Path.Combine(_directory, "small"));
        h.Adapter.Dispose();
        using var small = new OuchVenueAdapter(h.Options with { MaxOrdersPerDay = 1, Name = "SMALL" }, h.Sink, h.Clock);
        var (client, server) = InMemoryConnection.CreatePair();
        h.Server.Attach(server, h.Clock.NowNanos());
        small.Session.Attach(client, h.Clock.NowNanos());
        h.Server.DoWork(h.Clock.NowNanos());
        small.DoWork(h.Clock.NowNanos());

        var request = new VenueRequest { Kind = VenueRequestKind.NewOrder, Side = Side.Buy, OrderType = OrderType.Limit, InstrumentId = 7, ClOrdId = 1, Quantity = 1, Price = 1_00000000 };
        small.TrySend(in request).Should().Be(VenueSendResult.Sent);
        request.ClOrdId = 2;
        small.TrySend(in request).Should().Be(VenueSendResult.Invalid);
        small.Counters[OuchVenueCounter.TokensExhausted].Should().Be(1);
    }
}
