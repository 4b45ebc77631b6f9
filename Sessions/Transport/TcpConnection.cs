using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Transport;

/// <summary>
/// A connected TCP socket in non-blocking mode, driven by its owning agent: <see cref="Poll"/> does one
/// non-blocking receive, <see cref="TrySend"/> one non-blocking send. No thread, no wake-up, no allocation in steady
/// state; a kernel wake-up costs more than the whole round trip on a busy-polled loopback.
/// </summary>
public sealed class TcpConnection : IConnection
{
    private const int InitialSendBacklogSize = 16 * 1024;

    private readonly Socket _socket;
    private readonly ReceiveBuffer _receive;
    private readonly SendBacklog _backlog;
    private readonly int _sendBacklogLimit;
    private int _closeStatus;
    private SocketError _lastSocketError;

    /// <summary>Takes ownership of a connected socket and makes it non-blocking.</summary>
    public TcpConnection(Socket socket, ConnectionOptions? options = null)
    {
        options ??= ConnectionOptions.Default;
        _socket = socket;
        options.ApplyTo(socket);
        RemoteEndPoint = socket.RemoteEndPoint;
        LocalEndPoint = socket.LocalEndPoint;
        _receive = new ReceiveBuffer(options.ReceiveBufferSize, options.MaxReceiveBufferSize);
        _backlog = new SendBacklog(socket, InitialSendBacklogSize);
        _sendBacklogLimit = options.SendBacklogLimit;
    }

    public ConnectionState State => _closeStatus == 0 ? ConnectionState.Open : ConnectionState.Closed;

    public bool IsConnected => _closeStatus == 0;

    public int CloseStatus => _closeStatus;

    public SocketError LastSocketError => _lastSocketError;

    public Exception? Failure => null;

    public EndPoint? RemoteEndPoint { get; }

    public EndPoint? LocalEndPoint { get; }

    public ConnectionCounters Counters { get; } = new();

    public int SendBacklog => _backlog.Count;

    public ReadOnlySpan<byte> Received => _receive.Unconsumed;

    /// <summary>The socket, for options the connection does not cover. Do not read or write through it.</summary>
    public Socket Socket => _socket;

    public int Poll()
    {
        if (_closeStatus != 0)
        {
            return _closeStatus;
        }

        if (_backlog.Count != 0)
        {
            var flushed = _backlog.Flush(out var sendError);
            if (flushed < 0)
            {
                return Fail(sendError);
            }

            Counters.BytesSent += flushed;
        }

        var space = _receive.GetFreeSpace(out var grew);
        if (grew)
        {
            Counters.ReceiveBufferGrowths++;
        }

        if (space.IsEmpty)
        {
            Counters.ReceiveBufferFull++;
            return ConnectionStatus.ReceiveBufferFull;
        }

        var read = _socket.Receive(space, SocketFlags.None, out var error);
        if (error == SocketError.Success)
        {
            if (read == 0)
            {
                return Shut(ConnectionStatus.PeerClosed);
            }

            _receive.Commit(read);
            Counters.BytesReceived += read;
            Counters.Reads++;
            return read;
        }

        return error == SocketError.WouldBlock ? ConnectionStatus.NothingRead : Fail(error);
    }

    public void Consume(int count) => _receive.Consume(count);

    public int TrySend(ReadOnlySpan<byte> bytes)
    {
        if (_closeStatus != 0)
        {
            return SendStatus.NotConnected;
        }

        var waiting = _backlog.Count;
        if (waiting != 0 && waiting + bytes.Length > _sendBacklogLimit)
        {
            // Give the kernel a chance first: the backlog may have drained since the last poll.
            var flushed = _backlog.Flush(out var flushError);
            if (flushed < 0)
            {
                Fail(flushError);
                return SendStatus.NotConnected;
            }

            Counters.BytesSent += flushed;

            if (_backlog.Count != 0 && _backlog.Count + bytes.Length > _sendBacklogLimit)
            {
                Counters.BackPressured++;
                return SendStatus.BackPressured;
            }
        }

        var sent = _backlog.SendOrQueue(bytes, out var error);
        if (sent < 0)
        {
            Fail(error);
            return SendStatus.NotConnected;
        }

        Counters.BytesSent += sent;
        Counters.MessagesSent++;
        if (_backlog.Count != 0)
        {
            Counters.QueuedSends++;
        }

        return bytes.Length;
    }

    public int Flush()
    {
        if (_closeStatus != 0)
        {
            return _closeStatus;
        }

        var sent = _backlog.Flush(out var error);
        if (sent < 0)
        {
            return Fail(error);
        }

        Counters.BytesSent += sent;
        return sent;
    }

    public void Close() => Shut(ConnectionStatus.Closed);

    public void Dispose() => Close();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Fail(SocketError error)
    {
        _lastSocketError = error;
        return Shut(ConnectionStatus.Error);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Shut(int status)
    {
        if (_closeStatus != 0)
        {
            return _closeStatus;
        }

        _closeStatus = status;
        if (status == ConnectionStatus.Closed)
        {
            // Best effort: whatever the kernel takes now still goes out before the FIN.
            _backlog.Flush(out _);
        }

        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer: nothing left to shut down.
        }

        _socket.Dispose();
        return status;
    }
}
