namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A message store that lives in memory only: for tests and for sessions that must not persist. Frames are copied
/// into 1 MB chunks, filled one after the other and never moved (a seqNum appended again points at its new copy):
/// <see cref="Append"/> allocates no object per message, only a new chunk every ~4,000 orders while the store grows,
/// and none after a <see cref="Reset"/> until it outgrows the chunks it had. <see cref="Get"/> (resends, cold)
/// copies frames out. Use the file store in production.
/// </summary>
public sealed class MemoryFixMessageStore : IFixMessageStore
{
    private const int ChunkBytes = 1024 * 1024;
    private const int InitialIndexCapacity = 4096;

    private readonly Dictionary<int, (int Chunk, int Offset, int Length)> _index = new(InitialIndexCapacity);
    private readonly List<byte[]> _chunks = [new byte[ChunkBytes]];
    private int _chunk;
    private int _chunkLength;

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
        if (frame.Length > _chunks[_chunk].Length - _chunkLength)
        {
            NextChunk(frame.Length);
        }

        frame.CopyTo(_chunks[_chunk].AsSpan(_chunkLength));
        _index[seqNum] = (_chunk, _chunkLength, frame.Length);
        _chunkLength += frame.Length;
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
            var (chunk, offset, length) = _index[seqNum];
            into.Add(new StoredMessage(seqNum, _chunks[chunk].AsSpan(offset, length).ToArray()));
        }
    }

    public void Reset(long creationTimeNanos)
    {
        _index.Clear();
        _chunk = 0;
        _chunkLength = 0;
        NextSenderMsgSeqNum = 1;
        NextTargetMsgSeqNum = 1;
        CreationTimeNanos = creationTimeNanos;
    }

    /// <summary>Nothing to reload: memory is the only copy.</summary>
    public void Refresh() { }

    public void Dispose() { }

    /// <summary>Moves to the next chunk, reusing one kept from before a Reset if it is big enough (cold).</summary>
    private void NextChunk(int needed)
    {
        _chunk++;
        _chunkLength = 0;
        if (_chunk == _chunks.Count)
        {
            _chunks.Add(new byte[Math.Max(ChunkBytes, needed)]);
        }
        else if (_chunks[_chunk].Length < needed)
        {
            _chunks[_chunk] = new byte[needed]; // only frames bigger than a chunk get here
        }
    }
}
