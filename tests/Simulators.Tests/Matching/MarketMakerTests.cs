using FluentAssertions;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Matching;

public sealed class MarketMakerTests
{
    private static readonly MarketMakerOptions Quotes = new() { SpreadTicks = 2, Size = 100, Levels = 3 };

    [Test]
    public void Quotes_levels_around_the_reference_price()
    {
        var book = new Book(Quotes, reference: 190.00m);

        Enumerable.Range(0, 3).Select(i => book.Level(MatchSide.Buy, i))
            .Should().Equal((189.99m, 100L), (189.98m, 100L), (189.97m, 100L));
        Enumerable.Range(0, 3).Select(i => book.Level(MatchSide.Sell, i))
            .Should().Equal((190.01m, 100L), (190.02m, 100L), (190.03m, 100L));
    }

    [Test]
    public void An_odd_spread_puts_the_bid_on_the_reference()
    {
        var book = new Book(Quotes with { SpreadTicks = 1, Levels = 1 }, reference: 10.00m);

        (book.Level(MatchSide.Buy, 0).Price, book.Level(MatchSide.Sell, 0).Price).Should().Be((10.00m, 10.01m));
    }

    [Test]
    public void A_marketable_order_fills_across_levels_and_the_quotes_are_replenished()
    {
        var book = new Book(Quotes, reference: 190.00m);

        book.Buy(150, 190.05m);

        book.Events.Trades.Select(t => (Prices.ToDecimal(t.Price), t.Quantity)).Should().Equal((190.01m, 100L), (190.02m, 50L));
        book.Events.Trades.Should().OnlyContain(t => t.Resting.IsMarketMaker && !t.Aggressor.IsMarketMaker);
        Enumerable.Range(0, 3).Select(i => book.Level(MatchSide.Sell, i))
            .Should().Equal((190.01m, 100L), (190.02m, 100L), (190.03m, 100L));
    }

    [Test]
    public void An_order_bigger_than_the_quotes_fills_partly_and_the_rest_is_canceled()
    {
        var book = new Book(Quotes, reference: 190.00m);

        book.Market(MatchSide.Sell, 500);

        book.Events.Trades.Sum(t => t.Quantity).Should().Be(300);
        book.Events.Canceled.Single(c => !c.Order.IsMarketMaker).Order.Filled.Should().Be(300);
        book.Level(MatchSide.Buy, 0).Should().Be((189.99m, 100L), "replenished after the sweep");
        book.Engine.LiveOrders.Should().Be(6);
    }

    [Test]
    public void Every_order_of_a_stream_reaches_a_final_state()
    {
        var book = new Book(Quotes, reference: 190.00m);
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var side = random.Next(2) == 0 ? MatchSide.Buy : MatchSide.Sell;
            var price = side == MatchSide.Buy ? 190.05m : 189.95m;
            book.Send(side, MatchOrderType.Limit, random.Next(1, 250), price, MatchTimeInForce.ImmediateOrCancel, i);
        }

        var clientOrders = book.Events.Accepted.Where(a => !a.IsMarketMaker).Select(a => a.OrderId).ToHashSet();
        clientOrders.Should().HaveCount(500);
        foreach (var id in clientOrders)
        {
            book.Engine.TryGetOrder(id, out _).Should().BeFalse();
        }

        var filledInFull = book.Events.Trades.Where(t => t.Aggressor.Leaves == 0).Select(t => t.Aggressor.OrderId);
        var canceled = book.Events.Canceled.Where(c => !c.Order.IsMarketMaker).Select(c => c.Order.OrderId);
        filledInFull.Concat(canceled).Should().BeEquivalentTo(clientOrders);
    }

    [Test]
    public void A_new_reference_price_moves_the_quotes()
    {
        var book = new Book(Quotes, reference: 190.00m);
        var listener = book.Events;

        book.Engine.SetReferencePrice(book.Symbol, Book.Px(200m), ref listener);

        book.Level(MatchSide.Buy, 0).Should().Be((199.99m, 100L));
        book.Level(MatchSide.Sell, 2).Should().Be((200.03m, 100L));
        book.Engine.LiveOrders.Should().Be(6);
        book.Events.Canceled.Should().HaveCount(6).And.OnlyContain(c => c.Reason == MatchCancelReason.Requoted);
    }

    [Test]
    public void No_reference_price_no_quotes()
    {
        var book = new Book(Quotes, reference: 0m);

        book.Engine.LiveOrders.Should().Be(0);
    }
}

public sealed class FillRestingOrdersTests
{
    private static readonly MarketMakerOptions Taking = new() { SpreadTicks = 2, Size = 100, Levels = 1, FillRestingOrders = true };

    [Test]
    public void An_order_that_would_rest_is_filled_at_its_own_price()
    {
        var book = new Book(Taking, reference: 190.00m);

        var buy = book.Buy(500, 189.00m);

        var trade = book.Events.Trades.Single();
        (trade.Resting.OrderId, trade.Quantity, Prices.ToDecimal(trade.Price)).Should().Be((buy, 500L, 189.00m));
        trade.Aggressor.IsMarketMaker.Should().BeTrue();
        book.Engine.LiveOrders.Should().Be(2, "only the two quotes rest");
    }

    [Test]
    public void A_marketable_order_takes_the_quotes_first_and_the_rest_is_taken_at_its_price()
    {
        var book = new Book(Taking, reference: 190.00m);

        book.Buy(150, 190.05m);

        book.Events.Trades.Select(t => (Prices.ToDecimal(t.Price), t.Quantity)).Should().Equal((190.01m, 100L), (190.05m, 50L));
        book.Events.Trades[1].Aggressor.Leaves.Should().Be(0);
    }

    [Test]
    public void IOC_orders_are_not_taken()
    {
        var book = new Book(Taking, reference: 190.00m);

        book.Buy(10, 189.00m, MatchTimeInForce.ImmediateOrCancel);

        book.Events.Trades.Should().BeEmpty();
        book.Events.Canceled.Single().Reason.Should().Be(MatchCancelReason.ImmediateOrCancelRemainder);
    }
}
