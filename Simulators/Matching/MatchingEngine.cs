namespace Gateway.Simulators.Matching;

/// <summary>
/// Price-time priority matching of limit and market orders (Day, IOC, FOK) per symbol, with cancel, replace and an
/// optional market maker per symbol. Single-threaded: one thread owns the engine. Events go to the listener given
/// with each call, synchronously and in order. Nothing on the order path allocates once the pool and the level
/// arrays have grown to the working size. See README.md beside this file for the rules.
/// </summary>
public sealed partial class MatchingEngine
{
    /// <summary>The owner of the market maker's orders.</summary>
    public const int MarketMakerOwner = -1;

    private readonly OrderPool _pool;
    private readonly Dictionary<long, int> _slotById;
    private readonly List<OrderBook> _books = [];
    private readonly MarketMakerOptions _marketMaker;
    private long _lastOrderId;
    private long _lastTradeId;

    public MatchingEngine(MarketMakerOptions? marketMaker = null, int orderCapacity = 4096)
    {
        _marketMaker = marketMaker ?? MarketMakerOptions.Default;
        _marketMaker.Validate();
        _pool = new OrderPool(orderCapacity);
        _slotById = new Dictionary<long, int>(orderCapacity);
    }

    public MarketMakerOptions MarketMaker => _marketMaker;

    public int SymbolCount => _books.Count;

    /// <summary>Orders resting in the books (the market maker's included).</summary>
    public int LiveOrders => _slotById.Count;

    public long LastOrderId => _lastOrderId;

    public long LastTradeId => _lastTradeId;

    /// <summary>Adds a symbol (or sets the reference of an existing one) and quotes it; returns its index. Cold.</summary>
    public int AddSymbol(string name, long referencePrice)
    {
        var existing = _books.FindIndex(b => b.Name == name);
        if (existing >= 0)
        {
            var none = default(NullMatchListener);
            SetReferencePrice(existing, referencePrice, ref none);
            return existing;
        }

        var book = new OrderBook(_books.Count, name, _pool, _marketMaker.Levels) { ReferencePrice = referencePrice };
        _books.Add(book);
        var listener = default(NullMatchListener);
        Requote(book, ref listener);
        return book.Symbol;
    }

    /// <summary>Finds a symbol by its ASCII name without allocating (a linear scan: venues list a few symbols).</summary>
    public bool TryFindSymbol(ReadOnlySpan<byte> name, out int symbol)
    {
        for (var i = 0; i < _books.Count; i++)
        {
            if (name.SequenceEqual(_books[i].NameBytes))
            {
                symbol = i;
                return true;
            }
        }

        symbol = -1;
        return false;
    }

    public string SymbolName(int symbol) => _books[symbol].Name;

    public ReadOnlySpan<byte> SymbolBytes(int symbol) => _books[symbol].NameBytes;

    public long ReferencePrice(int symbol) => _books[symbol].ReferencePrice;

    /// <summary>Moves the reference: the market maker withdraws its quotes and quotes around the new price.</summary>
    public void SetReferencePrice<TListener>(int symbol, long price, ref TListener listener)
        where TListener : IMatchListener
    {
        var book = _books[symbol];
        book.ReferencePrice = price;
        WithdrawQuotes(book, ref listener);
        Requote(book, ref listener);
    }

    /// <summary>The price and total leaves of a level counted from the best (0); false past the last level.</summary>
    public bool TryGetLevel(int symbol, MatchSide side, int fromBest, out long price, out long quantity)
    {
        var bookSide = _books[symbol].SideOf(side);
        if ((uint)fromBest >= (uint)bookSide.LevelCount)
        {
            price = 0;
            quantity = 0;
            return false;
        }

        ref var level = ref bookSide.FromBest(fromBest);
        price = level.Price;
        quantity = level.Quantity;
        return true;
    }

    public bool TryGetOrder(long orderId, out OrderState state)
    {
        if (_slotById.TryGetValue(orderId, out var slot))
        {
            state = _pool[slot].State();
            return true;
        }

        state = default;
        return false;
    }

    /// <summary>Checks, accepts, matches and rests (or cancels the remainder of) a new order.</summary>
    public void Submit<TListener>(in NewOrder order, ref TListener listener)
        where TListener : IMatchListener
    {
        var reason = Check(in order);
        if (reason != MatchRejectReason.None)
        {
            listener.OnRejected(in order, reason);
            return;
        }

        var book = _books[order.Symbol];
        var slot = Accept(in order, ref listener);
        Execute(book, slot, ref listener);
        if (book.QuotesDirty)
        {
            Requote(book, ref listener);
        }
    }

    /// <summary>Cancels a live order; a cancel of an unknown or finished order is answered with a cancel reject.</summary>
    public void Cancel<TListener>(long orderId, long requestRef, ref TListener listener)
        where TListener : IMatchListener
    {
        if (!_slotById.TryGetValue(orderId, out var slot))
        {
            listener.OnCancelRejected(orderId, requestRef, isReplace: false, NotLive(orderId));
            return;
        }

        ref var order = ref _pool[slot];
        var book = _books[order.Symbol];
        book.SideOf(order.Side).Remove(slot);
        Finish(slot, MatchCancelReason.Requested, ref listener);
        if (book.QuotesDirty)
        {
            Requote(book, ref listener);
        }
    }

