namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A FIX session's persistent state: the next sequence numbers each way, the session's creation time, and every
/// message it sent (for answering ResendRequests). Owned by one session thread; not thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Append"/> is on the hot path (each sent message): no allocation, no lock, and it returns only once the
/// frame has reached the store's medium (the OS page cache for a file store) so it survives the process being killed.
/// Everything else is cold.
/// </remarks>
public interface IFixMessageStore : IDisposable
{
    /// <summary>MsgSeqNum (34) of the next message this side sends.</summary>
    int NextSenderMsgSeqNum { get; }

    /// <summary>MsgSeqNum (34) expected on the next message the peer sends.</summary>
    int NextTargetMsgSeqNum { get; }

    /// <summary>When the session (this sequence-number epoch) was created: UTC nanoseconds since the Unix epoch.</summary>
    long CreationTimeNanos { get; }

    void SetNextSenderMsgSeqNum(int value);

    void SetNextTargetMsgSeqNum(int value);

    void IncrNextSenderMsgSeqNum();

    void IncrNextTargetMsgSeqNum();

    /// <summary>
    /// Stores a sent message's frame under its sequence number (a later append with the same number replaces it for
    /// <see cref="Get"/>). Returns false if the store could not take it (I/O failure): the caller decides what to do.
    /// </summary>
    bool Append(int seqNum, ReadOnlySpan<byte> frame);

    /// <summary>
    /// Adds the stored messages with <paramref name="begin"/> ≤ seqNum ≤ <paramref name="end"/> to
    /// <paramref name="into"/> in ascending seqNum order. <paramref name="end"/> of 0 or <see cref="int.MaxValue"/>
    /// means no upper bound (ResendRequest EndSeqNo 16=0). Gaps (numbers never appended) are simply absent.
    /// </summary>
    void Get(int begin, int end, List<StoredMessage> into);

    /// <summary>Starts a new sequence epoch: both next seqnums back to 1, messages dropped, creation time set.</summary>
    void Reset(long creationTimeNanos);

    /// <summary>Reloads the state from the medium (another process may have written it).</summary>
    void Refresh();
}

/// <summary>A sent message as stored: its sequence number and a copy of its frame.</summary>
public readonly record struct StoredMessage(int SeqNum, byte[] Frame);
