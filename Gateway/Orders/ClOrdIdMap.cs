namespace Gateway.Orders;

/// <summary>
/// Request id (ClOrdId, always positive) → record index: open addressing with linear probing, sized once, at most
/// half full. Entries are never removed: request ids are unique for the day and a late report must still find
/// its order.
/// </summary>
internal sealed class ClOrdIdMap
{
    private readonly long[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public ClOrdIdMap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _keys = new long[OrderHashing.TableSize(capacity)];
        _values = new int[_keys.Length];
        _mask = _keys.Length - 1;
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count >= Capacity;

    /// <summary>The index mapped to <paramref name="clOrdId"/>, or −1.</summary>
    public int Find(long clOrdId)
    {
        if (clOrdId <= 0)
        {
            return -1;
        }

        var keys = _keys;
        var i = OrderHashing.Slot((ulong)clOrdId, _mask);
        while (true)
        {
            var key = keys[i];
            if (key == clOrdId)
            {
                return _values[i];
            }

            if (key == 0)
            {
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Maps the id (an id already there is pointed at <paramref name="index"/>); false when full or the id is not positive.</summary>
    public bool Set(long clOrdId, int index)
    {
        if (clOrdId <= 0)
        {
            return false;
        }

        var keys = _keys;
        var i = OrderHashing.Slot((ulong)clOrdId, _mask);
        while (keys[i] != 0)
        {
            if (keys[i] == clOrdId)
            {
                _values[i] = index;
                return true;
            }

            i = (i + 1) & _mask;
        }

        if (IsFull)
        {
            return false;
        }

        keys[i] = clOrdId;
        _values[i] = index;
        Count++;
        return true;
    }
}
