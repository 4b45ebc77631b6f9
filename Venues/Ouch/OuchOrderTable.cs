using Gateway.Sessions.Soup;

namespace Gateway.Venues.Ouch;

/// <summary>
/// The day's order tokens (4.2) / UserRefNums (5.0) and what the adapter knows of each order, in one memory-mapped
/// file (<see cref="MappedLongFile"/>): every write is a store into the page cache, so a killed process restarts
/// with the table as it was, never reuses a token, and can tell which ClOrdIds reached the venue session.
/// Token numbers are dense from 1 (4.2 writes them as 14 zero-padded digits, so they increase as text too); slot t
/// describes token t.
/// <code>
///   header (slot 0)  0 magic | 1 next token | 2 last applied Soup sequence number | 3..5 spare
///   slot t           0 ClOrdId | 1 previous token (a replacement) or 0 | 2 order quantity | 3 cumulative quantity |
///                    4 leaves quantity | 5 ClOrdId of the cancel request in flight, or 0
/// </code>
/// The ClOrdId → token map in memory is rebuilt from the slots on open (cold); cancel requests map to the negated
/// token of the order they cancel. A slot written for a send that then failed is cleared again; a slot at the next
/// token left by a crash in between counts as used (the request may have left), so the next token moves past it.
/// </summary>
public sealed class OuchOrderTable : IDisposable
{
    public const int SlotLongs = 6;

    private const long Magic = 0x3142415448434F55; // "UOCHTAB1"
    private const int ClOrdIdField = 0;
    private const int PreviousField = 1;
    private const int QuantityField = 2;
    private const int CumField = 3;
    private const int LeavesField = 4;
    private const int CancelField = 5;

    private readonly MappedLongFile _file;
    private readonly Dictionary<long, long> _byClOrdId;

    public OuchOrderTable(string path, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _file = new MappedLongFile(path, (capacity + 1) * SlotLongs);
        var values = _file.Values;
        if (values[0] != Magic)
        {
            if (values[0] != 0)
            {
                values.Clear(); // not our file: start the day afresh (a new file is zeros already: no page touched)
            }

            values[1] = 1;
            values[0] = Magic;
        }

        _byClOrdId = new Dictionary<long, long>(Math.Min(capacity, 1 << 16) * 2);
        var next = values[1];
        while (next <= capacity && values[(int)next * SlotLongs] != 0)
        {
            next++; // written before a crash, never confirmed: treated as used
        }

        values[1] = next;
        for (var token = 1; token < next; token++)
        {
            var slot = values.Slice(token * SlotLongs, SlotLongs);
            if (slot[ClOrdIdField] != 0)
            {
                _byClOrdId[slot[ClOrdIdField]] = token;
            }

            if (slot[CancelField] != 0)
            {
                _byClOrdId[slot[CancelField]] = -token;
            }
        }
    }

    public int Capacity { get; }

    /// <summary>The token the next new order or replacement gets.</summary>
    public long NextToken => _file[1];

    /// <summary>The highest Soup sequence number whose message has been applied to the table.</summary>
    public long LastAppliedSequence
    {
        get => _file[2];
        set => _file[2] = value;
    }

    public bool IsFull => NextToken > Capacity;

    /// <summary>Whether a request with this ClOrdId (order, replacement or cancel) was handed to the session.</summary>
    public bool Contains(long clOrdId) => _byClOrdId.ContainsKey(clOrdId);

    /// <summary>The token of the order or replacement with this ClOrdId, or 0.</summary>
    public long TokenOf(long clOrdId) => _byClOrdId.TryGetValue(clOrdId, out var token) && token > 0 ? token : 0;

    public bool IsKnown(long token) => token >= 1 && token < NextToken && Slot(token)[ClOrdIdField] != 0;

    public long ClOrdIdOf(long token) => Slot(token)[ClOrdIdField];

    public long PreviousOf(long token) => Slot(token)[PreviousField];

    public long QuantityOf(long token) => Slot(token)[QuantityField];

    public long CumOf(long token) => Slot(token)[CumField];

    public long LeavesOf(long token) => Slot(token)[LeavesField];

    public long CancelClOrdIdOf(long token) => Slot(token)[CancelField];

    /// <summary>Writes the slot of <see cref="NextToken"/> before the send (so a crash after it never reuses the token).</summary>
    public long Reserve(long clOrdId, long previousToken, long quantity, long cum)
    {
        var token = NextToken;
        var slot = Slot(token);
        slot[PreviousField] = previousToken;
        slot[QuantityField] = quantity;
        slot[CumField] = cum;
        slot[LeavesField] = quantity - cum;
        slot[CancelField] = 0;
        Volatile.Write(ref slot[ClOrdIdField], clOrdId);
        return token;
    }

    /// <summary>The send went out: the token is used.</summary>
    public void Commit(long token)
    {
        _byClOrdId[ClOrdIdOf(token)] = token;
        _file[1] = token + 1;
    }

    /// <summary>The send did not go out: the slot is free again.</summary>
    public void Release(long token) => Slot(token).Clear();

    public void SetCancel(long token, long cancelClOrdId)
    {
        Slot(token)[CancelField] = cancelClOrdId;
        _byClOrdId[cancelClOrdId] = -token;
    }

    public void ClearCancel(long token) => Slot(token)[CancelField] = 0;

    public void Fill(long token, long quantity)
    {
        var slot = Slot(token);
        slot[CumField] += quantity;
        slot[LeavesField] = Math.Max(0, slot[LeavesField] - quantity);
    }

    public void Decrement(long token, long quantity)
    {
        var slot = Slot(token);
        slot[LeavesField] = Math.Max(0, slot[LeavesField] - quantity);
    }

    /// <summary>A replace took effect: the replacement carries the executed quantity on, the old token is done.</summary>
    public void Replace(long token, long previousToken, long openQuantity)
    {
        var slot = Slot(token);
        var cum = previousToken > 0 ? CumOf(previousToken) : slot[CumField];
        slot[CumField] = cum;
        slot[LeavesField] = openQuantity;
        slot[QuantityField] = cum + openQuantity;
        if (previousToken > 0)
        {
            Slot(previousToken)[LeavesField] = 0;
        }
    }

    /// <summary>Order Modified: the venue's open quantity after a modify; the order quantity follows (cum + open).</summary>
    public void Modify(long token, long openQuantity)
    {
        var slot = Slot(token);
        slot[LeavesField] = openQuantity;
        slot[QuantityField] = slot[CumField] + openQuantity;
    }

    /// <summary>
    /// Moves <see cref="NextToken"/> up to <paramref name="next"/> (never down, never past the capacity + 1): the venue
    /// says it takes nothing lower, so a table that lost its place never sends a number the venue would ignore.
    /// </summary>
    public bool RaiseNextToken(long next)
    {
        next = Math.Min(next, (long)Capacity + 1);
        if (next <= NextToken)
        {
            return false;
        }

        _file[1] = next;
        return true;
    }

    public void Dispose() => _file.Dispose();

    private Span<long> Slot(long token) => _file.Values.Slice((int)token * SlotLongs, SlotLongs);
}
