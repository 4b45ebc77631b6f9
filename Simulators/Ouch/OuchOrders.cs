using System.Runtime.CompilerServices;

namespace Gateway.Simulators.Ouch;

/// <summary>14 bytes held inline: a 5.0 ClOrdID.</summary>
[InlineArray(Length)]
internal struct Bytes14
{
    public const int Length = 14;

    private byte _first;
}

/// <summary>What became of a token (or UserRefNum) the venue took.</summary>
public enum OuchTokenState : byte
{
    /// <summary>Its order is in the book.</summary>
    Live,

    /// <summary>Executed in full.</summary>
    Filled,

    Canceled,

    /// <summary>Refused (the Enter Order, or a Replace Order naming it as the replacement).</summary>
    Rejected,

    /// <summary>Replaced: the order lives on under the replacement token.</summary>
    Replaced,
}

/// <summary>Every token a login used today, for the duplicate rule, cancels and replaces, and the tests' tallies.</summary>
internal struct TokenRecord
{
    public OrderToken Token;
    public int Login;

    /// <summary>The live order's slot, or −1.</summary>
    public int Slot;

    /// <summary>Open shares when the token was accepted or became the replacement.</summary>
    public long Shares;

    /// <summary>Shares executed under this token.</summary>
    public long Executed;

    public OuchTokenState State;
}

/// <summary>A live client order: the fields OUCH echoes that the matching engine does not keep.</summary>
internal struct OuchOrder
{
    /// <summary>The token record of the order's current token.</summary>
    public int Record;
    public int Login;
    public long OrderId;
    public int Symbol;
    public byte Side;
    public uint TimeInForce42;
    public byte TimeInForce50;
    public byte Display;
    public byte Capacity;
    public byte IntermarketSweep;
    public byte CrossType;
    public uint MinimumQuantity;
    public uint Firm;
    public Bytes14 ClOrdId;
}

/// <summary>
/// Live orders in preallocated slots (a slot is the order's ClientRef in the matching engine) and the record of every
/// token taken today (append-only). Both arrays double when full (cold); nothing else allocates.
/// </summary>
internal sealed class OuchOrders
{
    private OuchOrder[] _orders;
    private int[] _free;
    private int _freeCount;
    private TokenRecord[] _records;

    public OuchOrders(int capacity)
    {
        _orders = new OuchOrder[capacity];
        _free = new int[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _free[i] = capacity - 1 - i;
        }

        _freeCount = capacity;
        _records = new TokenRecord[capacity];
    }

    public int RecordCount { get; private set; }

    public ref OuchOrder this[int slot] => ref _orders[slot];

    public ref TokenRecord Record(int record) => ref _records[record];

    /// <summary>A record for a token just taken (not live yet: <see cref="TokenRecord.Slot"/> −1).</summary>
    public int AddRecord(int login, OrderToken token, OuchTokenState state)
    {
        if (RecordCount == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
        }

        var record = RecordCount++;
        _records[record] = new TokenRecord { Token = token, Login = login, Slot = -1, State = state };
        return record;
    }

    /// <summary>A slot for a new live order under <paramref name="record"/>.</summary>
    public int Add(int record)
    {
        if (_freeCount == 0)
        {
            Grow();
        }

        var slot = _free[--_freeCount];
        _orders[slot] = default;
        _orders[slot].Record = record;
        _orders[slot].Login = _records[record].Login;
        _records[record].Slot = slot;
        _records[record].State = OuchTokenState.Live;
        return slot;
    }

    /// <summary>The order is finished: its token record keeps <paramref name="state"/>, the slot is free.</summary>
    public void Remove(int slot, OuchTokenState state)
    {
        ref var record = ref _records[_orders[slot].Record];
        record.Slot = -1;
        record.State = state;
        _free[_freeCount++] = slot;
    }

    /// <summary>A replace took effect: the order lives on under <paramref name="replacement"/>.</summary>
    public void Rename(int slot, int replacement, long openShares)
    {
        ref var order = ref _orders[slot];
        ref var previous = ref _records[order.Record];
        previous.Slot = -1;
        previous.State = OuchTokenState.Replaced;
        order.Record = replacement;
        _records[replacement].Slot = slot;
        _records[replacement].State = OuchTokenState.Live;
        _records[replacement].Shares = openShares;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
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
