using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>
/// A TLS connection with the same polled surface as <see cref="TcpConnection"/>, so a session does not care which
/// it has.
/// <list type="bullet">
/// <item><b>Handshake</b>: on a thread-pool thread (cold: certificate checks and key exchange cost milliseconds that
/// must not stall the other sessions of the owning thread). Meanwhile the state is
/// <see cref="ConnectionState.Handshaking"/>: Poll returns 0 and TrySend NotConnected.</item>
/// <item><b>Reads</b>: <see cref="Poll"/> keeps one <see cref="SslStream.ReadAsync(Memory{byte}, CancellationToken)"/>
/// outstanding over a stream whose pending read Poll completes from a non-blocking receive
/// (<see cref="TlsTransportStream"/>); SslStream's continuation then decrypts inline on the owning thread. No thread
/// is woken, nothing crosses threads, and inbound latency is plain TCP's plus the decryption.</item>
/// <item><b>Writes</b>: <see cref="TrySend"/> encrypts on the owning thread and the records go out without blocking
/// through the same ordered backlog as plain TCP. A writer thread would move the encryption (~1 µs for a small
/// message) off the session thread but add a wake-up (tens of µs) to every send; here the session keeps control of
/// its latency and back-pressure stays a return value.</item>
/// </list>
/// A failed handshake ends the connection with <see cref="ConnectionStatus.HandshakeFailed"/>. Not supported: TLS 1.2
/// renegotiation (refused) and TLS 1.3 post-handshake client authentication. No close_notify is sent on close.
/// </summary>
public sealed class TlsConnection : IConnection
{
    private const int InitialSendBacklogSize = 16 * 1024;

    // The largest plaintext one TLS record carries: one SslStream read never yields more.
    private const int PlaintextBufferSize = 16 * 1024;

    // Reads per poll: bounds the work one connection does in one duty cycle.
    private const int MaxReadsPerPoll = 16;

    private readonly Socket _socket;
    private readonly TlsTransportStream _transport;
    private readonly SslStream _ssl;
    private readonly SendBacklog _backlog;
    private readonly ReceiveBuffer _receive;
    private readonly byte[] _plaintext = new byte[PlaintextBufferSize];
    private readonly int _sendBacklogLimit;
    private Task? _handshake;
    private bool _open;
    private int _closeStatus;
    private int _releases;
    private Exception? _failure;
    private ValueTask<int> _read;
    private bool _reading;
    private int _plaintextStart;
    private int _plaintextCount;
    private bool _endOfStream;

    private TlsConnection(Socket socket, ConnectionOptions? options)
    {
        options ??= ConnectionOptions.Default;
        _socket = socket;
        options.ApplyTo(socket);

        RemoteEndPoint = socket.RemoteEndPoint;
        _backlog = new SendBacklog(socket, InitialSendBacklogSize);
        _transport = new TlsTransportStream(socket, _backlog, Counters);
        _ssl = new SslStream(_transport, leaveInnerStreamOpen: false);
        _receive = new ReceiveBuffer(options.ReceiveBufferSize, options.MaxReceiveBufferSize);
        _sendBacklogLimit = options.SendBacklogLimit;
    }

    /// <summary>Starts the client handshake on a connected socket (taken over) and returns at once.</summary>
    public static TlsConnection AsClient(Socket socket, TlsClientOptions tls, ConnectionOptions? options = null)
    {
        var connection = new TlsConnection(socket, options);
        var ssl = tls.ToSslOptions();
        connection.StartHandshake(token => connection._ssl.AuthenticateAsClientAsync(ssl, token), tls.HandshakeTimeout);
        return connection;
    }

    /// <summary>Starts the server handshake on an accepted socket (taken over) and returns at once.</summary>
    public static TlsConnection AsServer(Socket socket, TlsServerOptions tls, ConnectionOptions? options = null)
    {
        var connection = new TlsConnection(socket, options);
        var ssl = tls.ToSslOptions();
        connection.StartHandshake(token => connection._ssl.AuthenticateAsServerAsync(ssl, token), tls.HandshakeTimeout);
        return connection;
    }

    public ConnectionState State => _closeStatus != 0
        ? ConnectionState.Closed
        : _open || _handshake!.IsCompletedSuccessfully ? ConnectionState.Open : ConnectionState.Handshaking;

    public bool IsConnected => State == ConnectionState.Open;

    public int CloseStatus => _closeStatus;

    public SocketError LastSocketError { get; private set; }

    public Exception? Failure => _failure;

    public EndPoint? RemoteEndPoint { get; }

    public ConnectionCounters Counters { get; } = new();

    public int SendBacklog => _backlog.Count;

    public ReadOnlySpan<byte> Received => _receive.Unconsumed;

