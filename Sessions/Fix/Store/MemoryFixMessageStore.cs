namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A message store that lives in memory only: for tests and for sessions that must not persist. Frames are copied
/// into one growing byte arena (a seqNum appended again points at its new copy), so <see cref="Append"/> allocates
/// nothing once the arena and the index have grown to the session's volume; <see cref="Get"/> (resends, cold)
/// copies frames out. Use the file store in production.
/// </summary>
public sealed class MemoryFixMessageStore : IFixMessageStore
{
    private const int InitialArenaBytes = 64 * 1024;
    private const int InitialIndexCapacity = 1024;

    private readonly Dictionary<int, (int Offset, int Length)> _index = new(InitialIndexCapacity);
    private byte[] _arena = new byte[InitialArenaBytes];
    private int _arenaLength;

    public MemoryFixMessageStore(long creationTimeNanos = 0) => CreationTimeNanos = creationTimeNanos;

    public int NextSenderMsgSeqNum { get; private set; } = 1;

    public int NextTargetMsgSeqNum { get; private set; } = 1;

    public long CreationTimeNanos { get; private set; }

    public int Count => _index.Count;

    public void SetNextSenderMsgSeqNum(int value) => NextSenderMsgSeqNum = value;

    public void SetNextTargetMsgSeqNum(int value) => NextTargetMsgSeqNum = value;

    public void IncrNextSenderMsgSeqNum() => NextSenderMsgSeqNum++;

    public void IncrNextTargetMsgSeqNum() => NextTargetMsgSeqNum++;

    public bool Append(int seqNum, ReadOnlySpan<byte> frame)
    {
        if (frame.Length > _arena.Length - _arenaLength)
        {
            Grow(frame.Length);
        }

        frame.CopyTo(_arena.AsSpan(_arenaLength));
        _index[seqNum] = (_arenaLength, frame.Length);
        _arenaLength += frame.Length;
        return true;
    }

    public void Get(int begin, int end, List<StoredMessage> into)
    {
        var last = StoreRange.LastOf(end);
        var seqNums = new List<int>();
        foreach (var seqNum in _index.Keys)
        {
            if (seqNum >= begin && seqNum <= last)
            {
                seqNums.Add(seqNum);
            }
        }

        seqNums.Sort();
        foreach (var seqNum in seqNums)
        {
            var (offset, length) = _index[seqNum];
            into.Add(new StoredMessage(seqNum, _arena.AsSpan(offset, length).ToArray()));
        }
    }

    public void Reset(long creationTimeNanos)
    {
        _index.Clear();
        _arenaLength = 0;
        NextSenderMsgSeqNum = 1;
        NextTargetMsgSeqNum = 1;
        CreationTimeNanos = creationTimeNanos;
    }

    /// <summary>Nothing to reload: memory is the only copy.</summary>
    public void Refresh() { }

    public void Dispose() { }

    /// <summary>Doubles the arena (cold: the arena keeps every frame, so this happens log(volume) times).</summary>
    private void Grow(int needed)
    {
        var capacity = Math.Max((long)_arena.Length * 2, (long)_arenaLength + needed);
        var bigger = new byte[(int)Math.Min(capacity, Array.MaxLength)];
        _arena.AsSpan(0, _arenaLength).CopyTo(bigger);
        _arena = bigger;
    }
}
