using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gateway.Api.Protocol;
using Gateway.Api.Transport;

namespace Gateway.Api.Client;

/// <summary>
/// A strategy's connection to the gateway's binary order API.
/// <para>Cold: <see cref="Connect"/> and <see cref="Login"/> block. Hot: <see cref="TrySend{T}"/> and
/// <see cref="Poll{THandler}"/> never block and never allocate; back-pressure is a false return, not an exception.</para>
/// <para>Threads: either one thread sends and polls (poll mode), or <see cref="StartReceiving"/> polls on a
/// background thread while any one thread sends (callback mode). The send buffer is shared with the poller's
/// heartbeats and flushes through a try-lock: uncontended it costs one interlocked exchange, and the poller never
/// waits for it (it skips a flush when the sender holds it).</para>
/// </summary>
public sealed partial class GatewayClient : IDisposable
{
    private const int NotConnected = 0;
    private const int Connected = 1;
    private const int LoggedIn = 2;
    private const int Closed = 3;

    private readonly GatewayClientOptions _options;
    private readonly ApiSendBuffer _send;
    private readonly ApiReceiveBuffer _receive;
    private readonly long _heartbeatTicks;
    private readonly long _silenceTicks;
    private Socket? _socket;
    private volatile int _state;
    private int _sendLock;
    private long _lastSentTicks;
    private long _lastReceivedTicks;
    private volatile bool _sendFailed;
    private DisconnectReason _closeReason;
    private bool _disconnectReported;
    private Thread? _receiver;
    private volatile bool _receiving;

    public GatewayClient(GatewayClientOptions? options = null)
    {
        _options = options ?? GatewayClientOptions.Default;
        _send = new ApiSendBuffer(_options.SendBufferSize);
        _receive = new ApiReceiveBuffer(_options.ReceiveBufferSize);
        _heartbeatTicks = ToTicks(_options.HeartbeatInterval);
        _silenceTicks = ToTicks(_options.SilenceTimeout);
    }

    public GatewayClientCounters Counters { get; } = new();

    /// <summary>The strategy logged in with, 0 before <see cref="Login"/> succeeded.</summary>
    public int StrategyId { get; private set; }

    public bool IsConnected => _state is Connected or LoggedIn;

    public bool IsLoggedIn => _state == LoggedIn;

    /// <summary>Why the connection ended (<see cref="DisconnectReason.None"/> while it is up).</summary>
    public DisconnectReason CloseReason => _closeReason;

