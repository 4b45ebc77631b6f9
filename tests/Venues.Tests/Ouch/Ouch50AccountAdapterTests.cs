using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// OUCH 5.0 account level: the Account Query after login and its answer raising (never lowering) the next UserRefNum;
/// Mass Cancel / Disable / Enable Order Entry Responses counted, not reported, not taken for System Events.
/// </summary>
public sealed class Ouch50AccountAdapterTests
{
    private const ulong Ts = 1_000;

    [Test]
    public void With_the_option_an_account_query_follows_the_login()
    {
        using var h = new OuchHarness(OuchDialect.Ouch50, queryAccountOnLogin: true);
        h.Connect();

        h.Venue.Received.Should().ContainSingle().Which.Should().Equal(Hex.Of("'Q'", "0000"));
        h.Adapter.Counters.SentOfType('Q').Should().Be(1);
    }

    [Test]
    public void Without_the_option_nothing_is_sent_at_login()
    {
        using var h = new OuchHarness(OuchDialect.Ouch50);
        h.Connect();

        h.Venue.Received.Should().BeEmpty();
    }

    [Test]
    public void An_ouch42_adapter_never_sends_an_account_query()
    {
        using var h = new OuchHarness(OuchDialect.Ouch42, queryAccountOnLogin: true);
        h.Connect();

        h.Venue.Received.Should().BeEmpty();
        h.Adapter.SendAccountQuery().Should().BeFalse();
    }

    [Test]
    public void A_higher_next_user_ref_num_from_the_venue_raises_the_table_and_the_next_order_uses_it()
    {
        using var h = new OuchHarness(OuchDialect.Ouch50, queryAccountOnLogin: true);
        h.Connect();
        h.Send(VenueRequestKind.NewOrder, 5001).Should().Be(VenueSendResult.Sent);
        var reports = h.Sink.Reports.Count;

        h.Server.SendSequenced(h.Buffer.AsSpan(0, Ouch50Writer.AccountQueryResponse(h.Buffer, Ts, 40)));
        h.Step();

        h.Sink.Reports.Count.Should().Be(reports, "an account query response is counted, not reported");
        h.Adapter.Orders.NextToken.Should().Be(40);
        (h.Adapter.Counters[OuchVenueCounter.AccountQueryResponses], h.Adapter.Counters[OuchVenueCounter.NextUserRefNumRaised],
            h.Adapter.Counters[OuchVenueCounter.SystemEvents]).Should().Be((1L, 1L, 0L));
        h.Send(VenueRequestKind.NewOrder, 5002).Should().Be(VenueSendResult.Sent);
        new Ouch50EnterOrder(h.LastReceived).UserRefNum.Should().Be(40);
        h.Adapter.HasSent(5001).Should().BeTrue();
    }

    [Test]
    public void A_lower_next_user_ref_num_from_the_venue_never_lowers_the_table()
    {
        using var h = new OuchHarness(OuchDialect.Ouch50);
        h.Connect();
        h.Send(VenueRequestKind.NewOrder, 5001);
        h.Send(VenueRequestKind.NewOrder, 5002);

        h.Server.SendSequenced(h.Buffer.AsSpan(0, Ouch50Writer.AccountQueryResponse(h.Buffer, Ts, 2)));
        h.Step();

        h.Adapter.Orders.NextToken.Should().Be(3);
        (h.Adapter.Counters[OuchVenueCounter.AccountQueryResponses], h.Adapter.Counters[OuchVenueCounter.NextUserRefNumRaised])
            .Should().Be((1L, 0L));
    }

    [Test]
    public void The_raised_next_user_ref_num_survives_a_restart_and_a_replayed_answer_changes_nothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ouch-{Guid.NewGuid():N}");
        var venueStore = new MemorySoupMessageStore();
        try
        {
            using (var first = new OuchHarness(OuchDialect.Ouch50, directory, venueStore))
            {
                first.Connect();
                first.Server.SendSequenced(first.Buffer.AsSpan(0, Ouch50Writer.AccountQueryResponse(first.Buffer, Ts, 500)));
                first.Step();
                first.Adapter.Orders.NextToken.Should().Be(500);
            }

            using var second = new OuchHarness(OuchDialect.Ouch50, directory, venueStore, maxOrders: 10_000);
            second.Adapter.Orders.NextToken.Should().Be(500);
            second.Adapter.ResumeFromVenueSequence(0);
            second.Connect();
            (second.Adapter.Counters[OuchVenueCounter.Replayed], second.Adapter.Counters[OuchVenueCounter.NextUserRefNumRaised])
                .Should().Be((1L, 0L));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void The_raise_stops_at_the_table_capacity()
    {
        using var h = new OuchHarness(OuchDialect.Ouch50, maxOrders: 100);
        h.Connect();

        h.Server.SendSequenced(h.Buffer.AsSpan(0, Ouch50Writer.AccountQueryResponse(h.Buffer, Ts, uint.MaxValue)));
        h.Step();

        h.Adapter.Orders.NextToken.Should().Be(101);
        h.Send(VenueRequestKind.NewOrder, 5001).Should().Be(VenueSendResult.Invalid);
        h.Adapter.Counters[OuchVenueCounter.TokensExhausted].Should().Be(1);
    }

    [Test]
    public void Mass_cancel_and_order_entry_responses_are_counted_not_reported()
    {
        using var h = new OuchHarness(OuchDialect.Ouch50);
        h.Connect();
        var reports = h.Sink.Reports.Count;

        h.Server.SendSequenced(h.Buffer.AsSpan(0, Ouch50Writer.MassCancelResponse(h.Buffer, Ts, 7, "FIRM"u8, "AAPL"u8)));
        h.Server.SendSequenced(h.Buffer.AsSpan(0, Ouch50Writer.OrderEntryResponse(h.Buffer, false, Ts, 8, "FIRM"u8)));
        h.Server.SendSequenced(h.Buffer.AsSpan(0, Ouch50Writer.OrderEntryResponse(h.Buffer, true, Ts, 9, "FIRM"u8)));
        h.Step();

        h.Sink.Reports.Count.Should().Be(reports);
        (h.Adapter.Counters[OuchVenueCounter.AccountResponses], h.Adapter.Counters[OuchVenueCounter.SystemEvents],
            h.Adapter.Counters[OuchVenueCounter.UnknownMessages]).Should().Be((3L, 0L, 0L));
        h.Adapter.Orders.LastAppliedSequence.Should().Be(3);
    }
}
