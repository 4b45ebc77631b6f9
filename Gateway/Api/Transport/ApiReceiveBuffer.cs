using System.Net.Sockets;
using Gateway.Api.Protocol;

namespace Gateway.Api.Transport;

/// <summary>
/// A fixed receive buffer for one connection: one non-blocking read appends, the framer consumes from the front.
/// Never grows; a frame is at most <see cref="ApiWire.MaxMessageSize"/> bytes, so the partial frame moved to the front
/// after a read is always small.
/// <code>
///   0      head           tail            capacity
///   |used  |  unconsumed  |  free           |
/// </code>
/// </summary>
public sealed class ApiReceiveBuffer
{
    private readonly byte[] _buffer;
    private int _head;
    private int _tail;

    public ApiReceiveBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2 * ApiWire.MaxMessageSize);
        _buffer = GC.AllocateUninitializedArray<byte>(capacity, pinned: true);
    }

    public int Capacity => _buffer.Length;

    /// <summary>Bytes received and not yet consumed.</summary>
    public int Count => _tail - _head;

    public ReadOnlySpan<byte> Unconsumed => new(_buffer, _head, _tail - _head);

    /// <summary>One non-blocking receive into the free space: bytes read, 0 when nothing was waiting, or an <see cref="IoStatus"/>.</summary>
    public int ReceiveFrom(Socket socket, out SocketError error)
    {
        var free = FreeSpace();
        if (free.IsEmpty)
        {
            // The caller consumes every whole frame after a read, so a full buffer holds only a partial frame: cannot happen.
            error = SocketError.Success;
            return 0;
        }

        var read = socket.Receive(free, SocketFlags.None, out error);
        if (error == SocketError.Success)
        {
            if (read == 0)
            {
                return IoStatus.PeerClosed;
            }

            _tail += read;
            return read;
        }

        if (error == SocketError.WouldBlock)
        {
            error = SocketError.Success;
            return 0;
        }

        return IoStatus.Error;
    }

    /// <summary>Bytes written by someone else into <see cref="FreeSpace"/>.</summary>
    public void Commit(int count) => _tail += count;

    public void Consume(int count)
    {
        _head += count;
        if (_head == _tail)
        {
            _head = 0;
            _tail = 0;
        }
    }

    public void Clear()
    {
        _head = 0;
        _tail = 0;
    }

    /// <summary>The free space at the end, after moving a leftover partial frame to the front when the end is short.</summary>
    public Span<byte> FreeSpace()
    {
        if (_head != 0 && _buffer.Length - _tail < ApiWire.MaxMessageSize)
        {
            var waiting = _tail - _head;
            Buffer.BlockCopy(_buffer, _head, _buffer, 0, waiting);
            _head = 0;
            _tail = waiting;
        }

        return new Span<byte>(_buffer, _tail, _buffer.Length - _tail);
    }
}
