using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Transport;

/// <summary>
/// The owned buffer a connection reads into. Unconsumed bytes sit in [start, end); consuming moves start, and the
/// bytes are moved back to the front only when the free tail gets short (lazy compaction). When unconsumed bytes
/// fill the whole buffer (a frame larger than it) the buffer doubles, up to a maximum: a cold path.
/// <code>
///   0        start            end                capacity
///   |consumed|  unconsumed     |  free tail        |
/// </code>
/// </summary>
internal sealed class ReceiveBuffer
{
    private readonly int _maxSize;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public ReceiveBuffer(int initialSize, int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialSize, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, initialSize);
        _buffer = new byte[initialSize];
        _maxSize = maxSize;
    }

    public int Capacity => _buffer.Length;

    public int Count => _end - _start;

    public ReadOnlySpan<byte> Unconsumed => new(_buffer, _start, _end - _start);

    public void Consume(int count)
    {
        if ((uint)count > (uint)(_end - _start))
        {
            ThrowConsumeOutOfRange(count, _end - _start);
        }

        _start += count;
        if (_start == _end)
        {
            _start = 0;
            _end = 0;
        }
    }

    /// <summary>
    /// Free space behind the unconsumed bytes, made by compacting or growing if the tail is short. Empty when the
    /// buffer is at its maximum size and full. Sets <paramref name="grew"/> when the buffer had to grow.
    /// </summary>
    public Span<byte> GetFreeSpace(out bool grew)
    {
        grew = false;
        var free = _buffer.Length - _end;
        if (free < _buffer.Length / 4 && _start > 0)
        {
            Compact();
            free = _buffer.Length - _end;
        }

        if (free == 0)
        {
            if (_buffer.Length >= _maxSize)
            {
                return default;
            }

            Grow();
            grew = true;
        }

        return new Span<byte>(_buffer, _end, _buffer.Length - _end);
    }

    public void Commit(int count) => _end += count;

    private void Compact()
    {
        var count = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, count);
        _start = 0;
        _end = count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var bigger = new byte[(int)Math.Min((long)_buffer.Length * 2, _maxSize)];
        Buffer.BlockCopy(_buffer, _start, bigger, 0, _end - _start);
        _end -= _start;
        _start = 0;
        _buffer = bigger;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowConsumeOutOfRange(int count, int available) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, $"Only {available} bytes are unconsumed.");
}
