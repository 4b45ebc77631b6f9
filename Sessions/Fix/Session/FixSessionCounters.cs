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

    // Messages by MsgType, for the metrics endpoint: one slot per single-character MsgType (index = its byte), slot 0
    // for every longer or non-ASCII type. A plain increment on the session's thread, read with volatile loads.
    private readonly long[] _inByType = new long[MsgTypeSlots];
    private readonly long[] _outByType = new long[MsgTypeSlots];

    /// <summary>Slots of <see cref="ReceivedOfType"/> / <see cref="SentOfType"/>: 0 (other) and 1..127 (that byte).</summary>
    public const int MsgTypeSlots = 128;

    /// <summary>Messages received whose MsgType is the single byte <paramref name="slot"/> (0: any longer type).</summary>
    public long ReceivedOfType(int slot) => Volatile.Read(ref _inByType[slot]);

    /// <summary>Messages sent (resends included) whose MsgType is the single byte <paramref name="slot"/> (0: any longer type).</summary>
    public long SentOfType(int slot) => Volatile.Read(ref _outByType[slot]);

    internal void CountReceived(ulong packedMsgType) => _inByType[packedMsgType < MsgTypeSlots ? (int)packedMsgType : 0]++;

    /// <summary>Finds 35= among the first fields of an outgoing frame (8=, 9=, 35=): a short scan, no parse.</summary>
    internal void CountSent(ReadOnlySpan<byte> frame)
    {
        var at = frame.IndexOf("\u000135="u8);
        var slot = at >= 0 && at + 5 < frame.Length && frame[at + 4] < MsgTypeSlots && frame[at + 5] == 0x01 ? frame[at + 4] : 0;
        _outByType[slot]++;
    }
}
