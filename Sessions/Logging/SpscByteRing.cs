using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gateway.Sessions.Logging;

/// <summary>
/// A bounded ring of variable-length records from one producer thread to one consumer thread, with no lock and no
/// allocation on either side. A full ring refuses the record and counts it as dropped: the producer never waits.
/// (The shape of Agrona's OneToOneRingBuffer.)
/// <code>
/// A record starts at a 16-byte aligned position and never wraps; the space left before the end of the buffer is
/// filled with a padding record when the next record does not fit there.
///  0          4          8                     16
///  +----------+----------+---------------------+------------------- ... -+
///  | length   | type     | timestamp (ns)      | payload (length bytes)    |
///  | int32    | int32    | int64               |                           |
///  +----------+----------+---------------------+------------------- ... -+
///  type -1 is padding (its length covers the rest of the buffer).
/// </code>
/// Positions are monotonic longs; the producer publishes its tail with a release write after the record bytes,
/// the consumer publishes its head after it has used the record.
/// </summary>
public sealed class SpscByteRing
{
    public const int HeaderLength = 16;
    public const int Alignment = 16;
    public const int PaddingType = -1;

    private const int LengthOffset = 0;
    private const int TypeOffset = 4;
    private const int TimestampOffset = 8;

    private readonly byte[] _buffer;
    private readonly int _mask;
    private RingCursors _cursors;

    /// <param name="capacity">Bytes; a power of two of at least 1024.</param>
    public SpscByteRing(int capacity)
    {
        if (capacity < 1024 || !int.IsPow2(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a power of two of at least 1024");
        }

        _buffer = GC.AllocateUninitializedArray<byte>(capacity, pinned: true);
        _mask = capacity - 1;
    }

    public int Capacity => _buffer.Length;

    /// <summary>Records the producer could not write because the ring was full (or the record larger than the ring).</summary>
    public long Dropped => Volatile.Read(ref _cursors.Dropped);

    /// <summary>Bytes written and not yet consumed (approximate when read from a third thread).</summary>
    public long Size => Volatile.Read(ref _cursors.Tail) - Volatile.Read(ref _cursors.Head);

    /// <summary>Producer: copies one record in; false (and counted as dropped) if it does not fit now.</summary>
    public bool TryWrite(int type, long timestamp, ReadOnlySpan<byte> payload)
    {
        if (!TryClaim(payload.Length, out var span))
        {
            return false;
        }

        payload.CopyTo(span);
        Commit(type, timestamp, payload.Length);
        return true;
    }

    /// <summary>
    /// Producer: reserves room for a payload of up to <paramref name="maxLength"/> bytes and returns it to write into;
    /// <see cref="Commit"/> then publishes it with its actual length. Nothing else may be written in between.
    /// </summary>
    public bool TryClaim(int maxLength, out Span<byte> payload)
    {
        var aligned = Align(HeaderLength + maxLength);
        var tail = _cursors.Tail;
        var index = (int)(tail & _mask);
        var toEnd = _buffer.Length - index;
        var required = aligned <= toEnd ? aligned : toEnd + aligned;
        if (required > _buffer.Length - (tail - _cursors.HeadCache))
        {
            _cursors.HeadCache = Volatile.Read(ref _cursors.Head);
            if (required > _buffer.Length - (tail - _cursors.HeadCache))
            {
                Volatile.Write(ref _cursors.Dropped, _cursors.Dropped + 1);
                payload = default;
                return false;
            }
        }

        if (aligned > toEnd)
        {
            WriteHeader(index, toEnd - HeaderLength, PaddingType, 0);
            _cursors.Tail = tail + toEnd;
            index = 0;
        }

        payload = _buffer.AsSpan(index + HeaderLength, maxLength);
        return true;
    }

    /// <summary>Producer: publishes the record claimed last, <paramref name="length"/> bytes of it.</summary>
    public void Commit(int type, long timestamp, int length)
    {
        var tail = _cursors.Tail;
        WriteHeader((int)(tail & _mask), length, type, timestamp);
        Volatile.Write(ref _cursors.Tail, tail + Align(HeaderLength + length));
    }

    /// <summary>Consumer: hands up to <paramref name="maxRecords"/> records to <paramref name="reader"/>; returns how many.</summary>
    public int Read<TReader>(ref TReader reader, int maxRecords)
        where TReader : IRingReader
    {
        var head = _cursors.Head;
        var tail = Volatile.Read(ref _cursors.Tail);
        var records = 0;
        while (head < tail && records < maxRecords)
        {
            var index = (int)(head & _mask);
            var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(index + LengthOffset));
            var type = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(index + TypeOffset));
            if (type != PaddingType)
            {
                var timestamp = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(index + TimestampOffset));
                reader.OnRecord(type, timestamp, _buffer.AsSpan(index + HeaderLength, length));
                records++;
            }

            head += Align(HeaderLength + length);
        }

        Volatile.Write(ref _cursors.Head, head);
        return records;
    }

    internal static int Align(int length) => (length + Alignment - 1) & -Alignment;

    private void WriteHeader(int index, int length, int type, long timestamp)
    {
        var header = _buffer.AsSpan(index, HeaderLength);
        BinaryPrimitives.WriteInt32LittleEndian(header[LengthOffset..], length);
        BinaryPrimitives.WriteInt32LittleEndian(header[TypeOffset..], type);
        BinaryPrimitives.WriteInt64LittleEndian(header[TimestampOffset..], timestamp);
    }
}

/// <summary>Receives the records a <see cref="SpscByteRing"/> consumer reads; the payload is valid only during the call.</summary>
public interface IRingReader
{
    void OnRecord(int type, long timestamp, ReadOnlySpan<byte> payload);
}

/// <summary>
/// The ring's positions, each on its own pair of cache lines: the producer writes Tail, HeadCache and Dropped; the
/// consumer writes Head. 128 bytes apart so neither the line nor its prefetched neighbour is shared.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 3 * PaddedCacheLine)]
internal struct RingCursors
{
    public const int PaddedCacheLine = 128;

    [FieldOffset(PaddedCacheLine)]
    public long Tail;

    [FieldOffset(PaddedCacheLine + 8)]
    public long HeadCache;

    [FieldOffset(PaddedCacheLine + 16)]
    public long Dropped;

    [FieldOffset(2 * PaddedCacheLine)]
    public long Head;

    internal static int OffsetOf(ref RingCursors cursors, ref long field) =>
        (int)Unsafe.ByteOffset(ref Unsafe.As<RingCursors, byte>(ref cursors), ref Unsafe.As<long, byte>(ref field));
}
