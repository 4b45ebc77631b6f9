using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Transport;

/// <summary>
/// The send side of a non-blocking socket: bytes go straight to the kernel while it takes them; what it does not
/// take waits here, in order, and later sends go behind it. Touched by the owning thread only.
/// <code>
///   0     head            tail             capacity
///   |sent |  waiting       |  free           |
/// </code>
/// </summary>
internal sealed class SendBacklog
{
    private readonly Socket _socket;
    private byte[] _buffer;
    private int _head;
    private int _tail;

    public SendBacklog(Socket socket, int initialSize)
    {
        _socket = socket;
        _buffer = new byte[initialSize];
    }

    public int Count => _tail - _head;

    /// <summary>
    /// Takes all of <paramref name="bytes"/>: sends what the kernel accepts and keeps the rest. Returns the count the
    /// kernel took now, or -1 on a socket error (in <paramref name="error"/>).
    /// </summary>
    public int SendOrQueue(ReadOnlySpan<byte> bytes, out SocketError error)
    {
        error = SocketError.Success;
        if (_tail != _head)
        {
            // Keep the order: what waits goes first, and the new bytes queue behind whatever is still waiting.
            var flushed = Flush(out error);
            if (flushed < 0)
            {
                return -1;
            }

            if (_tail != _head)
            {
                Append(bytes);
                return flushed;
            }
        }

        var sent = _socket.Send(bytes, SocketFlags.None, out error);
        if (error == SocketError.Success)
        {
            if (sent < bytes.Length)
            {
                Append(bytes[sent..]);
            }

            return sent;
        }

        if (error == SocketError.WouldBlock)
        {
            error = SocketError.Success;
            Append(bytes);
            return 0;
        }

        return -1;
    }

    /// <summary>Sends what waits, as far as the kernel takes it. Returns the count taken, or -1 on a socket error.</summary>
    public int Flush(out SocketError error)
    {
        error = SocketError.Success;
        if (_tail == _head)
        {
            return 0;
        }

        // One call: on a non-blocking socket it sends until the kernel is full (EAGAIN), so asking again is useless.
        var sent = _socket.Send(new ReadOnlySpan<byte>(_buffer, _head, _tail - _head), SocketFlags.None, out error);
        if (error != SocketError.Success)
        {
            if (error != SocketError.WouldBlock)
            {
                return -1;
            }

            error = SocketError.Success;
            return 0;
        }

        _head += sent;
        if (_head == _tail)
        {
            _head = 0;
            _tail = 0;
        }

        return sent;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _tail < bytes.Length)
        {
            MakeRoom(bytes.Length);
        }

        bytes.CopyTo(new Span<byte>(_buffer, _tail, bytes.Length));
        _tail += bytes.Length;
    }

    /// <summary>Moves waiting bytes to the front, and grows (cold) if that is not enough.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MakeRoom(int needed)
    {
        var waiting = _tail - _head;
        var target = _buffer;
        if (_buffer.Length - waiting < needed)
        {
            var size = _buffer.Length;
            while (size - waiting < needed)
            {
                size *= 2;
            }

            target = new byte[size];
        }

        Buffer.BlockCopy(_buffer, _head, target, 0, waiting);
        _buffer = target;
        _head = 0;
        _tail = waiting;
    }
}
