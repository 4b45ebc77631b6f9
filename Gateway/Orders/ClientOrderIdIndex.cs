namespace Gateway.Orders;

/// <summary>
/// (strategy, client order id) → record index. The slots hold index + 1 (0: free) and the keys are read from the
/// records themselves, so a lookup touches the slot and the one record it names. Never removed from: a client
/// order id stays used for the day, final orders included.
/// </summary>
internal sealed class ClientOrderIdIndex
{
    private readonly OrderRecord[] _records;
    private readonly int[] _slots;
    private readonly int _mask;

    public ClientOrderIdIndex(OrderRecord[] records)
    {
        _records = records;
        _slots = new int[OrderHashing.TableSize(records.Length)];
        _mask = _slots.Length - 1;
    }

    public int Find(int strategyId, long clientOrderId)
    {
        var i = Home(strategyId, clientOrderId);
        while (true)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                return -1;
            }

            ref readonly var record = ref _records[slot - 1];
            if (record.ClientOrderId == clientOrderId && record.StrategyId == strategyId)
            {
                return slot - 1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds the record at <paramref name="index"/> under its own key (the caller made sure the key is absent).</summary>
    public void Add(int index)
    {
        ref readonly var record = ref _records[index];
        var i = Home(record.StrategyId, record.ClientOrderId);
        while (_slots[i] != 0)
        {
            i = (i + 1) & _mask;
        }

        _slots[i] = index + 1;
    }

    private int Home(int strategyId, long clientOrderId) =>
        OrderHashing.Slot(OrderHashing.Combine((ulong)clientOrderId, strategyId), _mask);
}
