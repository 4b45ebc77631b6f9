using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Tests.Soup.Fuzz;

/// <summary>
/// A connection the fuzzer writes into directly: <see cref="Feed"/> puts bytes behind the unconsumed ones (read at the
/// session's next Poll), what the session sends collects in <see cref="Sent"/>. Reusable (<see cref="Reopen"/>) so a
/// hundred thousand cases do not allocate a hundred thousand buffers.
/// </summary>
internal sealed class FuzzConnection : IConnection
{
    private readonly byte[] _received = new byte[1 << 17];
    private readonly byte[] _sent = new byte[1 << 16];
    private int _start;
    private int _end;
    private int _unread;
    private int _sentLength;
    private bool _closed;

    public ConnectionState State => _closed ? ConnectionState.Closed : ConnectionState.Open;

    public bool IsConnected => !_closed;

    public bool IsClosed => _closed;

    public int CloseStatus { get; private set; }

    public SocketError LastSocketError => SocketError.Success;

    public Exception? Failure => null;

    public EndPoint? RemoteEndPoint => null;

    public ConnectionCounters Counters { get; } = new();

    public int SendBacklog => 0;

    public ReadOnlySpan<byte> Received => _received.AsSpan(_start, _end - _start);

    /// <summary>Unconsumed bytes: a truncated packet waits here.</summary>
    public int Pending => _end - _start;

    /// <summary>Everything the session sent since the last <see cref="ClearSent"/>.</summary>
    public ReadOnlySpan<byte> Sent => _sent.AsSpan(0, _sentLength);

    public void Reopen()
    {
        _closed = false;
        CloseStatus = 0;
        _start = _end = _unread = 0;
        _sentLength = 0;
    }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        if (_end + bytes.Length > _received.Length)
        {
            throw new InvalidOperationException("fuzz input larger than the connection's buffer");
        }

        bytes.CopyTo(_received.AsSpan(_end));
        _end += bytes.Length;
        _unread += bytes.Length;
    }

    public void ClearSent() => _sentLength = 0;

    public int Poll()
    {
        if (_closed)
        {
            return CloseStatus;
        }

        var read = _unread;
        _unread = 0;
        return read > 0 ? read : ConnectionStatus.NothingRead;
    }

    public void Consume(int count)
    {
        if (count < 0 || count > _end - _start)
        {
            throw new InvalidOperationException($"consumed {count} of {_end - _start} bytes");
        }

        _start += count;
        if (_start == _end)
        {
            _start = _end = 0;
        }
    }

    public int TrySend(ReadOnlySpan<byte> bytes)
    {
        if (_closed)
        {
            return SendStatus.NotConnected;
        }

        if (_sentLength + bytes.Length > _sent.Length)
        {
            _sentLength = 0; // a long case: keep the newest bytes only
        }

        bytes.CopyTo(_sent.AsSpan(_sentLength));
        _sentLength += bytes.Length;
        return bytes.Length;
    }

    public int Flush() => 0;

    public void Close()
    {
        _closed = true;
        CloseStatus = ConnectionStatus.Closed;
    }

    public void Dispose() => Close();
}
