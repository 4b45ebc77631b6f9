namespace Gateway.Simulators.Matching;

/// <summary>
/// The built-in market maker: rests <see cref="MarketMakerOptions.Levels"/> quotes a side around the reference
/// price and tops them up to full size after a request that traded with them, so a lone client always finds
/// liquidity. Its orders are ordinary resting orders (owner <see cref="MarketMakerOwner"/>) in the same queues.
/// </summary>
public sealed partial class MatchingEngine
{
    /// <summary>Posts missing quotes and tops partially filled ones up to full size (they go to the back).</summary>
    private void Requote<TListener>(OrderBook book, ref TListener listener)
        where TListener : IMatchListener
    {
        book.QuotesDirty = false;
        if (!_marketMaker.Enabled || book.ReferencePrice <= 0)
        {
            return;
        }

        var tick = _marketMaker.TickSize;
        var bestBid = book.ReferencePrice - (_marketMaker.SpreadTicks / 2 * tick);
        var bestAsk = bestBid + (_marketMaker.SpreadTicks * tick);
        for (var i = 0; i < _marketMaker.Levels; i++)
        {
            Quote(book, MatchSide.Buy, i, bestBid - (i * tick), ref listener);
            Quote(book, MatchSide.Sell, i, bestAsk + (i * tick), ref listener);
        }

        // A new quote may itself have traded with a client order: that needs no second pass (it rests topped up
        // next time), and looping here could chase a client's book forever.
        book.QuotesDirty = false;
    }

    private void Quote<TListener>(OrderBook book, MatchSide side, int level, long price, ref TListener listener)
        where TListener : IMatchListener
    {
        if (price <= 0)
        {
            return;
        }

        var quotes = book.QuotesOf(side);
        if (quotes[level] != 0 && _slotById.TryGetValue(quotes[level], out var slot))
        {
            ref var resting = ref _pool[slot];
            if (resting.Leaves < _marketMaker.Size)
            {
                var bookSide = book.SideOf(side);
                bookSide.Remove(slot);
                resting.Quantity = resting.Filled + _marketMaker.Size;
                bookSide.Enqueue(slot);
            }

            return;
        }

        var order = new NewOrder
        {
            Symbol = book.Symbol,
            Owner = MarketMakerOwner,
            ClientRef = level,
            Side = side,
            Type = MatchOrderType.Limit,
            TimeInForce = MatchTimeInForce.Day,
            Quantity = _marketMaker.Size,
            Price = price,
        };
        var newSlot = Accept(in order, ref listener);
        quotes[level] = _pool[newSlot].OrderId;
        Execute(book, newSlot, ref listener);
    }

    private void WithdrawQuotes<TListener>(OrderBook book, ref TListener listener)
        where TListener : IMatchListener
    {
        WithdrawSide(book, MatchSide.Buy, ref listener);
        WithdrawSide(book, MatchSide.Sell, ref listener);
    }

    private void WithdrawSide<TListener>(OrderBook book, MatchSide side, ref TListener listener)
        where TListener : IMatchListener
    {
        var quotes = book.QuotesOf(side);
        for (var i = 0; i < quotes.Length; i++)
        {
            if (quotes[i] != 0 && _slotById.TryGetValue(quotes[i], out var slot))
            {
                book.SideOf(side).Remove(slot);
                Finish(slot, MatchCancelReason.Requoted, ref listener);
            }

            quotes[i] = 0;
        }
    }

    /// <summary>
    /// <see cref="MarketMakerOptions.FillRestingOrders"/>: the market maker sends an IOC for exactly the client order's
    /// leaves at its price and trades with that order alone (not with better-priced orders ahead of it).
    /// </summary>
    private void TakeByMarketMaker<TListener>(OrderBook book, int slot, ref TListener listener)
        where TListener : IMatchListener
    {
        var order = new NewOrder
        {
            Symbol = book.Symbol,
            Owner = MarketMakerOwner,
            ClientRef = -1,
            Side = _pool[slot].Side == MatchSide.Buy ? MatchSide.Sell : MatchSide.Buy,
            Type = MatchOrderType.Limit,
            TimeInForce = MatchTimeInForce.ImmediateOrCancel,
            Quantity = _pool[slot].Leaves,
            Price = _pool[slot].Price,
        };
        var takerSlot = Accept(in order, ref listener);

        // Refs taken after Accept: taking a slot may have grown the pool.
        ref var taker = ref _pool[takerSlot];
        ref var resting = ref _pool[slot];
        var quantity = resting.Leaves;
        taker.Filled += quantity;
        resting.Filled += quantity;
        var trade = new Trade
        {
            TradeId = ++_lastTradeId,
            Symbol = book.Symbol,
            Price = resting.Price,
            Quantity = quantity,
            Aggressor = taker.State(),
            Resting = resting.State(),
        };
        listener.OnTrade(in trade);
        Finish(slot, MatchCancelReason.Requested, ref listener);
        Finish(takerSlot, MatchCancelReason.Requested, ref listener);
    }
}
