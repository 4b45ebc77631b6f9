namespace Gateway.Sessions.Fix.Session;

/// <summary>What a session counts. The hot path counts; it does not log.</summary>
public enum FixSessionCounter
{
    MessagesReceived,
    MessagesSent,
    AppMessagesReceived,
    AppMessagesSent,

    /// <summary>Frames dropped by framing: bad BodyLength or CheckSum, or garbage between frames.</summary>
    GarbledFramesDropped,

    /// <summary>Frames whose first three fields are not 8, 9, 35, or that do not scan: ignored.</summary>
    InvalidMessagesIgnored,

    RejectsSent,
    BusinessRejectsSent,
    RejectsReceived,

    /// <summary>Inbound MsgSeqNum above the expected one: queued, ResendRequest sent if needed.</summary>
    SequenceGaps,

    ResendRequestsSent,
    ResendRequestsReceived,
    MessagesResent,
    GapFillsSent,
    SequenceResetsReceived,

    /// <summary>Inbound messages processed from the gap queue once the gap was filled.</summary>
    QueuedMessagesProcessed,

    /// <summary>Inbound MsgSeqNum below the expected one without PossDupFlag: Logout and disconnect.</summary>
    SequenceTooLow,

    /// <summary>PossDupFlag=Y duplicates below the expected MsgSeqNum: ignored.</summary>
    PossDupsIgnored,

    HeartbeatsSent,
    TestRequestsSent,
    Logons,
    Logouts,
    Disconnects,

    /// <summary>The connection refused bytes: they wait in the session's outbound overflow.</summary>
    BackPressureEvents,

    /// <summary>Application sends refused with <see cref="FixSendStatus.BackPressured"/>.</summary>
    SendsRefused,
}

/// <summary>
/// A session's counters: plain longs written by the session's thread. Readers on other threads (metrics, admin)
/// see values that may be a moment old, never torn (64-bit reads are atomic on the platforms we run on).
/// </summary>
public sealed class FixSessionCounters
{
    private static readonly int Count = Enum.GetValues<FixSessionCounter>().Length;
    private readonly long[] _values = new long[Count];

    public long this[FixSessionCounter counter] => Volatile.Read(ref _values[(int)counter]);

    internal void Increment(FixSessionCounter counter) => _values[(int)counter]++;

    internal void Add(FixSessionCounter counter, long amount) => _values[(int)counter] += amount;
}
