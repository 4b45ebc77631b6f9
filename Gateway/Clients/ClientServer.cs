using System.Collections.Frozen;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Gateway.Api.Protocol;
using Gateway.Api.Transport;
using Gateway.Sessions.Agents;
using Serilog;

namespace Gateway.Clients;

/// <summary>
/// The gateway's side of the binary order API: a non-blocking listener and every strategy connection, polled by
/// <see cref="DoWork"/> on one thread (no thread per connection, no async). Each connection has fixed receive and
/// send buffers; inbound messages go to the <see cref="IClientCommandSink"/> on the DoWork thread, outbound ones
/// through <see cref="TrySend{T}"/>, which must be called on that same thread.
/// <para>Bad input never crashes: it is answered with an Error message and counted. Only broken framing, a failed
/// login, a logout, silence or a full send buffer closes a connection, and only that one.</para>
/// </summary>
public sealed class ClientServer : IAgent, IDisposable
{
    private readonly ClientServerOptions _options;
    private readonly IClientCommandSink _sink;
    private readonly ILogger _log;
    private readonly Socket _listener;
    private readonly FrozenDictionary<int, StrategySlot> _strategies;
    private readonly List<ClientConnection> _connections;
    private readonly long _heartbeatTicks;
    private readonly long _silenceTicks;
    private long _nowTicks;
    private bool _disposed;

    /// <summary>Cold: binds and listens at once (throws <see cref="SocketException"/> when the port is taken).</summary>
    public ClientServer(ClientServerOptions options, IClientCommandSink sink)
    {
        Validate(options);
        _options = options;
        _sink = sink;
        _log = options.Logger.ForContext<ClientServer>();
        _strategies = BuildStrategies(options.Tokens);
        _connections = new List<ClientConnection>(options.MaxConnections);
        _heartbeatTicks = ToTicks(options.HeartbeatInterval);
        _silenceTicks = ToTicks(options.SilenceTimeout);
        _nowTicks = Stopwatch.GetTimestamp();

        _listener = new Socket(options.ListenAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Bind(new IPEndPoint(options.ListenAddress, options.Port));
            _listener.Listen(128);
            _listener.Blocking = false;
        }
        catch
        {
            _listener.Dispose();
            throw;
        }

        LocalEndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        _log.Information("Binary API listening on {Endpoint} for {Strategies} strategies", LocalEndPoint, _strategies.Count);
    }

    public string RoleName => "client-server";

    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The bound port: the one the OS chose when <see cref="ClientServerOptions.Port"/> is 0.</summary>
    public int Port => LocalEndPoint.Port;

    public ClientServerCounters Counters { get; } = new();

    /// <summary>Cold, on the DoWork thread only (the admin console queues it there): every configured strategy's connection.</summary>
    public IReadOnlyList<StrategyConnectionInfo> StrategyConnections()
    {
        var now = Stopwatch.GetTimestamp();
        var list = new List<StrategyConnectionInfo>(_strategies.Count);
        foreach (var slot in _strategies.Values)
        {
            var connection = slot.Connection;
            list.Add(new StrategyConnectionInfo(
                slot.StrategyId, connection is not null, connection?.Remote, slot.MessagesIn, slot.MessagesOut,
                connection is null ? null : Stopwatch.GetElapsedTime(connection.LastReceivedTicks, now)));
        }

        list.Sort((a, b) => a.StrategyId.CompareTo(b.StrategyId));
        return list;
    }

    public bool IsLoggedIn(int strategyId) => _strategies.TryGetValue(strategyId, out var slot) && slot.Connection is not null;

    /// <summary>One duty cycle: accept waiting connections, read each connection once and hand its whole frames on, run the timers.</summary>
    public int DoWork()
    {
        if (_disposed)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        _nowTicks = now;
        var work = AcceptPending(now);
        var connections = _connections;
        for (var i = 0; i < connections.Count; i++)
        {
            var connection = connections[i];
            if (!connection.IsClosed)
            {
                work += Service(connection, now);
            }
        }

        // Connections closed during the cycle (or by TrySend since the last one) leave the list here.
        for (var i = connections.Count - 1; i >= 0; i--)
        {
            if (connections[i].IsClosed)
            {
                connections[i] = connections[^1];
                connections.RemoveAt(connections.Count - 1);
            }
        }

        return work;
    }

