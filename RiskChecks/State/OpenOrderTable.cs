namespace Gateway.RiskChecks.State;

/// <summary>
/// The open orders, by (strategy, client order id): an open-addressing table with linear probing, sized once
/// from configuration (at most half full). Removal shifts later entries of the probe run back, so there are no
/// tombstones and lookups stay short however many orders come and go. Risk thread only.
/// </summary>
internal sealed class OpenOrderTable
{
    private const int Free = -1;
    private readonly OpenOrder[] _slots;
    private readonly int _mask;

    public OpenOrderTable(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _slots = new OpenOrder[Hashing.TableSize(capacity)];
        _mask = _slots.Length - 1;
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i].StrategyId = Free;
        }
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count >= Capacity;

    /// <summary>Slots run from 0 to this (exclusive); <see cref="IsUsed"/> tells which hold an order.</summary>
    public int SlotCount => _slots.Length;

    public ref OpenOrder this[int slot] => ref _slots[slot];

    public bool IsUsed(int slot) => _slots[slot].StrategyId != Free;

    /// <summary>The slot of the order, or -1.</summary>
    public int Find(int strategyId, long clientOrderId)
    {
        var i = Home(strategyId, clientOrderId);
        while (true)
        {
            ref var entry = ref _slots[i];
            if (entry.StrategyId == Free)
            {
                return -1;
            }

            if (entry.ClientOrderId == clientOrderId && entry.StrategyId == strategyId)
            {
                return i;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>A new entry for the key (the caller made sure it is absent and the table not full); returns its slot.</summary>
    public int Add(int strategyId, long clientOrderId)
    {
        var i = Home(strategyId, clientOrderId);
        while (_slots[i].StrategyId != Free)
        {
            i = (i + 1) & _mask;
        }

        _slots[i] = default;
        _slots[i].StrategyId = strategyId;
        _slots[i].ClientOrderId = clientOrderId;
        Count++;
        return i;
    }

    /// <summary>Frees a slot; entries after it in its probe run move back to keep every run unbroken.</summary>
    public void Remove(int slot)
    {
        var hole = slot;
        var i = (slot + 1) & _mask;
        while (_slots[i].StrategyId != Free)
        {
            var home = Home(_slots[i].StrategyId, _slots[i].ClientOrderId);

            // Move the entry into the hole unless its home lies cyclically in (hole, i].
            if (((i - home) & _mask) >= ((i - hole) & _mask))
            {
                _slots[hole] = _slots[i];
                hole = i;
            }

            i = (i + 1) & _mask;
        }

        _slots[hole] = default;
        _slots[hole].StrategyId = Free;
        Count--;
    }

    private int Home(int strategyId, long clientOrderId) =>
        Hashing.Slot(Hashing.Combine((ulong)clientOrderId, strategyId), _mask);
}
