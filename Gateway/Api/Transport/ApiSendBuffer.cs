using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Gateway.Api.Protocol;

namespace Gateway.Api.Transport;

/// <summary>
/// A fixed send buffer for one connection: messages are stamped and copied in, then flushed with one non-blocking
/// send; what the kernel does not take stays, in order, for the next flush. Never grows: when it is full the caller
/// decides (the SDK reports back-pressure, the server drops a slow consumer).
/// <code>
///   0     head            tail             capacity
///   |sent |  waiting       |  free           |
/// </code>
/// </summary>
public sealed class ApiSendBuffer
{
    private readonly byte[] _buffer;
    private int _head;
    private int _tail;

    public ApiSendBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, ApiWire.MaxMessageSize);
        _buffer = GC.AllocateUninitializedArray<byte>(capacity, pinned: true);
    }

    public int Capacity => _buffer.Length;

    /// <summary>Bytes appended and not yet taken by the kernel.</summary>
    public int Count => _tail - _head;

    public ReadOnlySpan<byte> Waiting => new(_buffer, _head, _tail - _head);

    /// <summary>Stamps the header and appends the message; false (nothing appended) when it does not fit.</summary>
    public bool TryAppend<T>(ref T message)
        where T : unmanaged, IApiMessage
    {
        var size = Unsafe.SizeOf<T>();
        if (_buffer.Length - _tail < size && !MakeRoom(size))
        {
            return false;
        }

        _tail += ApiWire.Write(new Span<byte>(_buffer, _tail, size), ref message);
        return true;
    }

    /// <summary>One non-blocking send of what waits: the bytes the kernel took (0 included), or <see cref="IoStatus.Error"/>.</summary>
    public int FlushTo(Socket socket, out SocketError error)
    {
        error = SocketError.Success;
        if (_tail == _head)
        {
            return 0;
        }

        // One call: on a non-blocking socket it sends until the kernel is full, so asking again at once is useless.
        var sent = socket.Send(new ReadOnlySpan<byte>(_buffer, _head, _tail - _head), SocketFlags.None, out error);
        if (error != SocketError.Success)
        {
            if (error == SocketError.WouldBlock)
            {
                error = SocketError.Success;
                return 0;
            }

            return IoStatus.Error;
        }

        _head += sent;
        if (_head == _tail)
        {
            _head = 0;
            _tail = 0;
        }

        return sent;
    }

    public void Clear()
    {
        _head = 0;
        _tail = 0;
    }

    /// <summary>Moves the waiting bytes to the front when that frees enough room at the end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MakeRoom(int needed)
    {
        var waiting = _tail - _head;
        if (_buffer.Length - waiting < needed)
        {
            return false;
        }

        Buffer.BlockCopy(_buffer, _head, _buffer, 0, waiting);
        _head = 0;
        _tail = waiting;
        return true;
    }
}
