namespace Gateway.Venues.Ouch;

/// <summary>What an OUCH adapter counts (its Soup session counts the rest).</summary>
public enum OuchVenueCounter
{
    RequestsSent,
    SendsNotConnected,
    SendsBackPressured,

    /// <summary>Requests OUCH cannot carry: unknown instrument or order, a price beyond 4 decimals, a TIF or order type it lacks.</summary>
    InvalidRequests,

    /// <summary>The day's token table is full.</summary>
    TokensExhausted,

    ReportsDelivered,

    /// <summary>Venue messages naming a token or UserRefNum this adapter never sent: reported as Unrecognised.</summary>
    UnknownTokens,

    /// <summary>Venue messages shorter than their type's layout: reported as Unrecognised.</summary>
    MalformedMessages,

    /// <summary>Venue message types OUCH does not define: reported as Unrecognised.</summary>
    UnknownMessages,

    /// <summary>Appendages whose elements do not add up: the message is used, the appendage skipped.</summary>
    MalformedAppendages,

    /// <summary>Messages at or below the last one applied to the table (a replay): reported as possible duplicates.</summary>
    Replayed,

    SystemEvents,

    /// <summary>Broken Trade: an execution the venue voided; reported as Status with the Match Number as ExecId.</summary>
    BrokenTrades,

    /// <summary>Cancel Pending: reported as Status, nothing changes.</summary>
    CancelsPending,

    /// <summary>Order Priority Update: reported as Status, nothing changes.</summary>
    PriorityUpdates,

    /// <summary>Order Modified: the open quantity taken from it; reported as Status.</summary>
    OrdersModified,

    /// <summary>5.0 Mass Cancel / Disable / Enable Order Entry Responses: counted, no report (the cancels come as Canceled).</summary>
    AccountResponses,

    /// <summary>5.0 Account Query Responses.</summary>
    AccountQueryResponses,

    /// <summary>Account Query Responses whose next UserRefNum was above the table's: the table's next one was raised.</summary>
    NextUserRefNumRaised,
}

public sealed class OuchVenueCounters
{
    private static readonly int Count = Enum.GetValues<OuchVenueCounter>().Length;
    private readonly long[] _values = new long[Count];

    public long this[OuchVenueCounter counter] => Volatile.Read(ref _values[(int)counter]);

    internal void Increment(OuchVenueCounter counter) => _values[(int)counter]++;

    // Messages by OUCH type byte, for the metrics endpoint: a plain increment on the adapter's thread.
    private readonly long[] _inByType = new long[MsgTypeSlots];
    private readonly long[] _outByType = new long[MsgTypeSlots];

    /// <summary>Slots of <see cref="ReceivedOfType"/> / <see cref="SentOfType"/>: the message's type byte (ASCII).</summary>
    public const int MsgTypeSlots = 128;

    /// <summary>Sequenced messages received from the venue with this type byte (replays included).</summary>
    public long ReceivedOfType(int type) => Volatile.Read(ref _inByType[type]);

    /// <summary>Enter / Replace / Cancel messages handed to the session with this type byte.</summary>
    public long SentOfType(int type) => Volatile.Read(ref _outByType[type]);

    internal void CountReceived(ReadOnlySpan<byte> message) => _inByType[message.Length > 0 ? message[0] & 0x7F : 0]++;

    internal void CountSent(ReadOnlySpan<byte> message) => _outByType[message.Length > 0 ? message[0] & 0x7F : 0]++;
}
