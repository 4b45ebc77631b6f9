using FluentAssertions;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Matching;

public sealed class PriorityTests
{
    [Test]
    public void Better_price_trades_first()
    {
        var book = new Book();
        book.Sell(100, 10.02m);
        book.Sell(100, 10.01m);

        book.Buy(150, 10.05m);

        book.Events.Trades.Select(t => (Prices.ToDecimal(t.Price), t.Quantity))
            .Should().Equal((10.01m, 100L), (10.02m, 50L));
        book.Level(MatchSide.Sell, 0).Should().Be((10.02m, 50L));
        book.Level(MatchSide.Buy, 0).Should().Be((0m, 0L), "the buy was filled in full");
    }

    [Test]
    public void Same_price_trades_oldest_first()
    {
        var book = new Book();
        var first = book.Sell(100, 10.01m);
        var second = book.Sell(100, 10.01m);

        book.Buy(150, 10.01m);

        book.Events.Trades.Select(t => (t.Resting.OrderId, t.Quantity)).Should().Equal((first, 100L), (second, 50L));
        book.Engine.TryGetOrder(second, out var left).Should().BeTrue();
        left.Leaves.Should().Be(50);
        book.Engine.TryGetOrder(first, out _).Should().BeFalse("a filled order leaves the book");
    }

    [Test]
    public void A_limit_order_sweeps_levels_up_to_its_price_and_rests_the_remainder()
    {
        var book = new Book();
        book.Sell(100, 10.01m);
        book.Sell(100, 10.02m);
        book.Sell(100, 10.03m);

        var buy = book.Buy(250, 10.02m);

        book.Events.Trades.Should().HaveCount(2);
        book.Events.Trades[1].Aggressor.Should().BeEquivalentTo(new { OrderId = buy, Filled = 200L, Leaves = 50L });
        book.Level(MatchSide.Buy, 0).Should().Be((10.02m, 50L));
        book.Level(MatchSide.Sell, 0).Should().Be((10.03m, 100L));
    }

    [Test]
    public void A_trade_reports_both_sides_with_a_trade_id()
    {
        var book = new Book();
        var sell = book.Sell(100, 10.00m, owner: 1);
        var buy = book.Buy(40, 10.50m, owner: 2);

        var trade = book.Events.Trades.Single();
        trade.TradeId.Should().Be(1);
        trade.Price.Should().Be(Book.Px(10.00m), "the resting order's price");
        trade.Quantity.Should().Be(40);
        trade.Aggressor.Should().BeEquivalentTo(new { OrderId = buy, Owner = 2, Side = MatchSide.Buy, Filled = 40L, Leaves = 0L });
        trade.Resting.Should().BeEquivalentTo(new { OrderId = sell, Owner = 1, Side = MatchSide.Sell, Filled = 40L, Leaves = 60L });
    }

    [Test]
    public void Orders_of_one_owner_trade_with_each_other_and_both_sides_hear_it()
    {
        var book = new Book();
        var sell = book.Sell(10, 10.00m);
        var buy = book.Buy(10, 10.00m);

        var trade = book.Events.Trades.Single();
        (trade.Aggressor.OrderId, trade.Resting.OrderId).Should().Be((buy, sell));
        (trade.Aggressor.Owner, trade.Resting.Owner).Should().Be((Book.Owner, Book.Owner));
    }

    [Test]
    public void Accepted_comes_before_the_trades_and_the_remainder_cancel()
    {
        var book = new Book();
        var sell = book.Sell(10, 10.00m);
        book.Events.Clear();

        var buy = book.Buy(30, 10.00m, MatchTimeInForce.ImmediateOrCancel);

        book.Events.Sequence.Should().Equal(
            $"accepted {buy}", $"trade {buy}x{sell} 10@{Book.Px(10m)}", $"canceled {buy} ImmediateOrCancelRemainder");
    }

    [Test]
    public void The_pool_grows_past_its_capacity()
    {
        var book = new Book(capacity: 4);
        for (var i = 0; i < 20; i++)
        {
            book.Buy(1, 10.00m - (i * 0.01m));
        }

        book.Engine.LiveOrders.Should().Be(20);
        book.Market(MatchSide.Sell, 20);
        book.Events.Trades.Should().HaveCount(20);
        book.Engine.LiveOrders.Should().Be(0);
    }
}
