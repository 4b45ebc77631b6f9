using FluentAssertions;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

public sealed class Ouch42AdapterTests
{
    private const ulong Ts = 1_000;
    private OuchHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new OuchHarness(OuchDialect.Ouch42);
        _h.Connect();
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void Logging_in_reports_the_session_up()
    {
        _h.Adapter.IsLoggedOn.Should().BeTrue();
        _h.Sink.Reports.Should().ContainSingle(r => r.Kind == VenueReportKind.SessionUp);
    }

    [Test]
    public void A_new_order_is_an_enter_order_with_the_next_token_and_four_decimal_price()
    {
        _h.Send(VenueRequestKind.NewOrder, clOrdId: 5001).Should().Be(VenueSendResult.Sent);

        _h.LastReceived.Should().Equal(Hex.Of("'O'", "'00000000000001'", "'B'", "00000064", "'AAPL    '", "0016ED24",
            "0001869E", "'FIRM'", "'Y'", "'A'", "'N'", "00000000", "'N'", "'R'"));
        _h.Adapter.HasSent(5001).Should().BeTrue();
        _h.Adapter.HasSent(5002).Should().BeFalse();
    }

    [TestCase(150_25_000001L, TimeInForce.Day, Aapl)]
    [TestCase(0L, TimeInForce.Day, Aapl)]
    [TestCase(150_25_000000L, TimeInForce.GoodTillCancel, Aapl)]
    [TestCase(150_25_000000L, TimeInForce.FillOrKill, Aapl)]
    [TestCase(150_25_000000L, TimeInForce.Day, 99)]
    public void What_OUCH_cannot_carry_is_invalid_and_uses_no_token(long price, TimeInForce tif, int instrument)
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, price: price, tif: tif, instrument: instrument).Should().Be(VenueSendResult.Invalid);
        _h.Venue.Received.Should().BeEmpty();
        _h.Adapter.Orders.NextToken.Should().Be(1);
        _h.Adapter.Counters[OuchVenueCounter.InvalidRequests].Should().Be(1);
    }

    [Test]
    public void Immediate_or_cancel_is_time_in_force_zero()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, tif: TimeInForce.ImmediateOrCancel);
        new Ouch42EnterOrder(_h.LastReceived).TimeInForce.Should().Be(0);
    }

    [Test]
    public void End_of_session_is_one_session_down_with_its_reason()
    {
        _h.Server.EndSession();
        _h.Step();

        _h.Sink.Reports.Where(r => r.Kind == VenueReportKind.SessionDown).Should().ContainSingle()
            .Which.Text.ToString().Should().Be("end of session");
        _h.Adapter.Session.State.Should().Be(Gateway.Sessions.Soup.SoupClientState.EndOfSession);
    }

    [Test]
    public void Nothing_is_sent_while_logged_out()
    {
        _h.Adapter.Session.Logout(_h.Clock.NowNanos());
        _h.Send(VenueRequestKind.NewOrder, 5001).Should().Be(VenueSendResult.NotConnected);
        _h.Sink.Last.Kind.Should().Be(VenueReportKind.SessionDown);
    }

    private const int Aapl = OuchHarness.Aapl;

    [Test]
    public void Accepted_executed_and_canceled_keep_cumulative_and_leaves_quantities()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, quantity: 300);

        var accepted = _h.VenueSends(Accepted("00000000000001", 300, 1_502_500));
        accepted.Kind.Should().Be(VenueReportKind.Accepted);
        (accepted.ClOrdId, accepted.LeavesQuantity, accepted.Price, accepted.VenueSequence, accepted.VenueId)
            .Should().Be((5001L, 300L, 150_25_000000L, 1L, 3));
        accepted.VenueOrderId.ToString().Should().Be("4242");
        accepted.VenueTimeNanos.Should().Be(
            new DateTimeOffset(2024, 3, 5, 5, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000 + (long)Ts,
            "OUCH time is nanoseconds after midnight in New York (UTC-5 in March before DST)");

        var fill1 = _h.VenueSends(Ouch42Writer.Executed(_h.Buffer, Ts, "00000000000001"u8, 100, 1_502_500, (byte)'A', 77));
        (fill1.Kind, fill1.LastQuantity, fill1.LastPrice, fill1.CumQuantity, fill1.LeavesQuantity).Should().Be(
            (VenueReportKind.Fill, 100L, 150_25_000000L, 100L, 200L));
        fill1.ExecId.ToString().Should().Be("77");

        var fill2 = _h.VenueSends(Ouch42Writer.Executed(_h.Buffer, Ts, "00000000000001"u8, 50, 1_502_400, (byte)'R', 78));
        (fill2.CumQuantity, fill2.LeavesQuantity, fill2.VenueSequence).Should().Be((150L, 150L, 3L));

        _h.Send(VenueRequestKind.Cancel, 5002, origClOrdId: 5001).Should().Be(VenueSendResult.Sent);
        _h.LastReceived.Should().Equal(Hex.Of("'X'", "'00000000000001'", "00000000"));
        _h.Adapter.HasSent(5002).Should().BeTrue();

        var canceled = _h.VenueSends(Ouch42Writer.Canceled(_h.Buffer, Ts, "00000000000001"u8, 150, (byte)'U'));
        (canceled.Kind, canceled.ClOrdId, canceled.OrigClOrdId, canceled.CumQuantity, canceled.LeavesQuantity)
            .Should().Be((VenueReportKind.Canceled, 5002L, 5001L, 150L, 0L));
    }

    [Test]
    public void An_unsolicited_cancel_names_the_order_itself()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, tif: TimeInForce.ImmediateOrCancel);
        var canceled = _h.VenueSends(Ouch42Writer.Canceled(_h.Buffer, Ts, "00000000000001"u8, 100, (byte)'I'));
        (canceled.ClOrdId, canceled.OrigClOrdId, canceled.LeavesQuantity, canceled.ReasonCode).Should().Be((5001L, 0L, 0L, 'I'));
    }

    [Test]
    public void A_replace_sends_the_open_shares_under_a_new_token_and_replaced_reports_totals()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, quantity: 300);
        _h.VenueSends(Accepted("00000000000001", 300, 1_502_500));
        _h.VenueSends(Ouch42Writer.Executed(_h.Buffer, Ts, "00000000000001"u8, 100, 1_502_500, (byte)'A', 77));

        _h.Send(VenueRequestKind.Replace, 5002, origClOrdId: 5001, quantity: 400, price: 150_00_000000).Should().Be(VenueSendResult.Sent);
        _h.LastReceived.Should().Equal(Hex.Of("'U'", "'00000000000001'", "'00000000000002'", "0000012C", "0016E360",
            "0001869E", "'Y'", "'N'", "00000000"));

        var replaced = _h.VenueSends(Ouch42Writer.Replaced(_h.Buffer, Ts, "00000000000002"u8, (byte)'B', 300, "AAPL"u8,
            1_500_000, 99998, "FIRM"u8, (byte)'Y', 4243, (byte)'A', (byte)'N', 0, (byte)'N', (byte)'L', "00000000000001"u8, (byte)' '));
        (replaced.Kind, replaced.ClOrdId, replaced.OrigClOrdId, replaced.OrderQuantity, replaced.CumQuantity,
            replaced.LeavesQuantity, replaced.Price).Should().Be(
            (VenueReportKind.Replaced, 5002L, 5001L, 400L, 100L, 300L, 150_00_000000L));

        var fill = _h.VenueSends(Ouch42Writer.Executed(_h.Buffer, Ts, "00000000000002"u8, 300, 1_500_000, (byte)'A', 79));
        (fill.ClOrdId, fill.CumQuantity, fill.LeavesQuantity).Should().Be((5002L, 400L, 0L));
    }

    [Test]
    public void A_replace_that_leaves_no_open_shares_is_invalid()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001, quantity: 300);
        _h.VenueSends(Ouch42Writer.Executed(_h.Buffer, Ts, "00000000000001"u8, 100, 1_502_500, (byte)'A', 77));
        _h.Send(VenueRequestKind.Replace, 5002, origClOrdId: 5001, quantity: 100).Should().Be(VenueSendResult.Invalid);
        _h.Send(VenueRequestKind.Replace, 5003, origClOrdId: 999, quantity: 500).Should().Be(VenueSendResult.Invalid);
    }

    [Test]
    public void A_rejected_order_is_rejected_and_a_rejected_replacement_is_a_cancel_reject_for_the_replace()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        var rejected = _h.VenueSends(Ouch42Writer.Rejected(_h.Buffer, Ts, "00000000000001"u8, (byte)'S'));
        (rejected.Kind, rejected.ClOrdId, rejected.ReasonCode).Should().Be((VenueReportKind.Rejected, 5001L, 'S'));
        rejected.Text.ToString().Should().Be("invalid stock");

        _h.Send(VenueRequestKind.NewOrder, 5002);
        _h.Send(VenueRequestKind.Replace, 5003, origClOrdId: 5002, quantity: 200);
        var refused = _h.VenueSends(Ouch42Writer.Rejected(_h.Buffer, Ts, "00000000000003"u8, (byte)'X'));
        (refused.Kind, refused.ForReplace, refused.ClOrdId, refused.OrigClOrdId, refused.LeavesQuantity).Should().Be(
            (VenueReportKind.CancelRejected, true, 5003L, 5002L, 100L));
    }

    [Test]
    public void A_cancel_reject_is_a_cancel_rejected_for_the_cancel_request()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        _h.Send(VenueRequestKind.Cancel, 5002, origClOrdId: 5001);
        var reject = _h.VenueSends(Ouch42Writer.CancelReject(_h.Buffer, Ts, "00000000000001"u8));
        (reject.Kind, reject.ForReplace, reject.ClOrdId, reject.OrigClOrdId, reject.LeavesQuantity).Should().Be(
            (VenueReportKind.CancelRejected, false, 5002L, 5001L, 100L));
    }

    [Test]
    public void Cancel_pending_priority_update_order_modified_and_broken_trade_are_status_reports()
    {
        _h.Send(VenueRequestKind.NewOrder, 5001);
        _h.VenueSends(Ouch42Writer.CancelPending(_h.Buffer, Ts, "00000000000001"u8)).Kind.Should().Be(VenueReportKind.Status);
        _h.VenueSends(Ouch42Writer.PriorityUpdate(_h.Buffer, Ts, "00000000000001"u8, 1, (byte)'Y', 2)).Text.ToString()
            .Should().Be("priority update");
        _h.VenueSends(Ouch42Writer.OrderModified(_h.Buffer, Ts, "00000000000001"u8, (byte)'B', 50)).Kind.Should().Be(VenueReportKind.Status);
        _h.VenueSends(Ouch42Writer.BrokenTrade(_h.Buffer, Ts, "00000000000001"u8, 77, (byte)'E')).Text.ToString()
            .Should().Be("broken trade");
    }

    [Test]
    public void Unknown_tokens_types_and_short_messages_are_unrecognised_and_counted()
    {
        _h.VenueSends(Ouch42Writer.Rejected(_h.Buffer, Ts, "00000000000009"u8, (byte)'S')).Kind.Should().Be(VenueReportKind.Unrecognised);
        _h.VenueSends(Ouch42Writer.Rejected(_h.Buffer, Ts, "NOT-OURS"u8, (byte)'S')).Kind.Should().Be(VenueReportKind.Unrecognised);
        _h.Buffer[0] = (byte)'Q';
        _h.VenueSends(5).Kind.Should().Be(VenueReportKind.Unrecognised);
        _h.VenueSends(Ouch42Writer.Executed(_h.Buffer, Ts, "00000000000001"u8, 1, 1, (byte)'A', 1) - 1).Kind
            .Should().Be(VenueReportKind.Unrecognised);
        _h.VenueSends(Ouch42Writer.SystemEvent(_h.Buffer, Ts, (byte)'S')).Kind.Should().Be(default(VenueReportKind));

        _h.Adapter.Counters[OuchVenueCounter.UnknownTokens].Should().Be(2);
        _h.Adapter.Counters[OuchVenueCounter.UnknownMessages].Should().Be(1);
        _h.Adapter.Counters[OuchVenueCounter.MalformedMessages].Should().Be(1);
        _h.Adapter.Counters[OuchVenueCounter.SystemEvents].Should().Be(1);
        _h.Adapter.IsLoggedOn.Should().BeTrue();
    }

    private int Accepted(string token, uint shares, uint price) => Ouch42Writer.Accepted(_h.Buffer, Ts,
        System.Text.Encoding.ASCII.GetBytes(token), (byte)'B', shares, "AAPL"u8, price, 99998, "FIRM"u8, (byte)'Y', 4242,
        (byte)'A', (byte)'N', 0, (byte)'N', (byte)'L', (byte)' ');
}
