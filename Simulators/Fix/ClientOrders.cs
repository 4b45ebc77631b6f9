namespace Gateway.Simulators.Fix;

/// <summary>What the venue remembers of a live client order beyond the book: its ids and fill totals.</summary>
internal struct ClientOrder
{
    public InlineText ClOrdId;
    public long OrderId;
    public int Session;
    public int Symbol;
    public char Side;
    public char OrdType;
    public long Quantity;
    public long Price;
    public long CumQty;

    /// <summary>Σ price × quantity of the fills (for AvgPx), in fixed point times units.</summary>
    public Int128 Notional;

    public readonly long AvgPx => CumQty == 0 ? 0 : (long)(Notional / CumQty);
}

/// <summary>
/// Live client orders in preallocated slots (the slot is the order's ClientRef in the matching engine), indexed by
/// (session, ClOrdID) for cancels and replaces. The index keys on a 64-bit hash of the ClOrdID and compares the
/// stored bytes on a hit; two live ClOrdIDs of one session with the same hash (never seen in practice) would make
/// the second one look like a duplicate.
/// </summary>
internal sealed class ClientOrders
{
    private readonly Dictionary<OrderKey, int> _index;
    private ClientOrder[] _orders;
    private int[] _free;
    private int _freeCount;

    public ClientOrders(int capacity)
    {
        _orders = new ClientOrder[capacity];
        _free = new int[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _free[i] = capacity - 1 - i;
        }

        _freeCount = capacity;
        _index = new Dictionary<OrderKey, int>(capacity);
    }

    public int Count => _index.Count;

    public ref ClientOrder this[int slot] => ref _orders[slot];

    public bool TryFind(int session, ReadOnlySpan<byte> clOrdId, out int slot) =>
        _index.TryGetValue(new OrderKey(session, Hash(clOrdId)), out slot)
        && _orders[slot].ClOrdId.Span.SequenceEqual(clOrdId);

    public bool Contains(int session, ReadOnlySpan<byte> clOrdId) =>
        _index.ContainsKey(new OrderKey(session, Hash(clOrdId)));

    /// <summary>A slot for a new order, indexed under its ClOrdID.</summary>
    public int Add(int session, ReadOnlySpan<byte> clOrdId)
    {
        if (_freeCount == 0)
        {
            Grow();
        }

        var slot = _free[--_freeCount];
        ref var order = ref _orders[slot];
        order = default;
        order.Session = session;
        order.ClOrdId.Set(clOrdId);
        _index.Add(new OrderKey(session, Hash(clOrdId)), slot);
        return slot;
    }

    /// <summary>A replace took effect: the order is known by its new ClOrdID from now on.</summary>
    public void Rename(int slot, ReadOnlySpan<byte> newClOrdId)
    {
        ref var order = ref _orders[slot];
        _index.Remove(new OrderKey(order.Session, Hash(order.ClOrdId.Span)));
        order.ClOrdId.Set(newClOrdId);
        _index.TryAdd(new OrderKey(order.Session, Hash(newClOrdId)), slot);
    }

    public void Remove(int slot)
    {
        ref var order = ref _orders[slot];
        _index.Remove(new OrderKey(order.Session, Hash(order.ClOrdId.Span)));
        _free[_freeCount++] = slot;
    }

    /// <summary>FNV-1a, 64 bits.</summary>
    private static ulong Hash(ReadOnlySpan<byte> value)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in value)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var old = _orders.Length;
        Array.Resize(ref _orders, old * 2);
        Array.Resize(ref _free, old * 2);
        for (var i = 0; i < old; i++)
        {
            _free[i] = (old * 2) - 1 - i;
        }

        _freeCount = old;
    }

    private readonly record struct OrderKey(int Session, ulong Hash);
}
