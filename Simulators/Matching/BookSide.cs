namespace Gateway.Simulators.Matching;

/// <summary>A price level: the FIFO queue of its orders (pool slots) and their total leaves.</summary>
internal struct PriceLevel
{
    public long Price;
    public long Quantity;
    public int Head;
    public int Tail;
}

/// <summary>
/// One side of a book: price levels in a sorted array with the best level last (bids ascending, asks descending),
/// so taking the best level or removing it is O(1); other levels are found by binary search. Orders within a level
/// are a doubly linked FIFO through the pool (time priority).
/// </summary>
internal sealed class BookSide(MatchSide side, OrderPool pool)
{
    private PriceLevel[] _levels = new PriceLevel[64];
    private int _count;

    public MatchSide Side => side;

    public int LevelCount => _count;

    public bool IsEmpty => _count == 0;

    /// <summary>The best level (the last one); only when not empty.</summary>
    public ref PriceLevel Best => ref _levels[_count - 1];

    /// <summary>Level i counted from the best (0 = best).</summary>
    public ref PriceLevel FromBest(int i) => ref _levels[_count - 1 - i];

    /// <summary>True if <paramref name="a"/> is a better price than <paramref name="b"/> on this side.</summary>
    public bool IsBetter(long a, long b) => side == MatchSide.Buy ? a > b : a < b;

    /// <summary>Appends the order (already filled in, Prev/Next none) to the back of its price's queue.</summary>
    public void Enqueue(int slot)
    {
        ref var order = ref pool[slot];
        var index = FindOrInsert(order.Price);
        ref var level = ref _levels[index];
        order.Prev = level.Tail;
        order.Next = OrderPool.None;
        if (level.Tail == OrderPool.None)
        {
            level.Head = slot;
        }
        else
        {
            pool[level.Tail].Next = slot;
        }

        level.Tail = slot;
        level.Quantity += order.Leaves;
    }

    /// <summary>Unlinks the order from its level (dropping the level if it empties). The slot is not returned.</summary>
    public void Remove(int slot)
    {
        ref var order = ref pool[slot];
        var index = Find(order.Price);
        ref var level = ref _levels[index];
        if (order.Prev == OrderPool.None)
        {
            level.Head = order.Next;
        }
        else
        {
            pool[order.Prev].Next = order.Next;
        }

        if (order.Next == OrderPool.None)
        {
            level.Tail = order.Prev;
        }
        else
        {
            pool[order.Next].Prev = order.Prev;
        }

        order.Prev = OrderPool.None;
        order.Next = OrderPool.None;
        level.Quantity -= order.Leaves;
        if (level.Head == OrderPool.None)
        {
            RemoveAt(index);
        }
    }

    /// <summary>Changes the level total after a fill or a quantity decrease of an order that stays in place.</summary>
    public void Reduce(long price, long quantity) => _levels[Find(price)].Quantity -= quantity;

    /// <summary>Drops the best level once its queue is empty.</summary>
    public void PopBest() => _count--;

    /// <summary>The leaves available at prices at least as good as <paramref name="limit"/> (market: any), up to <paramref name="enough"/>.</summary>
    public long AvailableUpTo(bool anyPrice, long limit, long enough)
    {
        long total = 0;
        for (var i = _count - 1; i >= 0 && total < enough; i--)
        {
            if (!anyPrice && IsBetter(limit, _levels[i].Price))
            {
                break;
            }

            total += _levels[i].Quantity;
        }

        return total;
    }

    private int Find(long price)
    {
        var index = Search(price);
        if (index < 0)
        {
            throw new InvalidOperationException($"no level at {price} on the {side} side");
        }

        return index;
    }

    private int FindOrInsert(long price)
    {
        var index = Search(price);
        if (index >= 0)
        {
            return index;
        }

        index = ~index;
        if (_count == _levels.Length)
        {
            Array.Resize(ref _levels, _levels.Length * 2);
        }

        Array.Copy(_levels, index, _levels, index + 1, _count - index);
        _levels[index] = new PriceLevel { Price = price, Head = OrderPool.None, Tail = OrderPool.None };
        _count++;
        return index;
    }

    private void RemoveAt(int index)
    {
        Array.Copy(_levels, index + 1, _levels, index, _count - index - 1);
        _count--;
    }

    /// <summary>Binary search in the side's order (worst first, best last): the index, or ~insertion point.</summary>
    private int Search(long price)
    {
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var p = _levels[mid].Price;
            if (p == price)
            {
                return mid;
            }

            // Worse prices come first: for bids lower, for asks higher.
            if (IsBetter(price, p))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }
}
