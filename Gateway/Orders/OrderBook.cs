using Gateway.Api.Protocol;

namespace Gateway.Orders;

/// <summary>
/// Every order of the day, final ones included (a client order id stays used), in arrival order. Capacity is fixed
/// at construction and everything is allocated then: adding, finding and changing orders never allocates.
/// Order thread only: no locks.
/// </summary>
public sealed partial class OrderBook
{
    private readonly OrderRecord[] _records;
    private readonly bool[] _countedOpen;
    private readonly ClientOrderIdIndex _byClientOrderId;
    private readonly ClOrdIdMap _byClOrdId;
    private long _lastClOrdId;

    /// <param name="capacity">Orders (records) for the day; each replace takes one more.</param>
    /// <param name="requestIdCapacity">Request ids (new, replace and cancel); 0: four per order.</param>
    public OrderBook(int capacity, int requestIdCapacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(requestIdCapacity);
        _records = new OrderRecord[capacity];
        _countedOpen = new bool[capacity];
        _byClientOrderId = new ClientOrderIdIndex(_records);
        _byClOrdId = new ClOrdIdMap(requestIdCapacity == 0 ? checked(capacity * 4) : requestIdCapacity);
    }

    public int Capacity => _records.Length;

    /// <summary>Records in the book (indexes 0 to Count − 1).</summary>
    public int Count { get; private set; }

    /// <summary>Orders not final, replacements waiting for confirmation not counted (their original stands for them).</summary>
    public int OpenCount { get; private set; }

    /// <summary>The last request id handed out (or seeded).</summary>
    public long LastClOrdId => _lastClOrdId;

    public ref OrderRecord this[int index] => ref _records[index];

    public int FindByClientOrderId(int strategyId, long clientOrderId) => _byClientOrderId.Find(strategyId, clientOrderId);

    /// <summary>The order a request id (new order, cancel or replace request) belongs to, or −1.</summary>
    public int FindByClOrdId(long clOrdId) => _byClOrdId.Find(clOrdId);

    /// <summary>A new request id, strictly greater than every one before (and than the seed).</summary>
    public long NextClOrdId() => ++_lastClOrdId;

    /// <summary>
    /// Start-up: ids handed out from now on are above <paramref name="floor"/> (the last id in the journal, or the
    /// clock on a fresh day, so that ids never repeat at the venue). Never moves backwards.
    /// </summary>
    public void SeedClOrdIds(long floor) => _lastClOrdId = Math.Max(_lastClOrdId, floor);

    /// <summary>A request id for a cancel of the order at <paramref name="index"/>, mapped to it; false when the map is full.</summary>
    public bool TryNextRequestId(int index, out long clOrdId)
    {
        if (_byClOrdId.IsFull)
        {
            clOrdId = 0;
            return false;
        }

        clOrdId = NextClOrdId();
        _byClOrdId.Set(clOrdId, index);
        return true;
    }

    /// <summary>
    /// Adds a new order in <see cref="OrderState.PendingNew"/> with a fresh request id (<see cref="OrderRecord.ClOrdId"/>),
    /// routed to <paramref name="venueId"/> (the message's, or the routing table's when it said −1).
    /// </summary>
    public AddOrderResult TryAdd(int strategyId, in NewOrderMessage order, int venueId, long nowNanos, out int index)
    {
        var refused = CanAdd(strategyId, order.ClientOrderId);
        if (refused != AddOrderResult.Added)
        {
            index = -1;
            return refused;
        }

        index = Count;
        ref var record = ref _records[index];
        record = default;
        record.Index = index;
        record.StrategyId = strategyId;
        record.ClientOrderId = order.ClientOrderId;
        record.AccountId = order.AccountId;
        record.InstrumentId = order.InstrumentId;
        record.VenueId = venueId;
        record.Side = order.Side;
        record.OrderType = order.OrderType;
        record.TimeInForce = order.TimeInForce;
        record.Quantity = order.Quantity;
        record.Price = order.Price;
        record.LeavesQuantity = order.Quantity;
        record.ReplacesIndex = -1;
        Register(ref record, nowNanos);
        return AddOrderResult.Added;
    }

    /// <summary>
    /// Adds the record of a replace of the order at <paramref name="originalIndex"/>: the original's terms with a
    /// new client order id, total quantity and price, in <see cref="OrderState.PendingNew"/> and linked to the
    /// original. <see cref="OrderStateMachine.RequestReplace"/> then moves the original to PendingReplace.
    /// </summary>
    public AddOrderResult TryAddReplacement(int originalIndex, long clientOrderId, long quantity, long price, long nowNanos,
        out int index)
    {
        ref readonly var original = ref _records[originalIndex];
        var refused = CanAdd(original.StrategyId, clientOrderId);
        if (refused != AddOrderResult.Added)
        {
            index = -1;
            return refused;
        }

        index = Count;
        ref var record = ref _records[index];
        record = original;
        record.Index = index;
        record.ClientOrderId = clientOrderId;
        record.Quantity = quantity;
        record.Price = price;
        // Nothing works under the replacement until the venue confirms it: then it takes over the original's fills.
        record.CumQuantity = 0;
        record.FilledNotional = 0;
        record.LeavesQuantity = 0;
        record.ReplacesIndex = originalIndex;
        record.ReplacedByIndex = -1;
        record.PendingClOrdId = 0;
        record.LastVenueSequence = 0;
        record.Flags = OrderFlags.None;
        record.CancelReason = 0;
        Register(ref record, nowNanos);
        return AddOrderResult.Added;
    }

    /// <summary>
    /// Brings <see cref="OpenCount"/> in line with the record at <paramref name="index"/> after a change. The state
    /// machine's book-level entry points and <see cref="Apply"/> call it for every record they touch.
    /// </summary>
    public void Recount(int index)
    {
        var open = _records[index].IsOpen;
        if (open != _countedOpen[index])
        {
            _countedOpen[index] = open;
            OpenCount += open ? 1 : -1;
        }
    }

    private AddOrderResult CanAdd(int strategyId, long clientOrderId)
    {
        if (_byClientOrderId.Find(strategyId, clientOrderId) >= 0)
        {
            return AddOrderResult.DuplicateClientOrderId;
        }

        if (Count >= _records.Length)
        {
            return AddOrderResult.BookFull;
        }

        return _byClOrdId.IsFull ? AddOrderResult.RequestIdsFull : AddOrderResult.Added;
    }

    private void Register(ref OrderRecord record, long nowNanos)
    {
        record.ReplacedByIndex = -1;
        record.State = OrderState.PendingNew;
        record.PriorState = 0;
        record.ClOrdId = NextClOrdId();
        record.CreatedNanos = nowNanos;
        record.UpdatedNanos = nowNanos;
        record.VenueOrderId.Clear();
        Count++;
        _byClientOrderId.Add(record.Index);
        _byClOrdId.Set(record.ClOrdId, record.Index);
        Recount(record.Index);
    }
}
