namespace Gateway.Simulators.Matching;

/// <summary>One resting order, kept in a pool slot and linked into its price level's FIFO queue.</summary>
internal struct RestingOrder
{
    public long OrderId;
    public long ClientRef;
    public long Price;
    public long Quantity;
    public long Filled;
    public int Symbol;
    public int Owner;
    public int Prev;
    public int Next;
    public MatchSide Side;
    public MatchOrderType Type;

    public readonly long Leaves => Quantity - Filled;

    public readonly OrderState State() => new()
    {
        OrderId = OrderId,
        Symbol = Symbol,
        Owner = Owner,
        ClientRef = ClientRef,
        Side = Side,
        Type = Type,
        Price = Price,
        Quantity = Quantity,
        Filled = Filled,
        Leaves = Quantity - Filled,
    };
}

/// <summary>
/// Preallocated slots for resting orders with a free list: taking and returning a slot allocates nothing (the
/// arrays double when every slot is used, a cold path). Slot -1 is "none".
/// </summary>
internal sealed class OrderPool
{
    public const int None = -1;

    private RestingOrder[] _orders;
    private int[] _free;
    private int _freeCount;

    public OrderPool(int capacity)
    {
        _orders = new RestingOrder[capacity];
        _free = new int[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _free[i] = capacity - 1 - i;
        }

        _freeCount = capacity;
    }

    public int InUse => _orders.Length - _freeCount;

    public ref RestingOrder this[int slot] => ref _orders[slot];

    public int Take()
    {
        if (_freeCount == 0)
        {
            Grow();
        }

        var slot = _free[--_freeCount];
        _orders[slot] = default;
        _orders[slot].Prev = None;
        _orders[slot].Next = None;
        return slot;
    }

    public void Return(int slot) => _free[_freeCount++] = slot;

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
}