    /// <summary>Cold: a blocking TCP connect, then the socket goes non-blocking with TCP_NODELAY. Throws <see cref="SocketException"/> when it fails.</summary>
    public void Connect(string host, int port)
    {
        if (_state != NotConnected)
        {
            throw new InvalidOperationException("A GatewayClient connects once; create a new one to reconnect.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(host, port);
            socket.Blocking = false;
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        var now = Stopwatch.GetTimestamp();
        _lastSentTicks = now;
        _lastReceivedTicks = now;
        _state = Connected;
    }

    /// <summary>
    /// Cold: sends Login and waits for the gateway's answer up to <see cref="GatewayClientOptions.LoginTimeout"/>.
    /// A reject, a timeout or a disconnect closes the connection; the result says which and why. Call it before
    /// <see cref="StartReceiving"/>. Throws when not connected or when the token does not fit 32 ASCII characters.
    /// </summary>
    public LoginResult Login(int strategyId, string token)
    {
        if (_state != Connected)
        {
            throw new InvalidOperationException(_state == LoggedIn ? "Already logged in." : "Connect first; a closed client cannot log in.");
        }

        if (token.Length > 32)
        {
            throw new ArgumentException("The token is at most 32 ASCII characters.", nameof(token));
        }

        var login = new LoginMessage { StrategyId = strategyId };
        AsciiText.Set(login.Token, token);
        if (!TrySend(ref login))
        {
            return new LoginResult(LoginOutcome.Disconnected, 0, "The login could not be sent.");
        }

        var waiter = new LoginWaiter();
        var deadline = Stopwatch.GetTimestamp() + ToTicks(_options.LoginTimeout);
        var spin = new SpinWait();
        while (waiter.Status == 0 && waiter.Disconnect == DisconnectReason.None)
        {
            if (PollCore(ref waiter, stopAtLoginAnswer: true) == 0)
            {
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    Close(DisconnectReason.ClosedByClient);
                    _disconnectReported = true;
                    return new LoginResult(LoginOutcome.TimedOut, 0, $"No answer to the login within {_options.LoginTimeout.TotalMilliseconds} ms.");
                }

                spin.SpinOnce(sleep1Threshold: -1);
            }
        }

        if (waiter.Status == SessionStatusCode.LoggedIn)
        {
            StrategyId = strategyId;
            _state = LoggedIn;
            return new LoginResult(LoginOutcome.LoggedIn, 0, waiter.Text ?? "");
        }

        // Rejected: the gateway closes the connection; so does this side, and the login's result is the report.
        Close(DisconnectReason.ClosedByGateway);
        _disconnectReported = true;
        return waiter.Status == SessionStatusCode.LoginRejected
            ? new LoginResult(LoginOutcome.Rejected, waiter.Error, waiter.Text ?? "")
            : new LoginResult(LoginOutcome.Disconnected, waiter.Error, waiter.Text ?? $"The connection ended ({waiter.Disconnect}) before the login was answered.");
    }

    /// <summary>
    /// Stamps the header, copies the message into the send buffer and sends what waits with one non-blocking send;
    /// what the kernel does not take goes out on the next send or poll. False when not connected or the send buffer
    /// is full (back-pressure: poll, then retry).
    /// </summary>
    public bool TrySend<T>(ref T message)
        where T : unmanaged, IApiMessage
    {
        if (_state is not (Connected or LoggedIn))
        {
            return false;
        }

        AcquireSendLock();
        if (_state == Closed)
        {
            // Closed while this thread waited for the buffer.
            Volatile.Write(ref _sendLock, 0);
            return false;
        }

        if (!_send.TryAppend(ref message))
        {
            FlushLocked();
            if (!_send.TryAppend(ref message))
            {
                Counters._sendBufferFull++;
                Volatile.Write(ref _sendLock, 0);
                return false;
            }
        }

        Counters._messagesSent++;
        FlushLocked();
        _lastSentTicks = Stopwatch.GetTimestamp();
        Volatile.Write(ref _sendLock, 0);
        return true;
    }

    /// <summary>
    /// Reads what the socket has, hands every whole message to <paramref name="handler"/>, sends a heartbeat when
    /// nothing went out for the heartbeat interval, flushes a send leftover, and drops the connection after the
    /// silence timeout. A disconnect is reported once through <see cref="IGatewayMessageHandler.OnDisconnected"/>.
    /// Returns the work done (messages handled, plus one per read or event); 0 means idle.
    /// </summary>
    public int Poll<THandler>(ref THandler handler)
        where THandler : struct, IGatewayMessageHandler => PollCore(ref handler, stopAtLoginAnswer: false);

    private int PollCore<THandler>(ref THandler handler, bool stopAtLoginAnswer)
        where THandler : struct, IGatewayMessageHandler
    {
        if (_state is not (Connected or LoggedIn))
        {
            return ReportDisconnect(ref handler);
        }

        if (_sendFailed)
        {
            Close(DisconnectReason.SocketError);
            return ReportDisconnect(ref handler);
        }

        var work = 0;
        var read = _receive.ReceiveFrom(_socket!, out _);
        var now = Stopwatch.GetTimestamp();
        if (read > 0)
        {
            Counters._bytesReceived += read;
            _lastReceivedTicks = now;
            work = 1 + Drain(ref handler, stopAtLoginAnswer);
        }
        else if (read < 0)
        {
            if (read == IoStatus.Error)
            {
                Counters._socketErrors++;
            }

            Close(read == IoStatus.PeerClosed ? DisconnectReason.ClosedByGateway : DisconnectReason.SocketError);
        }
        else
        {
            if (_receive.Count >= MessageHeader.Size)
            {
                // Frames left behind by Login, which stops at its answer.
                work = Drain(ref handler, stopAtLoginAnswer);
            }

            if (now - _lastReceivedTicks > _silenceTicks && _state is (Connected or LoggedIn))
            {
                Close(DisconnectReason.SilenceTimeout);
            }
        }

        if (_state is not (Connected or LoggedIn))
        {
            return work + ReportDisconnect(ref handler);
        }

        if (_send.Count != 0 || now - Volatile.Read(ref _lastSentTicks) >= _heartbeatTicks)
        {
            work += FlushOrHeartbeat(now);
        }

        return work;
    }

    /// <summary>Asks the gateway to end the session; it answers SessionStatus LoggedOut and closes (reported by Poll).</summary>
    public bool TrySendLogout()
    {
        var logout = default(LogoutMessage);
        return TrySend(ref logout);
    }

    /// <summary>
    /// Callback mode: polls on a background thread, handing messages to <paramref name="handler"/> there, idling with
    /// <paramref name="idle"/> (spin, then yield, then sleep) when nothing arrives. The thread ends after the
    /// disconnect is reported or on <see cref="Dispose"/>. An exception from the handler goes to
    /// <paramref name="onError"/> (the loop carries on); without one it ends the process, like any unhandled exception.
    /// </summary>
    public void StartReceiving(IGatewayMessageHandler handler, ClientBackoffIdle? idle = null, Action<Exception>? onError = null)
    {
        if (_receiver is not null)
        {
            throw new InvalidOperationException("Already receiving.");
        }

        idle ??= new ClientBackoffIdle();
        _receiving = true;
        _receiver = new Thread(() => ReceiveLoop(handler, idle, onError)) { IsBackground = true, Name = "gateway-client" };
        _receiver.Start();
    }

    /// <summary>Stops the receiving thread (if any) and closes the connection.</summary>
    public void Dispose()
    {
        _receiving = false;
        var receiver = _receiver;
        if (receiver is not null && receiver != Thread.CurrentThread && receiver.IsAlive)
        {
            receiver.Join(TimeSpan.FromSeconds(5));
        }

        Close(DisconnectReason.ClosedByClient);
    }

    private void ReceiveLoop(IGatewayMessageHandler handler, ClientBackoffIdle idle, Action<Exception>? onError)
    {
        var forward = new ForwardingHandler(handler);
        while (_receiving)
        {
            int work;
            try
            {
                work = Poll(ref forward);
            }
            catch (Exception e) when (onError is not null)
            {
                onError(e);
                work = 0;
            }

            if (_disconnectReported)
            {
                return;
            }

            idle.Idle(work);
        }
    }

    /// <summary>Hands every whole frame on; with <paramref name="stopAtLoginAnswer"/>, stops after the login's answer so what follows it waits for the strategy's own handler.</summary>
    private int Drain<THandler>(ref THandler handler, bool stopAtLoginAnswer)
        where THandler : struct, IGatewayMessageHandler
    {
        var handled = 0;
        while (_state is Connected or LoggedIn)
        {
            var received = _receive.Unconsumed;
            var status = ApiFrameReader.TryRead(received, out var header, out var length);
            if (status == FrameStatus.Frame)
            {
                Counters._messagesReceived++;
                handled++;
                if (header.Type == MessageType.Heartbeat)
                {
                    Counters._heartbeatsReceived++;
                }
                else
                {
                    if (header.Type == MessageType.Error)
                    {
                        Counters._errorsReceived++;
                    }

                    if (!MessageDispatcher.Dispatch(header.Type, received[..length], ref handler))
                    {
                        Counters._unknownMessages++;
                    }
                }

                // The handler may have disposed the client, which clears the buffer.
                if (_state is Connected or LoggedIn)
                {
                    _receive.Consume(length);
                }

                if (stopAtLoginAnswer && IsLoginAnswer(header.Type, received))
                {
                    break;
                }
            }
            else if (status == FrameStatus.NeedMore)
            {
                break;
            }
            else if (status.IsFatal())
            {
                Counters._framingErrors++;
                Close(DisconnectReason.FramingError);
                break;
            }
            else
            {
                Counters._unknownMessages++;
                _receive.Consume(length);
            }
        }

        return handled;
    }

    /// <summary>Flushes a leftover and sends a due heartbeat, unless the sender holds the send buffer right now.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FlushOrHeartbeat(long now)
    {
        if (Interlocked.CompareExchange(ref _sendLock, 1, 0) != 0)
        {
            return 0;
        }

        var work = 0;
        if (_send.Count != 0)
        {
            FlushLocked();
            work = 1;
        }

        if (now - _lastSentTicks >= _heartbeatTicks)
        {
            var heartbeat = default(HeartbeatMessage);
            if (_send.TryAppend(ref heartbeat))
            {
                Counters._messagesSent++;
                Counters._heartbeatsSent++;
                FlushLocked();
                _lastSentTicks = now;
                work = 1;
            }
        }

        Volatile.Write(ref _sendLock, 0);
        return work;
    }

    private void FlushLocked()
    {
        var socket = _socket;
        if (socket is null || _state == Closed)
        {
            return;
        }

        var sent = _send.FlushTo(socket, out _);
        if (sent >= 0)
        {
            Counters._bytesSent += sent;
        }
        else
        {
            // Closed by the poller (which owns the socket's lifetime in callback mode).
            Counters._socketErrors++;
            _sendFailed = true;
        }
    }

    private void AcquireSendLock()
    {
        if (Interlocked.CompareExchange(ref _sendLock, 1, 0) != 0)
        {
            AcquireSendLockContended();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AcquireSendLockContended()
    {
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref _sendLock, 1, 0) != 0)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    private int ReportDisconnect<THandler>(ref THandler handler)
        where THandler : struct, IGatewayMessageHandler
    {
        if (_state != Closed || _disconnectReported)
        {
            return 0;
        }

        _disconnectReported = true;
        handler.OnDisconnected(_closeReason);
        return 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Close(DisconnectReason reason)
    {
        if (_state == Closed)
        {
            return;
        }

        var wasOpen = _state != NotConnected;
        _state = Closed;
        _closeReason = reason;
        if (!wasOpen)
        {
            _disconnectReported = true;
            return;
        }

        // Wait for a sender in TrySend to leave the buffer before the socket goes.
        AcquireSendLock();
        try
        {
            _socket!.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }

        _socket!.Dispose();
        _receive.Clear();
        _send.Clear();
        Volatile.Write(ref _sendLock, 0);
    }

    private static bool IsLoginAnswer(MessageType type, ReadOnlySpan<byte> frame) =>
        type == MessageType.SessionStatus
        && MemoryMarshal.AsRef<SessionStatusMessage>(frame).Code is SessionStatusCode.LoggedIn or SessionStatusCode.LoginRejected;

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
