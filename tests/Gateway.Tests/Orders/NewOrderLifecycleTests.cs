using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>An order without replaces: accept, fills, rejects, expiry, and what the venue repeats.</summary>
public sealed class NewOrderLifecycleTests
{
    [Test]
    public void Accepted_makes_the_order_new_and_keeps_the_venue_order_id()
    {
        var book = Book();
        var index = book.Add(1);

        var result = book.Report(Accepted(book[index].ClOrdId, "ORD-9"));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Accepted,
            Notice = StrategyNotice.VenueAccepted,
            Risk = RiskNotice.OnAccepted,
            Index = index,
            OtherIndex = -1,
            Changed = true,
            Final = false,
            LeavesQuantity = 100L,
        });
        book[index].State.Should().Be(OrderState.New);
        book[index].VenueOrderId.ToString().Should().Be("ORD-9");
    }

    [Test]
    public void A_repeated_accept_is_ignored_as_a_duplicate()
    {
        var book = Book();
        var index = book.AddAccepted(1);

        var result = book.Report(Accepted(book[index].ClOrdId, "OTHER").Duplicate());

        result.Should().BeEquivalentTo(new { Action = OrderAction.Ignored, Ignored = IgnoreReason.Duplicate, Changed = false });
        book[index].VenueOrderId.ToString().Should().Be("V1");
    }

    [Test]
    public void Partial_then_full_fills_move_cum_and_leaves_and_the_last_is_final()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        var id = book[index].ClOrdId;

        var partial = book.Report(Fill(id, 30, 30, price: 11 * Px));
        partial.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Filled,
            Notice = StrategyNotice.Fill,
            Risk = RiskNotice.OnFilled,
            Quantity = 30L,
            Price = 11 * Px,
            CumQuantity = 30L,
            LeavesQuantity = 70L,
            Final = false,
            Anomaly = OrderAnomaly.None,
        });
        book[index].State.Should().Be(OrderState.PartiallyFilled);

        var full = book.Report(Fill(id, 70, 100));
        full.Should().BeEquivalentTo(new { Quantity = 70L, CumQuantity = 100L, LeavesQuantity = 0L, Final = true });
        book[index].State.Should().Be(OrderState.Filled);
        book[index].FilledNotional.Should().Be((30 * 11 + 70 * 10) * Px);
        book[index].AveragePrice.Should().Be(1_030_000_000, "10.30 with 8 decimals");
        book.OpenCount.Should().Be(0);
    }

    [Test]
    public void A_fill_whose_cum_does_not_grow_is_a_duplicate_whether_flagged_or_not()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        var id = book[index].ClOrdId;
        book.Report(Fill(id, 40, 40));

        book.Report(Fill(id, 40, 40).Duplicate()).Ignored.Should().Be(IgnoreReason.Duplicate);
        book.Report(Fill(id, 40, 40)).Ignored.Should().Be(IgnoreReason.Duplicate);
        book.Report(Fill(id, 20, 20)).Ignored.Should().Be(IgnoreReason.Duplicate);
        book[index].CumQuantity.Should().Be(40);
    }

    [Test]
    public void A_possible_duplicate_that_brings_news_is_applied()
    {
        var book = Book();
        var index = book.AddAccepted(1);

        var result = book.Report(Fill(book[index].ClOrdId, 10, 10).Duplicate());

        result.Action.Should().Be(OrderAction.Filled);
        book[index].CumQuantity.Should().Be(10);
    }

    [Test]
    public void An_overfill_is_applied_filled_and_flagged()
    {
        var book = Book();
        var index = book.AddAccepted(1);

        var result = book.Report(Fill(book[index].ClOrdId, 120, 120));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Filled,
            Anomaly = OrderAnomaly.Overfill,
            Quantity = 120L,
            LeavesQuantity = 0L,
            Final = true,
        });
        book[index].State.Should().Be(OrderState.Filled);
    }

    [Test]
    public void A_missed_fill_applies_the_growth_of_cum_and_is_flagged()
    {
        var book = Book();
        var index = book.AddAccepted(1);

        var result = book.Report(Fill(book[index].ClOrdId, 10, 35));

        result.Should().BeEquivalentTo(new { Quantity = 35L, CumQuantity = 35L, Anomaly = OrderAnomaly.FillQuantityMismatch });
    }

    [Test]
    public void A_fill_before_the_accept_counts_and_the_late_accept_changes_nothing()
    {
        var book = Book();
        var index = book.Add(1);
        var id = book[index].ClOrdId;

        book.Report(Fill(id, 10, 10)).Action.Should().Be(OrderAction.Filled);
        book[index].State.Should().Be(OrderState.PartiallyFilled);
        book.Report(Accepted(id)).Ignored.Should().Be(IgnoreReason.Duplicate);
    }

    [Test]
    public void Fills_for_canceled_orders_are_anomalies()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        var id = book[index].ClOrdId;
        book.Report(Canceled(id));

        var result = book.Report(Fill(id, 10, 10));

        result.Should().BeEquivalentTo(new { Action = OrderAction.Anomaly, Anomaly = OrderAnomaly.FillOnFinalOrder, Changed = false });
        book[index].CumQuantity.Should().Be(0);
    }

    [Test]
    public void A_venue_reject_is_final_and_carries_the_risk_release()
    {
        var book = Book();
        var index = book.Add(1);

        var result = book.Report(Rejected(book[index].ClOrdId));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Rejected,
            Notice = StrategyNotice.OrderRejected,
            Risk = RiskNotice.OnRejected,
            Final = true,
        });
        book[index].State.Should().Be(OrderState.Rejected);
        book.OpenCount.Should().Be(0);
        book.Report(Rejected(book[index].ClOrdId)).Ignored.Should().Be(IgnoreReason.Duplicate);
    }

    [Test]
    public void A_reject_of_a_working_order_is_an_anomaly()
    {
        var book = Book();
        var index = book.AddAccepted(1);

        book.Report(Rejected(book[index].ClOrdId)).Anomaly.Should().Be(OrderAnomaly.UnexpectedReport);
        book[index].State.Should().Be(OrderState.New);
    }

    [Test]
    public void Expiry_is_told_as_a_cancel_for_the_reason_expired()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        book.Report(Fill(book[index].ClOrdId, 25, 25));

        var result = book.Report(Expired(book[index].ClOrdId));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Expired,
            Notice = StrategyNotice.Canceled,
            Risk = RiskNotice.OnExpired,
            CancelReason = CancelReason.Expired,
            Quantity = 75L,
            Final = true,
        });
        book[index].State.Should().Be(OrderState.Expired);
        book.Report(Expired(book[index].ClOrdId)).Ignored.Should().Be(IgnoreReason.Duplicate);
    }

    [Test]
    public void An_order_can_expire_or_be_canceled_before_it_is_acknowledged()
    {
        var book = Book();
        var expiring = book.Add(1);
        var canceled = book.Add(2);

        book.Report(Expired(book[expiring].ClOrdId)).Should().BeEquivalentTo(new { Action = OrderAction.Expired, Quantity = 100L });
        book.Report(Canceled(book[canceled].ClOrdId)).CancelReason.Should().Be(CancelReason.Venue);
        book.OpenCount.Should().Be(0);
        book.Report(Accepted(book[canceled].ClOrdId)).Ignored.Should().Be(IgnoreReason.Stale);
    }

    [TestCase(TimeInForce.ImmediateOrCancel, CancelReason.ImmediateOrCancel)]
    [TestCase(TimeInForce.FillOrKill, CancelReason.ImmediateOrCancel)]
    [TestCase(TimeInForce.Day, CancelReason.Venue)]
    public void An_unsolicited_cancel_names_the_time_in_force_or_the_venue(TimeInForce timeInForce, CancelReason expected)
    {
        var book = Book();
        var index = book.Add(1, timeInForce: timeInForce);
        book.Report(Accepted(book[index].ClOrdId));
        book.Report(Fill(book[index].ClOrdId, 40, 40));

        var result = book.Report(Canceled(book[index].ClOrdId));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Canceled,
            Risk = RiskNotice.OnCanceled,
            CancelReason = expected,
            Quantity = 60L,
            Final = true,
        });
    }

    [Test]
    public void Status_and_session_reports_change_nothing_and_unknown_ids_are_anomalies()
    {
        var book = Book();
        var index = book.Add(1);

        book.Report(Status(book[index].ClOrdId)).Ignored.Should().Be(IgnoreReason.NoChange);
        book.Report(Accepted(9999)).Should().BeEquivalentTo(new
        {
            Action = OrderAction.Anomaly,
            Anomaly = OrderAnomaly.UnknownClOrdId,
            Index = -1,
            Changed = false,
        });
        book[index].State.Should().Be(OrderState.PendingNew);
    }

    [Test]
    public void Each_applied_report_keeps_its_venue_sequence_and_ignored_ones_do_not()
    {
        var book = Book();
        var index = book.Add(1);
        var accepted = Accepted(book[index].ClOrdId);
        accepted.VenueSequence = 50;
        book.Report(accepted);
        var repeat = Accepted(book[index].ClOrdId);
        repeat.VenueSequence = 60;
        book.Report(repeat);

        book[index].LastVenueSequence.Should().Be(50);
    }
}
