namespace Gateway.Venues.Fix;

/// <summary>What a FIX venue adapter counts. The hot path counts; it does not log.</summary>
public enum FixVenueCounter
{
    RequestsSent,
    SendsBackPressured,
    SendsNotConnected,

    /// <summary>Requests refused before encoding: unknown instrument, a side/type/TIF FIX cannot carry, too large.</summary>
    InvalidRequests,

    /// <summary>The session's store refused the message (I/O failure): reported as BackPressured, retried.</summary>
    StoreFailures,

    ReportsDelivered,

    /// <summary>Reports delivered as Unrecognised: a ClOrdID not ours, an unknown ExecType, a bad number...</summary>
    UnrecognisedReports,

    /// <summary>Session Rejects and BusinessMessageRejects matched to a request by RefSeqNum (45).</summary>
    RejectsMatched,

    /// <summary>Application messages other than 8, 9 and j: answered with BusinessMessageReject 380=3.</summary>
    UnsupportedMessages,

    /// <summary>Session Rejects of our admin messages (a Heartbeat...): nothing for the order thread.</summary>
    AdminRejectsIgnored,
}

/// <summary>
/// An adapter's counters: plain longs written by the session thread; readers elsewhere see values a moment old,
/// never torn.
/// </summary>
public sealed class FixVenueCounters
{
    private static readonly int Count = Enum.GetValues<FixVenueCounter>().Length;
    private readonly long[] _values = new long[Count];

    public long this[FixVenueCounter counter] => Volatile.Read(ref _values[(int)counter]);

    internal void Increment(FixVenueCounter counter) => _values[(int)counter]++;
}
