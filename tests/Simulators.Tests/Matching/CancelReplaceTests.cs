using FluentAssertions;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Matching;

public sealed class CancelReplaceTests
{
    [Test]
    public void Cancel_takes_the_order_out_then_a_second_cancel_is_too_late()
    {
        var book = new Book();
        var buy = book.Buy(100, 10.00m);

        book.Cancel(buy);
        book.Cancel(buy);

        var (order, reason) = book.Events.Canceled.Single();
        (order.OrderId, order.Leaves, reason).Should().Be((buy, 0L, MatchCancelReason.Requested));
        book.Events.CancelRejected.Single().Should().Be((buy, false, MatchCancelRejectReason.TooLate));
        book.Level(MatchSide.Buy, 0).Quantity.Should().Be(0);
    }

    [Test]
    public void Cancel_of_a_filled_order_is_too_late_and_of_an_unknown_id_is_unknown()
    {
        var book = new Book();
        var sell = book.Sell(10, 10.00m);
        book.Buy(10, 10.00m);

        book.Cancel(sell);
        book.Cancel(999);

        book.Events.CancelRejected.Should().Equal(
            (sell, false, MatchCancelRejectReason.TooLate), (999L, false, MatchCancelRejectReason.UnknownOrder));
    }

    [Test]
    public void A_smaller_quantity_keeps_time_priority()
    {
        var book = new Book();
        var first = book.Sell(100, 10.00m);
        var second = book.Sell(100, 10.00m);

        book.Replace(first, 50, 10.00m);
        book.Buy(60, 10.00m);

        book.Events.Trades.Select(t => (t.Resting.OrderId, t.Quantity)).Should().Equal((first, 50L), (second, 10L));
        book.Events.Replaced.Single().Should().Match<(OrderState Order, long OldQuantity, long OldPrice)>(
            r => r.Order.Quantity == 50 && r.OldQuantity == 100);
    }

    [Test]
    public void A_larger_quantity_loses_time_priority()
    {
        var book = new Book();
        var first = book.Sell(100, 10.00m);
        var second = book.Sell(100, 10.00m);

        book.Replace(first, 150, 10.00m);
        book.Buy(60, 10.00m);

        book.Events.Trades.Single().Resting.OrderId.Should().Be(second);
        book.Level(MatchSide.Sell, 0).Should().Be((10.00m, 190L));
    }

    [Test]
    public void A_new_price_loses_time_priority()
    {
        var book = new Book();
        var first = book.Sell(100, 10.01m);
        var second = book.Sell(100, 10.00m);

        book.Replace(first, 100, 10.00m);
        book.Buy(100, 10.00m);

        book.Events.Trades.Single().Resting.OrderId.Should().Be(second);
        book.Level(MatchSide.Sell, 1).Should().Be((0m, 0L), "the 10.01 level went with the replace");
    }

    [Test]
    public void A_replace_to_a_crossing_price_trades_after_the_replaced_event()
    {
        var book = new Book();
        var sell = book.Sell(100, 10.00m);
        var buy = book.Buy(40, 9.90m);
        book.Events.Clear();

        book.Replace(buy, 40, 10.00m);

        book.Events.Sequence.Should().Equal($"replaced {buy}", $"trade {buy}x{sell} 40@{Book.Px(10m)}");
    }

    [Test]
    public void A_replace_not_above_the_filled_quantity_is_rejected_and_changes_nothing()
    {
        var book = new Book();
        var sell = book.Sell(100, 10.00m);
        book.Buy(60, 10.00m);

        book.Replace(sell, 60, 10.00m);
        book.Replace(sell, 50, 10.00m);

        book.Events.CancelRejected.Should().Equal(
            (sell, true, MatchCancelRejectReason.QuantityNotAboveFilled),
            (sell, true, MatchCancelRejectReason.QuantityNotAboveFilled));
        book.Engine.TryGetOrder(sell, out var order).Should().BeTrue();
        (order.Quantity, order.Filled, order.Leaves).Should().Be((100L, 60L, 40L));
    }

    [Test]
    public void A_replace_above_the_filled_quantity_reports_the_new_leaves()
    {
        var book = new Book();
        var sell = book.Sell(100, 10.00m);
        book.Buy(60, 10.00m);

        book.Replace(sell, 70, 10.00m);

        book.Events.Replaced.Single().Order.Should().BeEquivalentTo(new { Quantity = 70L, Filled = 60L, Leaves = 10L });
        book.Level(MatchSide.Sell, 0).Should().Be((10.00m, 10L));
    }

    [Test]
    public void Replace_of_an_unknown_order_is_refused()
    {
        var book = new Book();

        book.Replace(42, 10, 10.00m);

        book.Events.CancelRejected.Single().Should().Be((42L, true, MatchCancelRejectReason.UnknownOrder));
    }
}