    /// <summary>The negotiated protocol, cipher and certificates, once open (for logs).</summary>
    public SslStream Ssl => _ssl;

    public int Poll()
    {
        if (_closeStatus != 0)
        {
            return _closeStatus;
        }

        if (!_open && !TryOpen())
        {
            return _closeStatus != 0 ? _closeStatus : ConnectionStatus.NothingRead;
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

        return Read();
    }

    public void Consume(int count) => _receive.Consume(count);

    public int TrySend(ReadOnlySpan<byte> bytes)
    {
        if (_closeStatus != 0 || (!_open && !TryOpen()))
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

        try
        {
            _ssl.Write(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            Fail(e);
            return SendStatus.NotConnected;
        }

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
            LastSocketError = error;
            return Shut(ConnectionStatus.Error);
        }

        Counters.BytesSent += sent;
        return sent;
    }

    public void Close() => Shut(ConnectionStatus.Closed);

    public void Dispose() => Close();

    /// <summary>
    /// Moves decrypted bytes into the receive buffer: leftovers first, then completed reads, feeding SslStream's
    /// pending ciphertext read from the socket. Returns bytes made available, or a status.
    /// </summary>
    private int Read()
    {
        var total = 0;
        for (var i = 0; i < MaxReadsPerPoll; i++)
        {
            if (_plaintextCount != 0)
            {
                var moved = MovePlaintext();
                total += moved;
                if (_plaintextCount != 0)
                {
                    // The receive buffer is full at its maximum size: the caller must consume first.
                    if (total == 0)
                    {
                        Counters.ReceiveBufferFull++;
                        return ConnectionStatus.ReceiveBufferFull;
                    }

                    break;
                }
            }

            if (_endOfStream)
            {
                return total > 0 ? Count(total) : Shut(ConnectionStatus.PeerClosed);
            }

            if (!_reading)
            {
                // Kept in a field across polls and consumed exactly once, by .Result after IsCompleted.
#pragma warning disable CA2012
                _read = _ssl.ReadAsync(_plaintext);
#pragma warning restore CA2012
                _reading = true;
            }

            if (!_read.IsCompleted && !(_transport.FeedPendingRead() && _read.IsCompleted))
            {
                break; // SslStream waits for more ciphertext than has arrived
            }

            _reading = false;
            int read;
            try
            {
                read = _read.Result;
            }
            catch (Exception e)
            {
                return total > 0 ? Count(total) : Fail(e);
            }

            if (read == 0)
            {
                _endOfStream = true;
                continue;
            }

            _plaintextStart = 0;
            _plaintextCount = read;
        }

        return Count(total);
    }

    private int MovePlaintext()
    {
        var space = _receive.GetFreeSpace(out var grew);
        if (grew)
        {
            Counters.ReceiveBufferGrowths++;
        }

        var count = Math.Min(space.Length, _plaintextCount);
        _plaintext.AsSpan(_plaintextStart, count).CopyTo(space);
        _receive.Commit(count);
        _plaintextStart += count;
        _plaintextCount -= count;
        return count;
    }

    private int Count(int read)
    {
        if (read > 0)
        {
            Counters.BytesReceived += read;
            Counters.Reads++;
        }

        return read;
    }

    /// <summary>Notices the end of the handshake (owning thread). True once open.</summary>
    private bool TryOpen()
    {
        var handshake = _handshake!;
        if (!handshake.IsCompleted)
        {
            return false;
        }

        if (!handshake.IsCompletedSuccessfully)
        {
            _failure = handshake.IsCanceled
                ? new TimeoutException("The TLS handshake did not finish in time.")
                : handshake.Exception?.InnerException ?? handshake.Exception;
            LastSocketError = _transport.LastError;
            Shut(ConnectionStatus.HandshakeFailed);
            return false;
        }

        _transport.EndHandshake();
        _open = true;
        return true;
    }

    private void StartHandshake(Func<CancellationToken, Task> authenticate, TimeSpan timeout) =>
        _handshake = Task.Run(async () =>
        {
            try
            {
                using var deadline = new CancellationTokenSource(timeout);
                await authenticate(deadline.Token).ConfigureAwait(false);
            }
            finally
            {
                Release();
            }
        });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Fail(Exception e)
    {
        _failure ??= e;
        LastSocketError = _transport.LastError;
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
        if (status == ConnectionStatus.Closed && _open)
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

        _socket.Dispose(); // a handshake still running on the thread pool fails on its next call
        if (_open)
        {
            _transport.AbortPendingRead();
            _reading = false;
        }

        Release();
        return status;
    }

    /// <summary>The owner (on close) and the handshake task (on exit) each release once; the second disposes TLS.</summary>
    private void Release()
    {
        if (Interlocked.Increment(ref _releases) == 2)
        {
            _ssl.Dispose();
        }
    }
}
