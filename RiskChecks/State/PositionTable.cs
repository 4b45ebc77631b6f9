namespace Gateway.RiskChecks.State;

/// <summary>What an account holds and has working in one instrument, in whole units.</summary>
public struct PositionUsage
{
    /// <summary>The (account, instrument) pair packed: account in the high 32 bits. -1 marks a free slot.</summary>
    internal long Key;

    /// <summary>Net filled position: positive long, negative short.</summary>
    public long Position;

    /// <summary>Unfilled quantity of open buy orders.</summary>
    public long OpenBuy;

    /// <summary>Unfilled quantity of open sell and short-sell orders.</summary>
    public long OpenSell;

    /// <summary>The long position if every open buy filled and no sell did.</summary>
    public readonly long WorstLong => Position + OpenBuy;

    /// <summary>The short position (positive) if every open sell filled and no buy did.</summary>
    public readonly long WorstShort => OpenSell - Position;
}

/// <summary>
/// Positions per (account, instrument): an open-addressing table sized once from configuration. Entries are only
/// ever added (a flat position keeps its slot), so a slot's meaning never changes and the console may read it
/// from another thread while the risk thread updates its numbers.
/// </summary>
internal sealed class PositionTable
{
    private const long Free = -1;
    private readonly PositionUsage[] _slots;
    private readonly int _mask;

    public PositionTable(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _slots = new PositionUsage[Hashing.TableSize(capacity)];
        _mask = _slots.Length - 1;
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i].Key = Free;
        }
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public ref PositionUsage this[int slot] => ref _slots[slot];

    public static long KeyOf(int accountId, int instrumentId) => ((long)accountId << 32) | (uint)instrumentId;

    /// <summary>The slot of the pair, or -1 if it has none.</summary>
    public int Find(int accountId, int instrumentId)
    {
        var key = KeyOf(accountId, instrumentId);
        var i = Hashing.Slot((ulong)key, _mask);
        while (true)
        {
            var found = Volatile.Read(ref _slots[i].Key);
            if (found == key)
            {
                return i;
            }

            if (found == Free)
            {
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>The slot of the pair, added flat if it had none; -1 if the table is full.</summary>
    public int FindOrAdd(int accountId, int instrumentId)
    {
        var key = KeyOf(accountId, instrumentId);
        var i = Hashing.Slot((ulong)key, _mask);
        while (true)
        {
            var found = _slots[i].Key;
            if (found == key)
            {
                return i;
            }

            if (found == Free)
            {
                if (Count >= Capacity)
                {
                    return -1;
                }

                Count++;
                Volatile.Write(ref _slots[i].Key, key);
                return i;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Cold: a copy of each position, for resets and the console.</summary>
    public void CopyTo(List<(int AccountId, int InstrumentId, PositionUsage Usage)> into)
    {
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            var key = Volatile.Read(in slot.Key);
            if (key != Free)
            {
                into.Add(((int)(key >> 32), (int)key, slot));
            }
        }
    }
}