    /// <summary>
    /// Stamps the header, appends to the strategy's send buffer and sends at once (non-blocking). False when the
    /// strategy is not logged in, or when its send buffer is full: then it is a slow consumer and its connection is
    /// closed. Call on the DoWork thread.
    /// </summary>
    public bool TrySend<T>(int strategyId, ref T message)
        where T : unmanaged, IApiMessage
    {
        if (!_strategies.TryGetValue(strategyId, out var slot) || slot.Connection is not { } connection)
        {
            return false;
        }

        return Send(connection, ref message);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        foreach (var connection in _connections)
        {
            Close(connection, "server shutting down");
        }

        _connections.Clear();
        _disposed = true;
        _listener.Dispose();
        _log.Information("Binary API on {Endpoint} closed", LocalEndPoint);
    }

    private int AcceptPending(long now)
    {
        var accepted = 0;
        while (accepted < _options.MaxAcceptsPerCycle && _listener.Poll(0, SelectMode.SelectRead))
        {
            Accept(now);
            accepted++;
        }

        return accepted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Accept(long now)
    {
        Socket socket;
        try
        {
            socket = _listener.Accept();
        }
        catch (SocketException e)
        {
            // Readable, then gone (reset before accept): rare.
            _log.Warning("Binary API accept failed: {Error}", e.SocketErrorCode);
            return;
        }

        if (_connections.Count >= _options.MaxConnections)
        {
            Counters._connectionsRefused++;
            _log.Warning("Binary API refused {Remote}: {Max} connections open", socket.RemoteEndPoint, _options.MaxConnections);
            socket.Dispose();
            return;
        }

        socket.Blocking = false;
        socket.NoDelay = true;
        var connection = new ClientConnection(socket, _options.ReceiveBufferSize, _options.SendBufferSize, now);
        _connections.Add(connection);
        Counters._connectionsAccepted++;
        Counters._connectionsOpen++;
        _log.Information("Binary API connection from {Remote}", connection.Remote);
    }

    private int Service(ClientConnection connection, long now)
    {
        if (connection.Send.Count != 0 && !Flush(connection))
        {
            return 1;
        }

        if (!_sink.HasRoom)
        {
            // The order thread is behind: read nothing more (the kernel's window holds the strategy back). Its
            // silence is ours, not the strategy's, so it does not count towards the silence timeout.
            connection.LastReceivedTicks = now;
            Counters._intakePaused++;
            return RunTimers(connection, now);
        }

        if (connection.Receive.Unconsumed.Length != 0 && HandleFrames(connection, now) != 0)
        {
            // Frames left unread by the last pause; the socket is read on the next cycle.
            return 1;
        }

        var read = connection.Receive.ReceiveFrom(connection.Socket, out var error);
        if (read > 0)
        {
            // The start of the gateway's wire-to-wire latency for every frame this read completed.
            var receivedTicks = Stopwatch.GetTimestamp();
            connection.LastReceivedTicks = receivedTicks;
            var handled = 1 + HandleFrames(connection, receivedTicks);
            return connection.IsClosed ? handled : handled + RunTimers(connection, now);
        }

        if (read < 0)
        {
            if (read == IoStatus.Error)
            {
                Counters._socketErrors++;
                Close(connection, "socket error " + error);
            }
            else
            {
                Close(connection, "closed by the strategy");
            }

            return 1;
        }

        return RunTimers(connection, now);
    }

    private int RunTimers(ClientConnection connection, long now)
    {
        if (now - connection.LastReceivedTicks > _silenceTicks)
        {
            Counters._silenceTimeouts++;
            Close(connection, "silent for longer than the silence timeout");
            return 1;
        }

        if (connection.Strategy is not null && now - connection.LastSentTicks >= _heartbeatTicks)
        {
            var heartbeat = default(HeartbeatMessage);
            if (Send(connection, ref heartbeat))
            {
                Counters._heartbeatsOut++;
            }

            return 1;
        }

        return 0;
    }

    private int HandleFrames(ClientConnection connection, long receivedTicks)
    {
        var handled = 0;
        while (!connection.IsClosed)
        {
            if (connection.Strategy is not null && !_sink.HasRoom)
            {
                // The rest waits in the receive buffer until the order thread has made room (see Service).
                break;
            }

            var received = connection.Receive.Unconsumed;
            var status = ApiFrameReader.TryRead(received, out var header, out var length);
            if (status == FrameStatus.NeedMore)
            {
                break;
            }

            if (status.IsFatal())
            {
                Counters._framingErrors++;
                FramingError(connection, status, header);
                break;
            }

            Counters._messagesIn++;
            handled++;
            if (status == FrameStatus.Frame)
            {
                Handle(connection, header.Type, received[..length], receivedTicks);
            }
            else if (status == FrameStatus.UnknownType)
            {
                SendError(connection, ErrorCode.UnknownMessageType, header.Type, 0, "unknown message type");
            }
            else
            {
                SendError(connection, ErrorCode.BadVersion, header.Type, 0, "unsupported protocol version");
            }

            // A sink that sent to this strategy may have dropped it (slow consumer): its buffer is gone then.
            if (!connection.IsClosed)
            {
                connection.Receive.Consume(length);
            }
        }

        return handled;
    }

    private void Handle(ClientConnection connection, MessageType type, ReadOnlySpan<byte> frame, long receivedTicks)
    {
        var strategy = connection.Strategy;
        if (strategy is null)
        {
            if (type == MessageType.Login)
            {
                LogIn(connection, in MemoryMarshal.AsRef<LoginMessage>(frame));
            }
            else
            {
                SendError(connection, ErrorCode.NotLoggedIn, type, ClientOrderIdOf(type, frame), "log in first");
            }

            return;
        }

        var strategyId = strategy.StrategyId;
        strategy.MessagesIn++;
        switch (type)
        {
            case MessageType.NewOrder:
                _sink.OnNewOrder(strategyId, in MemoryMarshal.AsRef<NewOrderMessage>(frame), receivedTicks);
                break;
            case MessageType.CancelOrder:
                _sink.OnCancelOrder(strategyId, in MemoryMarshal.AsRef<CancelOrderMessage>(frame), receivedTicks);
                break;
            case MessageType.ReplaceOrder:
                _sink.OnReplaceOrder(strategyId, in MemoryMarshal.AsRef<ReplaceOrderMessage>(frame), receivedTicks);
                break;
            case MessageType.MassCancel:
                _sink.OnMassCancel(strategyId, in MemoryMarshal.AsRef<MassCancelMessage>(frame), receivedTicks);
                break;
            case MessageType.Heartbeat:
                break;
            case MessageType.Logout:
                LogOut(connection);
                break;
            case MessageType.Login:
                SendError(connection, ErrorCode.AlreadyLoggedIn, type, 0, "already logged in on this connection");
                break;
            default:
                // A gateway → strategy type sent to the gateway.
                SendError(connection, ErrorCode.UnknownMessageType, type, 0, "not a strategy to gateway message");
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void LogIn(ClientConnection connection, in LoginMessage login)
    {
        if (!_strategies.TryGetValue(login.StrategyId, out var slot))
        {
            RejectLogin(connection, login.StrategyId, ErrorCode.UnknownStrategy, $"unknown strategy {login.StrategyId}");
            return;
        }

        // Constant time over the whole 32-byte field: the answer's timing says nothing about how much of the token matched.
        ReadOnlySpan<byte> token = login.Token;
        if (!CryptographicOperations.FixedTimeEquals(token, slot.Token))
        {
            RejectLogin(connection, login.StrategyId, ErrorCode.BadToken, "bad token");
            return;
        }

        if (slot.Connection is not null)
        {
            RejectLogin(connection, login.StrategyId, ErrorCode.AlreadyLoggedIn, $"strategy {login.StrategyId} is already logged in on another connection");
            return;
        }

        slot.Connection = connection;
        connection.Strategy = slot;
        slot.MessagesIn++; // the Login itself
        Counters._logins++;
        _log.Information("Strategy {StrategyId} logged in from {Remote}", slot.StrategyId, connection.Remote);
        SendStatus(connection, SessionStatusCode.LoggedIn, slot.StrategyId, "logged in");
        _sink.OnLoggedIn(slot.StrategyId);
    }

    private void RejectLogin(ClientConnection connection, int strategyId, ErrorCode code, string text)
    {
        Counters._loginFailures++;
        _log.Warning("Login of strategy {StrategyId} from {Remote} rejected: {Code} ({Text})", strategyId, connection.Remote, code, text);
        SendError(connection, code, MessageType.Login, 0, text);
        SendStatus(connection, SessionStatusCode.LoginRejected, strategyId, text);
        Close(connection, "login rejected");
    }

    private void LogOut(ClientConnection connection)
    {
        Counters._logouts++;
        SendStatus(connection, SessionStatusCode.LoggedOut, connection.Strategy!.StrategyId, "logged out");
        Close(connection, "logout");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FramingError(ClientConnection connection, FrameStatus status, in MessageHeader header)
    {
        _log.Warning("Binary API framing error from {Remote} (strategy {StrategyId}): {Status}, length {Length}, type {Type}",
            connection.Remote, connection.Strategy?.StrategyId ?? 0, status, header.Length, (byte)header.Type);
        Close(connection, "framing error " + status);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SendError(ClientConnection connection, ErrorCode code, MessageType refType, long clientOrderId, string text)
    {
        Counters.CountError(code);
        var count = ++connection.ErrorsSent;

        // A strategy in a loop of bad messages must not flood the log: the first ten, then every thousandth.
        if (count <= 10 || count % 1000 == 0)
        {
            _log.Warning("Binary API error #{Count} to {Remote} (strategy {StrategyId}): {Code} for message type {Type}",
                count, connection.Remote, connection.Strategy?.StrategyId ?? 0, code, (byte)refType);
        }

        var error = new ErrorMessage { Code = code, RefType = refType, ClientOrderId = clientOrderId };
        AsciiText.Set(error.Text, text);
        Send(connection, ref error);
    }

    private void SendStatus(ClientConnection connection, SessionStatusCode code, int strategyId, string text)
    {
        var status = new SessionStatusMessage { Code = code, StrategyId = strategyId, TimestampNanos = UnixNanos() };
        AsciiText.Set(status.Text, text);
        Send(connection, ref status);
    }

    private bool Send<T>(ClientConnection connection, ref T message)
        where T : unmanaged, IApiMessage
    {
        if (connection.IsClosed)
        {
            return false;
        }

        if (!connection.Send.TryAppend(ref message))
        {
            if (!Flush(connection) || !connection.Send.TryAppend(ref message))
            {
                SlowConsumer(connection);
                return false;
            }
        }

        Counters._messagesOut++;
        if (connection.Strategy is { } strategy)
        {
            strategy.MessagesOut++;
        }

        connection.LastSentTicks = _nowTicks;
        return Flush(connection);
    }

    /// <summary>One non-blocking send of what waits; false (and the connection closed) on a socket error.</summary>
    private bool Flush(ClientConnection connection)
    {
        if (connection.IsClosed)
        {
            return false;
        }

        if (connection.Send.FlushTo(connection.Socket, out var error) >= 0)
        {
            return true;
        }

        Counters._socketErrors++;
        Close(connection, "socket error " + error);
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SlowConsumer(ClientConnection connection)
    {
        Counters._slowConsumerDrops++;
        Close(connection, $"slow consumer: {connection.Send.Count} bytes unsent");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Close(ClientConnection connection, string reason)
    {
        if (connection.IsClosed)
        {
            return;
        }

        connection.IsClosed = true;
        Counters._connectionsOpen--;
        try
        {
            // Best effort: what the kernel takes now still goes out before the FIN (a login reject's answer).
            if (connection.Send.Count != 0)
            {
                connection.Send.FlushTo(connection.Socket, out _);
            }

            connection.Socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }

        connection.Socket.Dispose();
        var strategy = connection.Strategy;
        if (strategy is null)
        {
            _log.Information("Binary API connection from {Remote} closed: {Reason}", connection.Remote, reason);
            return;
        }

        strategy.Connection = null;
        Counters._disconnects++;
        _log.Information("Strategy {StrategyId} disconnected ({Remote}): {Reason}", strategy.StrategyId, connection.Remote, reason);
        _sink.OnDisconnected(strategy.StrategyId);
    }

    /// <summary>The client order id of a rejected order message, so the strategy can match the error (0 when none).</summary>
    private static long ClientOrderIdOf(MessageType type, ReadOnlySpan<byte> frame) => type switch
    {
        MessageType.NewOrder => MemoryMarshal.AsRef<NewOrderMessage>(frame).ClientOrderId,
        MessageType.CancelOrder => MemoryMarshal.AsRef<CancelOrderMessage>(frame).ClientOrderId,
        MessageType.ReplaceOrder => MemoryMarshal.AsRef<ReplaceOrderMessage>(frame).ClientOrderId,
        _ => 0,
    };

    private static void Validate(ClientServerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReceiveBufferSize, 2 * ApiWire.MaxMessageSize, nameof(options.ReceiveBufferSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SendBufferSize, ApiWire.MaxMessageSize, nameof(options.SendBufferSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConnections, 1, nameof(options.MaxConnections));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAcceptsPerCycle, 1, nameof(options.MaxAcceptsPerCycle));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HeartbeatInterval, TimeSpan.Zero, nameof(options.HeartbeatInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.SilenceTimeout, TimeSpan.Zero, nameof(options.SilenceTimeout));
    }

    private static FrozenDictionary<int, StrategySlot> BuildStrategies(IReadOnlyDictionary<int, string> tokens)
    {
        var slots = new Dictionary<int, StrategySlot>();
        foreach (var (strategyId, token) in tokens)
        {
            if (token.Length == 0 || token.Length > 32)
            {
                throw new ArgumentException($"The token of strategy {strategyId} must be 1 to 32 ASCII characters.", nameof(tokens));
            }

            var field = default(Ascii32);
            AsciiText.Set(field, token);
            slots[strategyId] = new StrategySlot(strategyId, ((ReadOnlySpan<byte>)field).ToArray());
        }

        return slots.ToFrozenDictionary();
    }

    private static long UnixNanos() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
