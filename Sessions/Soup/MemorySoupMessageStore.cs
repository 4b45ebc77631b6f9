namespace Gateway.Sessions.Soup;

/// <summary>
/// Messages in 1 MB chunks filled one after the other and never moved, and an index of (chunk, offset, length) per
/// sequence number: no object per message, a new chunk every ~20,000 OUCH messages while the store grows.
/// </summary>
public sealed class MemorySoupMessageStore : ISoupMessageStore
{
    private const int ChunkBytes = 1024 * 1024;

    private readonly List<byte[]> _chunks = [new byte[ChunkBytes]];
    private long[] _index;
    private int _chunkLength;

    /// <param name="initialCapacity">Messages indexed before the index doubles (a copy, cold).</param>
    public MemorySoupMessageStore(int initialCapacity = 4096) =>
        _index = new long[Math.Max(16, initialCapacity)];

    public long Count { get; private set; }

    public long Append(ReadOnlySpan<byte> message)
    {
        var chunk = _chunks[^1];
        if (message.Length > chunk.Length - _chunkLength)
        {
            chunk = new byte[Math.Max(ChunkBytes, message.Length)];
            _chunks.Add(chunk);
            _chunkLength = 0;
        }

        if (Count == _index.Length)
        {
            Array.Resize(ref _index, _index.Length * 2);
        }

        message.CopyTo(chunk.AsSpan(_chunkLength));

        // chunk number (16 bits) | offset in the chunk (32 bits) | length (16 bits)
        _index[Count] = ((long)(_chunks.Count - 1) << 48) | ((long)_chunkLength << 16) | (ushort)message.Length;
        _chunkLength += message.Length;
        return ++Count;
    }

    public int Read(long sequence, Span<byte> into)
    {
        if (sequence < 1 || sequence > Count)
        {
            return -1;
        }

        var entry = _index[sequence - 1];
        var chunk = _chunks[(int)(entry >>> 48)];
        var offset = (int)((entry >> 16) & 0xFFFF_FFFF);
        var length = (int)(entry & 0xFFFF);
        if (length > into.Length)
        {
            return -1;
        }

        chunk.AsSpan(offset, length).CopyTo(into);
        return length;
    }

    public void Dispose() { }
}
