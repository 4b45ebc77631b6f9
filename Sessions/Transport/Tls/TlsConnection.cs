using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>
/// A TLS connection with the same polled surface as <see cref="TcpConnection"/>, so a session does not care which
/// it has. <see cref="SslStream"/> cannot be polled, so the work is split:
/// <list type="bullet">
/// <item><b>Handshake and reads</b> run on the thread pool (async socket I/O). Decrypted bytes go through a lock-free
/// single-producer single-consumer ring; <see cref="Poll"/> copies them into the receive buffer. Inbound latency
/// therefore includes a thread wake-up on the socket engine (tens of µs), where plain TCP busy-polls (a few µs).</item>
/// <item><b>Writes</b> encrypt on the owning thread inside <see cref="TrySend"/> and go to the socket without
/// blocking, through the same ordered backlog as plain TCP. No thread hop outbound: the cost is the encryption
/// itself (~1 µs for a small message). A writer thread would take that off the session thread but add a wake-up to
/// every send; here the session keeps control of its latency and of back-pressure.</item>
/// </list>
/// The connection starts in <see cref="ConnectionState.Handshaking"/>: Poll returns 0 and TrySend NotConnected until
/// the handshake is over; a failed handshake ends it with <see cref="ConnectionStatus.HandshakeFailed"/>.
/// </summary>
public sealed class TlsConnection : IConnection
{
    private const int InitialSendBacklogSize = 16 * 1024;
    private const int InboundRingSize = 256 * 1024;

    // Phases published by the background task (volatile writes, after the data and failure they describe).
    private const int Handshaking = 0;
    private const int Open = 1;
    private const int HandshakeFailedPhase = 2;
    private const int ReaderEndedAtEof = 3;
    private const int ReaderFailed = 4;

    private readonly Socket _socket;
    private readonly TlsSocketStream _transport;
    private readonly SslStream _ssl;
    private readonly SendBacklog _backlog;
    private readonly SpscByteRing _inbound = new(InboundRingSize);
    private readonly ReceiveBuffer _receive;
    private readonly int _sendBacklogLimit;
    private int _phase;
    private int _closeStatus;
    private int _releases;
    private volatile bool _closing;
    private Exception? _failure;

    private TlsConnection(Socket socket, ConnectionOptions? options)
    {
        options ??= ConnectionOptions.Default;
        _socket = socket;
        socket.Blocking = false;
        socket.NoDelay = options.NoDelay;
        if (options.SocketSendBufferSize > 0)
        {
            socket.SendBufferSize = options.SocketSendBufferSize;
        }

        if (options.SocketReceiveBufferSize > 0)
        {
            socket.ReceiveBufferSize = options.SocketReceiveBufferSize;
        }

        RemoteEndPoint = socket.RemoteEndPoint;
        _backlog = new SendBacklog(socket, InitialSendBacklogSize);
        _transport = new TlsSocketStream(socket, _backlog, Counters);
        _ssl = new SslStream(_transport, leaveInnerStreamOpen: false);
        _receive = new ReceiveBuffer(options.ReceiveBufferSize, options.MaxReceiveBufferSize);
        _sendBacklogLimit = options.SendBacklogLimit;
    }

    /// <summary>Starts the client handshake on a connected socket (taken over) and returns at once.</summary>
    public static TlsConnection AsClient(Socket socket, TlsClientOptions tls, ConnectionOptions? options = null)
    {
        var connection = new TlsConnection(socket, options);
        var ssl = tls.ToSslOptions();
        connection.Start(token => connection._ssl.AuthenticateAsClientAsync(ssl, token), tls.HandshakeTimeout);
        return connection;
    }

    /// <summary>Starts the server handshake on an accepted socket (taken over) and returns at once.</summary>
    public static TlsConnection AsServer(Socket socket, TlsServerOptions tls, ConnectionOptions? options = null)
    {
        var connection = new TlsConnection(socket, options);
        var ssl = tls.ToSslOptions();
        connection.Start(token => connection._ssl.AuthenticateAsServerAsync(ssl, token), tls.HandshakeTimeout);
        return connection;
    }

    public ConnectionState State => _closeStatus != 0
        ? ConnectionState.Closed
        : Volatile.Read(ref _phase) == Handshaking ? ConnectionState.Handshaking : ConnectionState.Open;

    public bool IsConnected => _closeStatus == 0 && Volatile.Read(ref _phase) == Open;

    public int CloseStatus => _closeStatus;

    public SocketError LastSocketError { get; private set; }

    public Exception? Failure => Volatile.Read(ref _phase) > Open ? _failure : null;

    public EndPoint? RemoteEndPoint { get; }

    public ConnectionCounters Counters { get; } = new();

    public int SendBacklog => _backlog.Count;

    public ReadOnlySpan<byte> Received => _receive.Unconsumed;

    /// <summary>The negotiated protocol and cipher, once open (for logs).</summary>
    public SslStream Ssl => _ssl;

