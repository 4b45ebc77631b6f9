using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Transport;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// A venue connection in memory: it hands the session the bytes given to <see cref="Deliver"/> (the venue's Logon)
/// and drops whatever the session sends, so the in-process pipeline measures the FIX encode and not a peer.
/// </summary>
internal sealed class DiscardConnection : IConnection
{
    private readonly byte[] _received = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _closed;

    public ConnectionState State => _closed ? ConnectionState.Closed : ConnectionState.Open;

    public bool IsConnected => !_closed;

    public int CloseStatus { get; private set; }

    public SocketError LastSocketError => SocketError.Success;

    public Exception? Failure => null;

    public EndPoint? RemoteEndPoint => null;

    public ConnectionCounters Counters { get; } = new();

    public int SendBacklog => 0;

    /// <summary>Bytes the session sent (and this connection dropped).</summary>
    public long BytesDiscarded { get; private set; }

    public ReadOnlySpan<byte> Received => _received.AsSpan(_start, _end - _start);

    /// <summary>Bytes from the venue, read by the session at its next duty cycle (cold).</summary>
    public void Deliver(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_received.AsSpan(_end));
        _end += bytes.Length;
    }

    public int Poll() => _closed ? CloseStatus : ConnectionStatus.NothingRead;

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

        BytesDiscarded += bytes.Length;
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
