using FluentAssertions;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Matching;

public sealed class TimeInForceTests
{
    [Test]
    public void IOC_trades_what_it_can_and_cancels_the_rest()
    {
        var book = new Book();
        book.Sell(30, 10.00m);

        var buy = book.Buy(100, 10.00m, MatchTimeInForce.ImmediateOrCancel);

        book.Events.Trades.Single().Quantity.Should().Be(30);
        var (order, reason) = book.Events.Canceled.Single();
        (order.OrderId, order.Filled, order.Leaves, reason).Should().Be((buy, 30L, 0L, MatchCancelReason.ImmediateOrCancelRemainder));
        book.Level(MatchSide.Buy, 0).Quantity.Should().Be(0, "an IOC never rests");
    }

    [Test]
    public void FOK_without_enough_liquidity_is_canceled_without_trading()
    {
        var book = new Book();
        book.Sell(60, 10.00m);
        book.Sell(30, 10.01m);
        book.Sell(100, 10.02m);

        var buy = book.Buy(100, 10.01m, MatchTimeInForce.FillOrKill);

        book.Events.Trades.Should().BeEmpty();
        book.Events.Canceled.Single().Should().Be((book.Events.Canceled[0].Order, MatchCancelReason.FillOrKillUnfilled));
        book.Events.Canceled[0].Order.OrderId.Should().Be(buy);
        book.Level(MatchSide.Sell, 0).Should().Be((10.00m, 60L), "the book is untouched");
    }

    [Test]
    public void FOK_with_enough_liquidity_fills_in_full()
    {
        var book = new Book();
        book.Sell(60, 10.00m);
        book.Sell(40, 10.01m);

        book.Buy(100, 10.01m, MatchTimeInForce.FillOrKill);

        book.Events.Trades.Sum(t => t.Quantity).Should().Be(100);
        book.Events.Canceled.Should().BeEmpty();
    }

    [Test]
    public void A_market_order_with_no_liquidity_is_canceled()
    {
        var book = new Book();

        var buy = book.Market(MatchSide.Buy, 10);

        book.Events.Accepted.Single().OrderId.Should().Be(buy);
        book.Events.Canceled.Single().Reason.Should().Be(MatchCancelReason.NoLiquidity);
        book.Engine.LiveOrders.Should().Be(0);
    }

    [Test]
    public void A_market_order_takes_any_price_and_never_rests()
    {
        var book = new Book();
        book.Buy(10, 9.00m);
        book.Buy(10, 1.00m);

        book.Market(MatchSide.Sell, 25);

        book.Events.Trades.Select(t => Prices.ToDecimal(t.Price)).Should().Equal(9.00m, 1.00m);
        book.Events.Canceled.Single().Should().Match<(OrderState Order, MatchCancelReason Reason)>(
            c => c.Reason == MatchCancelReason.ImmediateOrCancelRemainder && c.Order.Filled == 20);
        book.Level(MatchSide.Sell, 0).Quantity.Should().Be(0);
    }

    [TestCase(0, 10.0, MatchRejectReason.InvalidQuantity)]
    [TestCase(-5, 10.0, MatchRejectReason.InvalidQuantity)]
    [TestCase(10, 0.0, MatchRejectReason.InvalidPrice)]
    public void Bad_orders_are_rejected(long quantity, decimal price, MatchRejectReason reason)
    {
        var book = new Book();

        book.Buy(quantity, price).Should().Be(0);

        book.Events.Rejected.Single().Reason.Should().Be(reason);
        book.Engine.LastOrderId.Should().Be(0, "a rejected order gets no id");
    }

    [Test]
    public void An_unknown_symbol_is_rejected()
    {
        var book = new Book();
        var order = new NewOrder { Symbol = 5, Side = MatchSide.Buy, Type = MatchOrderType.Limit, Quantity = 1, Price = 1 };
        var listener = book.Events;

        book.Engine.Submit(in order, ref listener);

        book.Events.Rejected.Single().Reason.Should().Be(MatchRejectReason.UnknownSymbol);
    }
}