    public int Poll()
    {
        if (_closeStatus != 0)
        {
            return _closeStatus;
        }

        // Read the phase before the ring: whatever the reader published before it ended is drained first.
        var phase = Volatile.Read(ref _phase);
        if (phase == Handshaking)
        {
            return ConnectionStatus.NothingRead;
        }

        if (phase == HandshakeFailedPhase)
        {
            return Shut(ConnectionStatus.HandshakeFailed);
        }

        if (_backlog.Count != 0)
        {
            var flushed = _backlog.Flush(out var sendError);
            if (flushed < 0)
            {
                LastSocketError = sendError;
                return Shut(ConnectionStatus.Error);
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

        var read = _inbound.Read(space);
        if (read > 0)
        {
            _receive.Commit(read);
            Counters.BytesReceived += read;
            Counters.Reads++;
            return read;
        }

        return phase switch
        {
            ReaderEndedAtEof => Shut(ConnectionStatus.PeerClosed),
            ReaderFailed => FailRead(),
            _ => ConnectionStatus.NothingRead,
        };
    }

    public void Consume(int count) => _receive.Consume(count);

    public int TrySend(ReadOnlySpan<byte> bytes)
    {
        if (_closeStatus != 0 || Volatile.Read(ref _phase) != Open)
        {
            return SendStatus.NotConnected;
        }

        if (_backlog.Count != 0 && _backlog.Count + bytes.Length > _sendBacklogLimit)
        {
            var flushed = _backlog.Flush(out var flushError);
            if (flushed < 0)
            {
                LastSocketError = flushError;
                Shut(ConnectionStatus.Error);
                return SendStatus.NotConnected;
            }

            Counters.BytesSent += flushed;
            if (_backlog.Count != 0 && _backlog.Count + bytes.Length > _sendBacklogLimit)
            {
                Counters.BackPressured++;
                return SendStatus.BackPressured;
            }
        }

        return Encrypt(bytes);
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
            LastSocketError = error;
            return Shut(ConnectionStatus.Error);
        }

        Counters.BytesSent += sent;
        return sent;
    }

    public void Close() => Shut(ConnectionStatus.Closed);

    public void Dispose() => Close();

    private int Encrypt(ReadOnlySpan<byte> bytes)
    {
        _transport.EnterOwnerWrite();
        try
        {
            _ssl.Write(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return FailSend(e);
        }
        finally
        {
            _transport.ExitOwnerWrite();
        }

        Counters.MessagesSent++;
        if (_backlog.Count != 0)
        {
            Counters.QueuedSends++;
        }

        return bytes.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FailRead()
    {
        for (var e = _failure; e is not null; e = e.InnerException)
        {
            if (e is SocketException socketError)
            {
                LastSocketError = socketError.SocketErrorCode;
                break;
            }
        }

        return Shut(ConnectionStatus.Error);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FailSend(Exception e)
    {
        _failure ??= e;
        LastSocketError = _transport.LastError;
        Shut(ConnectionStatus.Error);
        return SendStatus.NotConnected;
    }

    private void Start(Func<CancellationToken, Task> handshake, TimeSpan timeout) =>
        _ = Task.Run(() => RunAsync(handshake, timeout));

    /// <summary>The background side: handshake, then read and decrypt into the ring until EOF, error or close.</summary>
    private async Task RunAsync(Func<CancellationToken, Task> handshake, TimeSpan timeout)
    {
        try
        {
            try
            {
                using var deadline = new CancellationTokenSource(timeout);
                await handshake(deadline.Token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Publish(HandshakeFailedPhase, e);
                return;
            }

            Volatile.Write(ref _phase, Open);
            await ReadLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_closing)
            {
                var free = _inbound.GetWriteMemory();
                if (free.IsEmpty)
                {
                    // The owner is not consuming: wait for room. Rare, and never on the owner's thread.
                    await Task.Delay(1).ConfigureAwait(false);
                    continue;
                }

                var read = await _ssl.ReadAsync(free).ConfigureAwait(false);
                if (read == 0)
                {
                    Publish(ReaderEndedAtEof, null);
                    return;
                }

                _inbound.CommitWrite(read);
            }
        }
        catch (Exception e)
        {
            // After a local close the aborted read is expected, and the owner already knows.
            Publish(ReaderFailed, e);
        }
    }

    private void Publish(int phase, Exception? failure)
    {
        _failure = failure;
        Volatile.Write(ref _phase, phase);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Shut(int status)
    {
        if (_closeStatus != 0)
        {
            return _closeStatus;
        }

        _closeStatus = status;
        _closing = true;
        if (status == ConnectionStatus.Closed && Volatile.Read(ref _phase) == Open)
        {
            _backlog.Flush(out _);
        }

        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }

        _socket.Dispose(); // aborts a pending handshake or read on the background side
        Release();
        return status;
    }

    /// <summary>The owner (on close) and the background task (on exit) each release once; the second disposes TLS.</summary>
    private void Release()
    {
        if (Interlocked.Increment(ref _releases) == 2)
        {
            _ssl.Dispose();
        }
    }
}
