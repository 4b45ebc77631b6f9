using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// Broken Trade, Cancel Pending, Priority Update and Order Modified in both dialects, and the 5.0 account-level
/// responses: each handled as its own type (counted, reported or applied), none taken for a System Event.
/// </summary>
[TestFixture(OuchDialect.Ouch42)]
[TestFixture(OuchDialect.Ouch50)]
public sealed class OuchOrderEventAdapterTests(OuchDialect dialect)
{
    private const ulong Ts = 1_000;
    private readonly byte[] _token = new byte[Ouch42Layout.TokenLength];
    private OuchHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new OuchHarness(dialect);
        _h.Connect();
        _h.Send(VenueRequestKind.NewOrder, 5001, quantity: 300).Should().Be(VenueSendResult.Sent);
        _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.Executed(_h.Buffer, Ts, Token(1), 100, 1_502_500, (byte)'A', 77)
            : Ouch50Writer.Executed(_h.Buffer, Ts, 1, 100, 1_502_500, (byte)'A', 77)).Kind.Should().Be(VenueReportKind.Fill);
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_broken_trade_is_counted_and_reported_with_its_match_number_and_reason()
    {
        var report = _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.BrokenTrade(_h.Buffer, Ts, Token(1), 77, (byte)'E')
            : Ouch50Writer.BrokenTrade(_h.Buffer, Ts, 1, 77, (byte)'E', "5001"u8));

        (report.Kind, report.ClOrdId, report.ExecId.ToString(), report.ReasonCode, report.Text.ToString()).Should().Be(
            (VenueReportKind.Status, 5001L, "77", (int)'E', "broken trade"));
        (report.CumQuantity, report.LeavesQuantity).Should().Be((100L, 200L), "the table is left as it was");
        Count(OuchVenueCounter.BrokenTrades).Should().Be(1);
        Count(OuchVenueCounter.SystemEvents).Should().Be(0);
    }

    [Test]
    public void Cancel_pending_and_priority_update_are_counted_and_change_nothing()
    {
        var pending = _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.CancelPending(_h.Buffer, Ts, Token(1))
            : Ouch50Writer.CancelPending(_h.Buffer, Ts, 1));
        var priority = _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.PriorityUpdate(_h.Buffer, Ts, Token(1), 1_502_400, (byte)'Y', 99)
            : Ouch50Writer.PriorityUpdate(_h.Buffer, Ts, 1, 1_502_400, (byte)'Y', 99));

        (pending.Kind, pending.Text.ToString(), priority.Kind, priority.Text.ToString()).Should().Be(
            (VenueReportKind.Status, "cancel pending", VenueReportKind.Status, "priority update"));
        (Count(OuchVenueCounter.CancelsPending), Count(OuchVenueCounter.PriorityUpdates), Count(OuchVenueCounter.SystemEvents))
            .Should().Be((1L, 1L, 0L));
        (_h.Adapter.Orders.QuantityOf(1), _h.Adapter.Orders.CumOf(1), _h.Adapter.Orders.LeavesOf(1)).Should().Be((300L, 100L, 200L));
    }

    [Test]
    public void Order_modified_takes_the_open_quantity_into_the_table()
    {
        var report = _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.OrderModified(_h.Buffer, Ts, Token(1), (byte)'B', 50)
            : Ouch50Writer.OrderModified(_h.Buffer, Ts, 1, (byte)'B', 50));

        (report.Kind, report.ClOrdId, report.Text.ToString(), report.ReasonCode).Should().Be(
            (VenueReportKind.Status, 5001L, "order modified", (int)'B'));
        (report.OrderQuantity, report.CumQuantity, report.LeavesQuantity).Should().Be((150L, 100L, 50L));
        (_h.Adapter.Orders.QuantityOf(1), _h.Adapter.Orders.LeavesOf(1)).Should().Be((150L, 50L));
        Count(OuchVenueCounter.OrdersModified).Should().Be(1);

        var fill = _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.Executed(_h.Buffer, Ts, Token(1), 50, 1_502_500, (byte)'A', 78)
            : Ouch50Writer.Executed(_h.Buffer, Ts, 1, 50, 1_502_500, (byte)'A', 78));
        (fill.CumQuantity, fill.LeavesQuantity, fill.OrderQuantity).Should().Be((150L, 0L, 150L));
    }

    [Test]
    public void An_order_event_for_an_unknown_order_is_unrecognised_and_not_counted_as_its_type()
    {
        var report = _h.VenueSends(dialect == OuchDialect.Ouch42
            ? Ouch42Writer.BrokenTrade(_h.Buffer, Ts, Token(9), 77, (byte)'E')
            : Ouch50Writer.BrokenTrade(_h.Buffer, Ts, 9, 77, (byte)'E', "X"u8));

        report.Kind.Should().Be(VenueReportKind.Unrecognised);
        (Count(OuchVenueCounter.UnknownTokens), Count(OuchVenueCounter.BrokenTrades)).Should().Be((1L, 0L));
    }

    private long Count(OuchVenueCounter counter) => _h.Adapter.Counters[counter];

    private byte[] Token(long token)
    {
        OuchMapping.WriteToken42(_token, token);
        return _token;
    }
}
