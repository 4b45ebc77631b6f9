using FluentAssertions;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

public sealed class Ouch50AdapterTests
{
    private const ulong Ts = 1_000;
    private OuchHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new OuchHarness(OuchDialect.Ouch50);
        _h.Connect();
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_new_order_is_an_enter_order_with_the_next_user_ref_num()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, side: Side.SellShort, tif: TimeInForce.ImmediateOrCancel).Should().Be(VenueSendResult.Sent);

        _h.LastReceived.Should().Equal(Hex.Of("'O'", "00000001", "'T'", "00000064", "'AAPL    '", "000000000016ED24",
            "'3'", "'Y'", "'A'", "'N'", "'N'", "'5001          '", "0000"));
    }

    [Test]
    public void User_ref_nums_strictly_increase_over_new_orders_and_replacements()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        _h.Send(VenueRequestKind.NewOrder, 5002);
        _h.Send(VenueRequestKind.Replace, 5003, origClOrdId: 5001, quantity: 200, price: 151_00_000000);

        _h.LastReceived.Should().Equal(Hex.Of("'U'", "00000001", "00000003", "000000C8", "0000000000170A70", "'0'",
            "'Y'", "'N'", "'5003          '", "0000"));
        new Ouch50EnterOrder(_h.Venue.Received[1]).UserRefNum.Should().Be(2);
    }

    [Test]
    public void Answers_map_to_reports_with_appendages_skipped()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, quantity: 300);
        byte[] appendage = [3, 1, (byte)'a', (byte)'b'];

        var accepted = _h.VenueSends(Ouch50Writer.Accepted(_h.Buffer, Ts, 1, (byte)'B', 300, "AAPL"u8, 1_502_500, (byte)'0',
            (byte)'Y', 4242, (byte)'A', (byte)'N', (byte)'N', (byte)'L', "5001"u8, appendage));
        (accepted.Kind, accepted.ClOrdId, accepted.LeavesQuantity, accepted.Price).Should().Be(
            (VenueReportKind.Accepted, 5001L, 300L, 150_25_000000L));

        var fill = _h.VenueSends(Ouch50Writer.Executed(_h.Buffer, Ts, 1, 100, 1_502_500, (byte)'A', 77));
        (fill.Kind, fill.CumQuantity, fill.LeavesQuantity).Should().Be((VenueReportKind.Fill, 100L, 200L));

        _h.Send(VenueRequestKind.Replace, 5002, origClOrdId: 5001, quantity: 250);
        var replaced = _h.VenueSends(Ouch50Writer.Replaced(_h.Buffer, Ts, 1, 2, (byte)'B', 150, "AAPL"u8, 1_502_500, (byte)'0',
            (byte)'Y', 4243, (byte)'A', (byte)'N', (byte)'N', (byte)'L', "5002"u8));
        (replaced.Kind, replaced.ClOrdId, replaced.OrigClOrdId, replaced.OrderQuantity, replaced.LeavesQuantity).Should().Be(
            (VenueReportKind.Replaced, 5002L, 5001L, 250L, 150L));

        _h.Send(VenueRequestKind.Cancel, 5003, origClOrdId: 5002);
        _h.LastReceived.Should().Equal(Hex.Of("'X'", "00000002", "00000000", "0000"));
        var canceled = _h.VenueSends(Ouch50Writer.Canceled(_h.Buffer, Ts, 2, 150, (byte)'U'));
        (canceled.Kind, canceled.ClOrdId, canceled.OrigClOrdId, canceled.CumQuantity, canceled.LeavesQuantity).Should().Be(
            (VenueReportKind.Canceled, 5003L, 5002L, 100L, 0L));
        _h.Adapter.Counters[OuchVenueCounter.MalformedAppendages].Should().Be(0);
    }

    [Test]
    public void Rejected_and_cancel_reject()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        var rejected = _h.VenueSends(Ouch50Writer.Rejected(_h.Buffer, Ts, 1, 21, "5001"u8));
        (rejected.Kind, rejected.ClOrdId, rejected.ReasonCode).Should().Be((VenueReportKind.Rejected, 5001L, 21));
        rejected.Text.ToString().Should().Be("reject code 21");

        _h.Send(VenueRequestKind.NewOrder, 5002);
        _h.Send(VenueRequestKind.Cancel, 5003, origClOrdId: 5002);
        var reject = _h.VenueSends(Ouch50Writer.CancelReject(_h.Buffer, Ts, 2));
        (reject.Kind, reject.ClOrdId, reject.OrigClOrdId).Should().Be((VenueReportKind.CancelRejected, 5003L, 5002L));
    }

    [Test]
    public void A_bad_appendage_is_counted_and_the_message_still_used()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        byte[] bad = [9, 1, 2];
        var fill = _h.VenueSends(Ouch50Writer.Executed(_h.Buffer, Ts, 1, 10, 1_502_500, (byte)'A', 77, bad));
        fill.Kind.Should().Be(VenueReportKind.Fill);
        _h.Adapter.Counters[OuchVenueCounter.MalformedAppendages].Should().Be(1);
    }

    [Test]
    public void A_message_cut_inside_its_appendage_is_unrecognised()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        byte[] appendage = [3, 1, 2, 3];
        var length = Ouch50Writer.Executed(_h.Buffer, Ts, 1, 10, 1_502_500, (byte)'A', 77, appendage);
        _h.VenueSends(length - 2).Kind.Should().Be(VenueReportKind.Unrecognised);
        _h.Adapter.Counters[OuchVenueCounter.MalformedMessages].Should().Be(1);
    }
}