    private MatchRejectReason Check(in NewOrder order)
    {
        if ((uint)order.Symbol >= (uint)_books.Count)
        {
            return MatchRejectReason.UnknownSymbol;
        }

        if (order.Side is not (MatchSide.Buy or MatchSide.Sell))
        {
            return MatchRejectReason.InvalidSide;
        }

        if (order.Quantity <= 0)
        {
            return MatchRejectReason.InvalidQuantity;
        }

        return order.Type == MatchOrderType.Limit && order.Price <= 0 ? MatchRejectReason.InvalidPrice : MatchRejectReason.None;
    }

    private MatchCancelRejectReason NotLive(long orderId) =>
        orderId > 0 && orderId <= _lastOrderId ? MatchCancelRejectReason.TooLate : MatchCancelRejectReason.UnknownOrder;

    private int Accept<TListener>(in NewOrder order, ref TListener listener)
        where TListener : IMatchListener
    {
        var slot = _pool.Take();
        ref var o = ref _pool[slot];
        o.OrderId = ++_lastOrderId;
        o.ClientRef = order.ClientRef;
        o.Symbol = order.Symbol;
        o.Owner = order.Owner;
        o.Side = order.Side;
        o.Type = order.Type;
        o.Price = order.Type == MatchOrderType.Market ? 0 : order.Price;
        o.Quantity = order.Quantity;
        _slotById.Add(o.OrderId, slot);
        var state = o.State();
        listener.OnAccepted(in state);
        if (order.TimeInForce == MatchTimeInForce.FillOrKill)
        {
            // FOK: all or nothing, decided before the first trade.
            var book = _books[order.Symbol];
            var available = book.Opposite(o.Side).AvailableUpTo(o.Type == MatchOrderType.Market, o.Price, o.Quantity);
            if (available < o.Quantity)
            {
                Finish(slot, MatchCancelReason.FillOrKillUnfilled, ref listener);
                return OrderPool.None;
            }
        }

        o.Prev = order.TimeInForce == MatchTimeInForce.Day ? OrderPool.None : ImmediateMarker;
        return slot;
    }

    /// <summary>
    /// Marks a taker that must not rest (IOC, FOK) while it matches: kept in Prev, which is unused until the order
    /// joins a level.
    /// </summary>
    private const int ImmediateMarker = -2;

    /// <summary>Matches the order in <paramref name="slot"/>, then rests it, cancels its remainder or finishes it.</summary>
    private void Execute<TListener>(OrderBook book, int slot, ref TListener listener)
        where TListener : IMatchListener
    {
        if (slot == OrderPool.None)
        {
            return;
        }

        ref var order = ref _pool[slot];
        var immediate = order.Prev == ImmediateMarker || order.Type == MatchOrderType.Market;
        order.Prev = OrderPool.None;
        Match(book, slot, ref listener);
        if (order.Leaves == 0)
        {
            Finish(slot, MatchCancelReason.Requested, ref listener);
        }
        else if (immediate)
        {
            var reason = order.Type == MatchOrderType.Market && order.Filled == 0
                ? MatchCancelReason.NoLiquidity
                : MatchCancelReason.ImmediateOrCancelRemainder;
            Finish(slot, reason, ref listener);
        }
        else if (order.Owner >= 0 && _marketMaker.Enabled && _marketMaker.FillRestingOrders)
        {
            TakeByMarketMaker(book, slot, ref listener);
        }
        else
        {
            book.SideOf(order.Side).Enqueue(slot);
        }
    }

    /// <summary>Trades the taker against the opposite side, best level first, oldest order first.</summary>
    private void Match<TListener>(OrderBook book, int takerSlot, ref TListener listener)
        where TListener : IMatchListener
    {
        ref var taker = ref _pool[takerSlot];
        var opposite = book.Opposite(taker.Side);
        var anyPrice = taker.Type == MatchOrderType.Market;
        while (taker.Leaves > 0 && !opposite.IsEmpty)
        {
            ref var level = ref opposite.Best;
            if (!anyPrice && opposite.IsBetter(taker.Price, level.Price))
            {
                return;
            }

            while (taker.Leaves > 0 && level.Head != OrderPool.None)
            {
                var restingSlot = level.Head;
                ref var resting = ref _pool[restingSlot];
                var quantity = Math.Min(taker.Leaves, resting.Leaves);
                taker.Filled += quantity;
                resting.Filled += quantity;
                level.Quantity -= quantity;
                var trade = new Trade
                {
                    TradeId = ++_lastTradeId,
                    Symbol = book.Symbol,
                    Price = level.Price,
                    Quantity = quantity,
                    Aggressor = taker.State(),
                    Resting = resting.State(),
                };
                if (resting.Owner < 0 || taker.Owner < 0)
                {
                    book.QuotesDirty = true;
                }

                listener.OnTrade(in trade);
                if (resting.Leaves == 0)
                {
                    level.Head = resting.Next;
                    if (level.Head == OrderPool.None)
                    {
                        level.Tail = OrderPool.None;
                    }
                    else
                    {
                        _pool[level.Head].Prev = OrderPool.None;
                    }

                    _slotById.Remove(resting.OrderId);
                    _pool.Return(restingSlot);
                }
            }

            if (level.Head == OrderPool.None)
            {
                opposite.PopBest();
            }
        }
    }

    /// <summary>Takes a finished order out of the live set: a full fill (no event) or a cancel of the remainder.</summary>
    private void Finish<TListener>(int slot, MatchCancelReason reason, ref TListener listener)
        where TListener : IMatchListener
    {
        ref var order = ref _pool[slot];
        if (order.Leaves > 0)
        {
            var state = order.State() with { Leaves = 0 };
            listener.OnCanceled(in state, reason);
        }

        _slotById.Remove(order.OrderId);
        _pool.Return(slot);
    }
}
