namespace Gateway.RiskChecks.State;

/// <summary>
/// The client order ids a strategy has used today: an open-addressing hash set of longs with linear probing,
/// sized once (at most half full), never allocating after construction. Ids are only added, and the set is
/// cleared at day rollover, so it needs no deletion.
/// </summary>
internal sealed class ClientOrderIdSet
{
    /// <summary>Marks an empty slot; the id equal to it is tracked by a flag instead.</summary>
    private const long Empty = long.MinValue;

    private readonly long[] _slots;
    private readonly int _mask;
    private bool _hasEmptyKey;

    public ClientOrderIdSet(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _slots = new long[Hashing.TableSize(capacity)];
        _mask = _slots.Length - 1;
        Array.Fill(_slots, Empty);
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count >= Capacity;

    public bool Contains(long id)
    {
        if (id == Empty)
        {
            return _hasEmptyKey;
        }

        var slots = _slots;
        var i = Hashing.Slot((ulong)id, _mask);
        while (true)
        {
            var found = slots[i];
            if (found == id)
            {
                return true;
            }

            if (found == Empty)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds an id; false if it was there already or the set is full.</summary>
    public bool Add(long id)
    {
        if (IsFull)
        {
            return false;
        }

        if (id == Empty)
        {
            if (_hasEmptyKey)
            {
                return false;
            }

            _hasEmptyKey = true;
            Count++;
            return true;
        }

        var slots = _slots;
        var i = Hashing.Slot((ulong)id, _mask);
        while (slots[i] != Empty)
        {
            if (slots[i] == id)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }

        slots[i] = id;
        Count++;
        return true;
    }

    /// <summary>Cold: adds every id of this set to <paramref name="other"/> (when a strategy's capacity changes).</summary>
    public void CopyTo(ClientOrderIdSet other)
    {
        if (_hasEmptyKey)
        {
            other.Add(Empty);
        }

        foreach (var id in _slots)
        {
            if (id != Empty)
            {
                other.Add(id);
            }
        }
    }

    public void Clear()
    {
        Array.Fill(_slots, Empty);
        _hasEmptyKey = false;
        Count = 0;
    }
}
