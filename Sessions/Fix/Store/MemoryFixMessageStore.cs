namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A message store that lives in memory only: for tests and for sessions that must not persist. Frames are copied
/// (so <see cref="Append"/> allocates one array per message); use the file store in production.
/// </summary>
public sealed class MemoryFixMessageStore : IFixMessageStore
{
    private readonly SortedDictionary<int, byte[]> _messages = [];

    public MemoryFixMessageStore(long creationTimeNanos = 0) => CreationTimeNanos = creationTimeNanos;

    public int NextSenderMsgSeqNum { get; private set; } = 1;

    public int NextTargetMsgSeqNum { get; private set; } = 1;

    public long CreationTimeNanos { get; private set; }

    public int Count => _messages.Count;

    public void SetNextSenderMsgSeqNum(int value) => NextSenderMsgSeqNum = value;

    public void SetNextTargetMsgSeqNum(int value) => NextTargetMsgSeqNum = value;

    public void IncrNextSenderMsgSeqNum() => NextSenderMsgSeqNum++;

    public void IncrNextTargetMsgSeqNum() => NextTargetMsgSeqNum++;

    public bool Append(int seqNum, ReadOnlySpan<byte> frame)
    {
        _messages[seqNum] = frame.ToArray();
        return true;
    }

    public void Get(int begin, int end, List<StoredMessage> into)
    {
        var last = StoreRange.LastOf(end);
        foreach (var (seqNum, frame) in _messages)
        {
            if (seqNum > last)
            {
                break;
            }

            if (seqNum >= begin)
            {
                into.Add(new StoredMessage(seqNum, frame));
            }
        }
    }

    public void Reset(long creationTimeNanos)
    {
        _messages.Clear();
        NextSenderMsgSeqNum = 1;
        NextTargetMsgSeqNum = 1;
        CreationTimeNanos = creationTimeNanos;
    }

    /// <summary>Nothing to reload: memory is the only copy.</summary>
    public void Refresh() { }

    public void Dispose() { }
}
