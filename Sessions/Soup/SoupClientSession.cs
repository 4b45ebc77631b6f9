using System.Text;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Soup;

/// <summary>
/// The client side of SoupBinTCP 4.0: logs in asking for the next sequenced message it has not seen (persisted in an
/// <see cref="ISoupSequenceStore"/>), delivers sequenced data with its number, sends unsequenced data, heartbeats
/// after 1 s of not sending and drops the link after 15 s of not receiving. With a <see cref="TcpConnector"/> it
/// reconnects with back-off after a drop; a rejected login, End of Session or a logout stop it until
/// <see cref="Enable"/> (no retry storm).
/// <code>
///   Disconnected ──Attach/connect──► LoginSent ──'A'──► LoggedIn ──drop──► Disconnected
///                                        │ 'J'                │ 'Z' / Logout()
///                                        ▼                    ▼
///                                     Rejected        EndOfSession / LoggedOut
/// </code>
/// </summary>
/// <remarks>Driven by one agent thread through <see cref="DoWork"/>; every member is for that thread. After warm-up
/// nothing allocates: packets are framed in the connection's receive buffer and written in the session's send buffer.</remarks>
public sealed class SoupClientSession : IDisposable
{
    private readonly SoupClientSettings _settings;
    private readonly ISoupSequenceStore _store;
    private readonly ISoupClientHandler _handler;
    private readonly TcpConnector? _connector;
    private readonly byte[] _username;
    private readonly byte[] _password;
    private readonly byte[] _session;
    private readonly byte[] _sendBuffer;
    private readonly byte[] _controlBuffer = new byte[SoupLayout.LoginRequestPacketLength];
    private readonly byte[] _currentSession = new byte[SoupLayout.SessionLength];
    private readonly long _heartbeatNanos;
    private readonly long _timeoutNanos;

    private IConnection? _connection;
    private long _now;
    private long _lastSentNanos;
    private long _lastReceivedNanos;

    public SoupClientSession(SoupClientSettings settings, ISoupSequenceStore store, ISoupClientHandler handler,
        TcpConnector? connector = null)
    {
        settings.Validate();
        _settings = settings;
        _store = store;
        _handler = handler;
        _connector = connector;
        _username = Encoding.ASCII.GetBytes(settings.Username);
        _password = Encoding.ASCII.GetBytes(settings.Password);
        _session = Encoding.ASCII.GetBytes(settings.Session);
        _sendBuffer = new byte[settings.MaxPacketLength + 2];
        _heartbeatNanos = settings.HeartbeatNanos;
        _timeoutNanos = settings.TimeoutNanos;
    }

    public SoupClientSettings Settings => _settings;

    public SoupClientState State { get; private set; }

    public bool IsLoggedIn => State == SoupClientState.LoggedIn;

    public bool HasConnection => _connection is not null;

    public SoupCounters Counters { get; } = new();

    /// <summary>The sequence number of the next sequenced message expected (persisted).</summary>
    public long NextExpectedSequence => _store.NextExpected;

    /// <summary>When the session last sent / received a packet (its clock's nanoseconds; for the admin console).</summary>
    public long LastSentNanos => _lastSentNanos;

    public long LastReceivedNanos => _lastReceivedNanos;

    /// <summary>Why the last login was refused; <see cref="SoupLoginRejectReason.None"/> if it was not.</summary>
    public SoupLoginRejectReason LastRejectReason { get; private set; }

    /// <summary>The session name the server gave in Login Accepted (blank before).</summary>
    public ReadOnlySpan<byte> CurrentSession => SoupAscii.TrimAlpha(_currentSession);

    /// <summary>Where the application writes an unsequenced message before <see cref="SendUnsequenced(int)"/>.</summary>
    public Span<byte> PayloadBuffer => _sendBuffer.AsSpan(SoupLayout.PayloadOffset);

