using System.Runtime.InteropServices;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>
/// Bytes handed from one producer thread to one consumer thread without locks: the producer writes into free space
/// and publishes by moving <c>Tail</c>; the consumer copies out and frees by moving <c>Head</c>. Positions only grow;
/// index = position &amp; mask. Capacity is a power of two.
/// <code>
///   Head (consumer)          Tail (producer)
///      |   readable bytes       |    free    ...  wraps
/// </code>
/// </summary>
internal sealed class SpscByteRing
{
    private readonly byte[] _buffer;
    private readonly int _mask;
    private RingPositions _positions;

    public SpscByteRing(int capacity)
    {
        if (capacity < 16 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A power of two, at least 16.");
        }

        _buffer = new byte[capacity];
        _mask = capacity - 1;
    }

    public int Capacity => _buffer.Length;

    /// <summary>Bytes published and not read yet. Exact on either side for its own position, a snapshot otherwise.</summary>
    public int Count => (int)(Volatile.Read(ref _positions.Tail) - Volatile.Read(ref _positions.Head));

    /// <summary>Producer: the contiguous free space at the tail (up to the end of the array); empty when full.</summary>
    public Memory<byte> GetWriteMemory()
    {
        var tail = _positions.Tail; // only this thread writes it
        var free = _buffer.Length - (int)(tail - Volatile.Read(ref _positions.Head));
        var index = (int)tail & _mask;
        return new Memory<byte>(_buffer, index, Math.Min(free, _buffer.Length - index));
    }

    /// <summary>Producer: publishes <paramref name="count"/> bytes written into <see cref="GetWriteMemory"/>.</summary>
    public void CommitWrite(int count) => Volatile.Write(ref _positions.Tail, _positions.Tail + count);

    /// <summary>Consumer: copies up to <paramref name="destination"/>.Length bytes out and frees them.</summary>
    public int Read(Span<byte> destination)
    {
        var head = _positions.Head; // only this thread writes it
        var available = (int)(Volatile.Read(ref _positions.Tail) - head);
        var count = Math.Min(available, destination.Length);
        if (count == 0)
        {
            return 0;
        }

        var index = (int)head & _mask;
        var first = Math.Min(count, _buffer.Length - index);
        _buffer.AsSpan(index, first).CopyTo(destination);
        if (first < count)
        {
            _buffer.AsSpan(0, count - first).CopyTo(destination[first..]);
        }

        Volatile.Write(ref _positions.Head, head + count);
        return count;
    }
}

/// <summary>
/// The two positions, each on its own cache line (and away from the object header and the fields before them), so
/// the producer's and the consumer's writes do not invalidate each other's line.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = (3 * CacheLine))]
internal struct RingPositions
{
    public const int CacheLine = 64;

    /// <summary>Next position the consumer reads; written by the consumer only.</summary>
    [FieldOffset(CacheLine)]
    public long Head;

    /// <summary>Next position the producer writes; written by the producer only.</summary>
    [FieldOffset(2 * CacheLine)]
    public long Tail;
}
