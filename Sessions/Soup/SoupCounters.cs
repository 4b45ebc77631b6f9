namespace Gateway.Sessions.Soup;

/// <summary>What a SoupBinTCP session counts. The hot path counts; it does not log.</summary>
public enum SoupCounter
{
    PacketsReceived,
    PacketsSent,
    SequencedReceived,
    SequencedSent,
    UnsequencedReceived,
    UnsequencedSent,
    HeartbeatsSent,
    HeartbeatsReceived,

    /// <summary>A zero length or one past the maximum: the connection is dropped.</summary>
    FramingErrors,

    /// <summary>Packets of a type this side does not expect (or at the wrong time): skipped.</summary>
    UnknownPackets,

    /// <summary>Packets too short for their type: skipped.</summary>
    MalformedPackets,

    DebugPackets,
    LoginsAccepted,
    LoginsRejected,

    /// <summary>Nothing received for the timeout: the connection is dropped.</summary>
    ReceiveTimeouts,

    /// <summary>Login Accepted with a number above the requested one: messages in between are lost.</summary>
    SequenceGaps,

    /// <summary>Sequenced messages sent again from the store after a login asked for them.</summary>
    MessagesReplayed,

    /// <summary>The connection refused bytes (its backlog is full).</summary>
    BackPressureEvents,

    Disconnects,
    EndOfSessions,
    Logouts,
}

/// <summary>
/// A session's counters: plain longs written by the session's thread; other threads (metrics, admin) read values that
/// may be a moment old, never torn.
/// </summary>
public sealed class SoupCounters
{
    private static readonly int Count = Enum.GetValues<SoupCounter>().Length;
    private readonly long[] _values = new long[Count];

    public long this[SoupCounter counter] => Volatile.Read(ref _values[(int)counter]);

    internal void Increment(SoupCounter counter) => _values[(int)counter]++;
}