    /// <summary>
    /// Cold path, before logging in: ask for sequenced messages from <paramref name="nextExpected"/> (lower than the
    /// stored number when the application lost what it had been given).
    /// </summary>
    public void RequestFrom(long nextExpected)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nextExpected, 1);
        _store.Set(nextExpected);
    }

    /// <summary>Starts a login on a connection made by the caller (tests, or a host with its own connector).</summary>
    public void Attach(IConnection connection, long nowNanos)
    {
        if (_connection is not null)
        {
            throw new InvalidOperationException("The session already has a connection.");
        }

        _connection = connection;
        _now = nowNanos;
        _lastReceivedNanos = nowNanos;
        LastRejectReason = SoupLoginRejectReason.None;
        State = SoupClientState.LoginSent;
        var length = SoupPacketWriter.WriteLoginRequest(_controlBuffer, _username, _password, _session, _store.NextExpected);
        Send(_controlBuffer.AsSpan(0, length), nowNanos);
    }

    /// <summary>Lets a stopped session (rejected, ended, logged out) connect and log in again (cold).</summary>
    public void Enable()
    {
        if (_connection is null)
        {
            State = SoupClientState.Disconnected;
        }
    }

    /// <summary>One duty cycle: connect if due, read and handle packets, run the timers. Returns the work done.</summary>
    public int DoWork(long nowNanos)
    {
        _now = nowNanos;
        var connection = _connection;
        if (connection is null)
        {
            return TryConnect(nowNanos);
        }

        var work = 0;
        var read = connection.Poll();
        if (ConnectionStatus.IsTerminal(read))
        {
            Disconnect(nowNanos);
            return 1;
        }

        if (read > 0)
        {
            _lastReceivedNanos = nowNanos;
            work += HandleReceived(connection, nowNanos);
        }

        return work + RunTimers(nowNanos);
    }

    /// <summary>
    /// Sends the unsequenced message the application wrote at the front of <see cref="PayloadBuffer"/>: the packet is
    /// framed in place, no copy.
    /// </summary>
    public SoupSendResult SendUnsequenced(int payloadLength)
    {
        if (State != SoupClientState.LoggedIn)
        {
            return SoupSendResult.NotConnected;
        }

        if (payloadLength + 1 > _settings.MaxPacketLength)
        {
            return SoupSendResult.TooLarge;
        }

        var length = SoupPacketWriter.WriteHeader(_sendBuffer, SoupPacketType.UnsequencedData, payloadLength);
        var result = Send(_sendBuffer.AsSpan(0, length), _now);
        if (result == SoupSendResult.Sent)
        {
            Counters.Increment(SoupCounter.UnsequencedSent);
        }

        return result;
    }

    /// <summary>Copies <paramref name="message"/> into the payload buffer and sends it as unsequenced data.</summary>
    public SoupSendResult SendUnsequenced(ReadOnlySpan<byte> message)
    {
        if (message.Length > PayloadBuffer.Length)
        {
            return SoupSendResult.TooLarge;
        }

        message.CopyTo(PayloadBuffer);
        return SendUnsequenced(message.Length);
    }

    /// <summary>Sends Logout Request and closes; the session stays down until <see cref="Enable"/>.</summary>
    public void Logout(long nowNanos)
    {
        if (_connection is not null && State == SoupClientState.LoggedIn)
        {
            var length = SoupPacketWriter.WriteEmpty(_controlBuffer, SoupPacketType.LogoutRequest);
            Send(_controlBuffer.AsSpan(0, length), nowNanos);
            _connection.Flush();
            Counters.Increment(SoupCounter.Logouts);
        }

        Stop(SoupClientState.LoggedOut, nowNanos);
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
        _connector?.Dispose();
    }

    private int TryConnect(long nowNanos)
    {
        if (_connector is null || State != SoupClientState.Disconnected || !_connector.TryConnect(nowNanos, out var connection))
        {
            return 0;
        }

        Attach(connection, nowNanos);
        return 1;
    }

    private int HandleReceived(IConnection connection, long nowNanos)
    {
        var work = 0;
        while (_connection is not null)
        {
            var received = connection.Received;
            var status = SoupFraming.TryFrame(received, _settings.MaxPacketLength, out var packetLength);
            if (status == SoupFrameStatus.Incomplete)
            {
                break;
            }

            if (status == SoupFrameStatus.BadLength)
            {
                Counters.Increment(SoupCounter.FramingErrors);
                Disconnect(nowNanos);
                return work + 1;
            }

            Counters.Increment(SoupCounter.PacketsReceived);
            HandlePacket(received[..packetLength], nowNanos);
            if (_connection is not null)
            {
                connection.Consume(packetLength);
            }

            work++;
        }

        return work;
    }

    private void HandlePacket(ReadOnlySpan<byte> packet, long nowNanos)
    {
        switch (packet[SoupLayout.TypeOffset])
        {
            case SoupPacketType.SequencedData when State == SoupClientState.LoggedIn:
                var sequence = _store.NextExpected;
                Counters.Increment(SoupCounter.SequencedReceived);
                _handler.OnSequencedData(sequence, packet[SoupLayout.PayloadOffset..]);
                _store.Set(sequence + 1);
                break;
            case SoupPacketType.ServerHeartbeat:
                Counters.Increment(SoupCounter.HeartbeatsReceived);
                break;
            case SoupPacketType.LoginAccepted when State == SoupClientState.LoginSent:
                OnLoginAccepted(packet);
                break;
            case SoupPacketType.LoginRejected when State == SoupClientState.LoginSent:
                OnLoginRejected(packet, nowNanos);
                break;
            case SoupPacketType.EndOfSession:
                Counters.Increment(SoupCounter.EndOfSessions);
                Stop(SoupClientState.EndOfSession, nowNanos);
                _handler.OnEndOfSession();
                break;
            case SoupPacketType.Debug:
                Counters.Increment(SoupCounter.DebugPackets);
                break;
            default:
                Counters.Increment(SoupCounter.UnknownPackets);
                break;
        }
    }

    private void OnLoginAccepted(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < SoupLayout.LoginAcceptedPacketLength
            || !SoupAscii.TryParseNumeric(packet.Slice(SoupLayout.AcceptedSequenceOffset, SoupLayout.SequenceLength), out var next))
        {
            Counters.Increment(SoupCounter.MalformedPackets);
            return;
        }

        packet.Slice(SoupLayout.AcceptedSessionOffset, SoupLayout.SessionLength).CopyTo(_currentSession);
        if (next > _store.NextExpected)
        {
            Counters.Increment(SoupCounter.SequenceGaps);
        }

        // The server's number wins: it is the number of the next Sequenced Data packet on this link.
        _store.Set(next < 1 ? 1 : next);
        State = SoupClientState.LoggedIn;
        Counters.Increment(SoupCounter.LoginsAccepted);
        _handler.OnLoginAccepted(CurrentSession, _store.NextExpected);
    }

    private void OnLoginRejected(ReadOnlySpan<byte> packet, long nowNanos)
    {
        LastRejectReason = packet.Length > SoupLayout.RejectReasonOffset
            ? (SoupLoginRejectReason)packet[SoupLayout.RejectReasonOffset]
            : SoupLoginRejectReason.NotAuthorized;
        Counters.Increment(SoupCounter.LoginsRejected);
        Stop(SoupClientState.Rejected, nowNanos);
        _handler.OnLoginRejected(LastRejectReason);
    }

    private int RunTimers(long nowNanos)
    {
        if (_connection is null)
        {
            return 0;
        }

        if (nowNanos - _lastReceivedNanos >= _timeoutNanos)
        {
            Counters.Increment(SoupCounter.ReceiveTimeouts);
            Disconnect(nowNanos);
            return 1;
        }

        if (State == SoupClientState.LoggedIn && nowNanos - _lastSentNanos >= _heartbeatNanos)
        {
            var length = SoupPacketWriter.WriteEmpty(_controlBuffer, SoupPacketType.ClientHeartbeat);
            if (Send(_controlBuffer.AsSpan(0, length), nowNanos) == SoupSendResult.Sent)
            {
                Counters.Increment(SoupCounter.HeartbeatsSent);
            }

            return 1;
        }

        return 0;
    }

    private SoupSendResult Send(ReadOnlySpan<byte> packet, long nowNanos)
    {
        var sent = _connection!.TrySend(packet);
        if (sent >= 0)
        {
            _lastSentNanos = nowNanos;
            Counters.Increment(SoupCounter.PacketsSent);
            return SoupSendResult.Sent;
        }

        if (sent == SendStatus.BackPressured)
        {
            Counters.Increment(SoupCounter.BackPressureEvents);
            return SoupSendResult.BackPressured;
        }

        return SoupSendResult.NotConnected;
    }

    /// <summary>The link is gone: back to Disconnected (the connector reconnects after its back-off).</summary>
    private void Disconnect(long nowNanos)
    {
        var stopped = State is SoupClientState.Rejected or SoupClientState.EndOfSession or SoupClientState.LoggedOut;
        CloseConnection(nowNanos);
        if (!stopped)
        {
            State = SoupClientState.Disconnected;
        }
    }

    /// <summary>Down for good (until Enable): the state is set first so OnDisconnected already sees why.</summary>
    private void Stop(SoupClientState state, long nowNanos)
    {
        State = state;
        CloseConnection(nowNanos);
    }

    private void CloseConnection(long nowNanos)
    {
        var connection = _connection;
        if (connection is null)
        {
            return;
        }

        _connection = null;
        connection.Dispose();
        Counters.Increment(SoupCounter.Disconnects);
        _connector?.OnDisconnected(nowNanos);
        _handler.OnDisconnected();
    }
}
