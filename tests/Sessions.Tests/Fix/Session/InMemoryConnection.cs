using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>
/// One end of an in-memory byte pipe with the semantics of <see cref="IConnection"/>: what one end sends the other
/// reads at its next Poll. <see cref="Discard"/> drops what is sent (allocation tests: nothing accumulates).
/// </summary>
internal sealed class InMemoryConnection : IConnection
{
    private readonly List<byte> _inbox = new(1 << 20);
    private byte[] _received = new byte[1 << 20];
    private int _start;
    private int _end;
    private InMemoryConnection? _peer;
    private bool _closed;
    private bool _peerClosed;

    public bool RefuseSends { get; set; }

    public bool Discard { get; set; }

    public ConnectionState State => _closed ? ConnectionState.Closed : ConnectionState.Open;

    public bool IsConnected => !_closed;

    public int CloseStatus { get; private set; }

    public SocketError LastSocketError => SocketError.Success;

    public Exception? Failure => null;

    public EndPoint? RemoteEndPoint => null;

    public ConnectionCounters Counters { get; } = new();

    public int SendBacklog => 0;

    public ReadOnlySpan<byte> Received => _received.AsSpan(_start, _end - _start);

    public bool IsClosed => _closed;

    public static (InMemoryConnection A, InMemoryConnection B) CreatePair()
    {
        var a = new InMemoryConnection();
        var b = new InMemoryConnection();
        a._peer = b;
        b._peer = a;
        return (a, b);
    }

    public int Poll()
    {
        if (_closed)
        {
            return CloseStatus;
        }

        if (_inbox.Count == 0)
        {
            if (_peerClosed)
            {
                CloseStatus = ConnectionStatus.PeerClosed;
                _closed = true;
                return CloseStatus;
            }

            return ConnectionStatus.NothingRead;
        }

        var count = _inbox.Count;
        if (_end + count > _received.Length)
        {
            var buffer = new byte[Math.Max(_received.Length * 2, _end - _start + count)];
            Received.CopyTo(buffer);
            _end -= _start;
            _start = 0;
            _received = buffer;
        }

        _inbox.CopyTo(_received, _end);
        _end += count;
        _inbox.Clear();
        return count;
    }

    public void Consume(int count)
    {
        _start += count;
        if (_start == _end)
        {
            _start = 0;
            _end = 0;
        }
    }

    public int TrySend(ReadOnlySpan<byte> bytes)
    {
        if (_closed)
        {
            return SendStatus.NotConnected;
        }

        if (RefuseSends)
        {
            return SendStatus.BackPressured;
        }

        if (!Discard)
        {
            _peer!._inbox.AddRange(bytes);
        }

        return bytes.Length;
    }

    public int Flush() => 0;

    public void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        CloseStatus = ConnectionStatus.Closed;
        _peer!._peerClosed = true;
    }

    public void Dispose() => Close();
}
