using System.Text;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Soup;

/// <summary>
/// The server side of SoupBinTCP 4.0 for one client connection: checks the Login Request's credentials and session
/// (Login Rejected 'A' / 'S'), answers Login Accepted with the number it will send next, replays stored sequenced
/// messages from there and then sends live ones (one cursor over the <see cref="ISoupMessageStore"/>, so replay and
/// live traffic can never interleave out of order), heartbeats after 1 s of not sending, drops the link after 15 s
/// of not receiving, and ends the session with End of Session.
/// </summary>
/// <remarks>Driven by one agent thread through <see cref="DoWork"/>. After warm-up nothing allocates.</remarks>
public sealed class SoupServerSession : IDisposable
{
    private readonly SoupServerSettings _settings;
    private readonly ISoupMessageStore _store;
    private readonly ISoupServerHandler _handler;
    private readonly byte[] _username;
    private readonly byte[] _password;
    private readonly byte[] _session;
    private readonly byte[] _sendBuffer;
    private readonly long _heartbeatNanos;
    private readonly long _timeoutNanos;

    private IConnection? _connection;
    private long _now;
    private long _lastSentNanos;
    private long _lastReceivedNanos;
    private long _nextToSend;
    private long _replayEnd;

    public SoupServerSession(SoupServerSettings settings, ISoupMessageStore store, ISoupServerHandler handler)
    {
        settings.Validate();
        _settings = settings;
        _store = store;
        _handler = handler;
        _username = Encoding.ASCII.GetBytes(settings.Username);
        _password = Encoding.ASCII.GetBytes(settings.Password);
        _session = Encoding.ASCII.GetBytes(settings.Session);
        _sendBuffer = new byte[settings.MaxPacketLength + 2];
        _heartbeatNanos = settings.HeartbeatNanos;
        _timeoutNanos = settings.TimeoutNanos;
    }

    public SoupServerState State { get; private set; }

    public bool IsLoggedIn => State == SoupServerState.LoggedIn;

    public SoupCounters Counters { get; } = new();

    public ISoupMessageStore Store => _store;

    /// <summary>The sequence number of the next stored message this session will send to its client.</summary>
    public long NextToSend => _nextToSend;

    /// <summary>Takes a newly accepted connection; the previous one, if any, is closed.</summary>
    public void Attach(IConnection connection, long nowNanos)
    {
        CloseConnection();
        _connection = connection;
        _now = nowNanos;
        _lastReceivedNanos = nowNanos;
        _lastSentNanos = nowNanos;
        State = SoupServerState.AwaitingLogin;
    }

    /// <summary>One duty cycle: read and handle packets, send stored messages due, run the timers.</summary>
    public int DoWork(long nowNanos)
    {
        _now = nowNanos;
        var connection = _connection;
        if (connection is null)
        {
            return 0;
        }

        var work = 0;
        var read = connection.Poll();
        if (ConnectionStatus.IsTerminal(read))
        {
            CloseConnection();
            return 1;
        }

        if (read > 0)
        {
            _lastReceivedNanos = nowNanos;
        }

        // Also with nothing new read: packets left over when the last cycle reached its limit.
        if (read > 0 || !connection.Received.IsEmpty)
        {
            work += HandleReceived(connection);
        }

        work += Pump(_settings.MaxReplayPerCycle);
        return work + RunTimers(nowNanos);
    }

    /// <summary>
    /// Stores a sequenced message (it gets the next number whether or not a client is logged in) and sends it at once
    /// when the client is logged in and caught up. Returns its sequence number.
    /// </summary>
    public long SendSequenced(ReadOnlySpan<byte> message)
    {
        var sequence = _store.Append(message);
        if (State == SoupServerState.LoggedIn && _nextToSend == sequence)
        {
            Pump(1);
        }

        return sequence;
    }

    /// <summary>Sends End of Session and closes: the client will not log in again to this session.</summary>
    public void EndSession()
    {
        if (_connection is not null && State == SoupServerState.LoggedIn)
        {
            Pump(int.MaxValue);
            SendControl(SoupPacketWriter.WriteEmpty(_sendBuffer, SoupPacketType.EndOfSession));
            Counters.Increment(SoupCounter.EndOfSessions);
            _connection.Flush();
        }

        CloseConnection();
    }

    public void Dispose() => CloseConnection();

    private int HandleReceived(IConnection connection)
    {
        var work = 0;
        var limit = _settings.MaxPacketsPerCycle;
        while (_connection is not null && work < limit)
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
                CloseConnection();
                return work + 1;
            }

            Counters.Increment(SoupCounter.PacketsReceived);
            HandlePacket(received[..packetLength]);
            if (_connection is not null)
            {
                connection.Consume(packetLength);
            }

            work++;
        }

        return work;
    }

    private void HandlePacket(ReadOnlySpan<byte> packet)
    {
        switch (packet[SoupLayout.TypeOffset])
        {
            case SoupPacketType.UnsequencedData when State == SoupServerState.LoggedIn:
                Counters.Increment(SoupCounter.UnsequencedReceived);
                _handler.OnUnsequencedData(packet[SoupLayout.PayloadOffset..]);
                break;
            case SoupPacketType.ClientHeartbeat:
                Counters.Increment(SoupCounter.HeartbeatsReceived);
                break;
            case SoupPacketType.LoginRequest when State == SoupServerState.AwaitingLogin:
                OnLoginRequest(packet);
                break;
            case SoupPacketType.LogoutRequest:
                Counters.Increment(SoupCounter.Logouts);
                CloseConnection();
                _handler.OnLogout();
                break;
            case SoupPacketType.Debug:
                Counters.Increment(SoupCounter.DebugPackets);
                break;
            default:
                Counters.Increment(SoupCounter.UnknownPackets);
                break;
        }
    }

    private void OnLoginRequest(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < SoupLayout.LoginRequestPacketLength
            || !SoupAscii.TryParseNumeric(packet.Slice(SoupLayout.RequestedSequenceOffset, SoupLayout.SequenceLength), out var requested))
        {
            Counters.Increment(SoupCounter.MalformedPackets);
            Reject(SoupLoginRejectReason.NotAuthorized);
            return;
        }

        var username = SoupAscii.TrimAlpha(packet.Slice(SoupLayout.UsernameOffset, SoupLayout.UsernameLength));
        var password = SoupAscii.TrimAlpha(packet.Slice(SoupLayout.PasswordOffset, SoupLayout.PasswordLength));
        if (!username.SequenceEqual(_username) || !password.SequenceEqual(_password))
        {
            Reject(SoupLoginRejectReason.NotAuthorized);
            return;
        }

        var session = SoupAscii.TrimAlpha(packet.Slice(SoupLayout.RequestedSessionOffset, SoupLayout.SessionLength));
        if (!session.IsEmpty && !session.SequenceEqual(SoupAscii.TrimAlpha(_session)))
        {
            Reject(SoupLoginRejectReason.SessionNotAvailable);
            return;
        }

        // 0 = the next message to be generated; a number past the end means the same.
        var next = _store.Count + 1;
        _nextToSend = requested >= 1 && requested < next ? requested : next;
        _replayEnd = next;
        SendControl(SoupPacketWriter.WriteLoginAccepted(_sendBuffer, _session, _nextToSend));
        State = SoupServerState.LoggedIn;
        Counters.Increment(SoupCounter.LoginsAccepted);
        _handler.OnLogin(_nextToSend);
    }

    private void Reject(SoupLoginRejectReason reason)
    {
        SendControl(SoupPacketWriter.WriteLoginRejected(_sendBuffer, reason));
        Counters.Increment(SoupCounter.LoginsRejected);
        _connection?.Flush();
        CloseConnection();
    }

    /// <summary>Sends stored messages from the cursor, up to <paramref name="limit"/>, until the connection pushes back.</summary>
    private int Pump(int limit)
    {
        var sent = 0;
        while (State == SoupServerState.LoggedIn && _nextToSend <= _store.Count && sent < limit)
        {
            var length = _store.Read(_nextToSend, _sendBuffer.AsSpan(SoupLayout.PayloadOffset));
            if (length < 0)
            {
                // Unreadable (larger than this session's packets): skip it rather than stall the client for ever.
                Counters.Increment(SoupCounter.MalformedPackets);
                _nextToSend++;
                continue;
            }

            var packetLength = SoupPacketWriter.WriteHeader(_sendBuffer, SoupPacketType.SequencedData, length);
            var status = _connection!.TrySend(_sendBuffer.AsSpan(0, packetLength));
            if (status < 0)
            {
                Counters.Increment(SoupCounter.BackPressureEvents);
                break;
            }

            _lastSentNanos = _now;
            Counters.Increment(SoupCounter.PacketsSent);
            Counters.Increment(SoupCounter.SequencedSent);
            if (_nextToSend < _replayEnd)
            {
                Counters.Increment(SoupCounter.MessagesReplayed);
            }

            _nextToSend++;
            sent++;
        }

        return sent;
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
            CloseConnection();
            return 1;
        }

        if (State == SoupServerState.LoggedIn && nowNanos - _lastSentNanos >= _heartbeatNanos)
        {
            if (SendControl(SoupPacketWriter.WriteEmpty(_sendBuffer, SoupPacketType.ServerHeartbeat)))
            {
                Counters.Increment(SoupCounter.HeartbeatsSent);
            }

            return 1;
        }

        return 0;
    }

    private bool SendControl(int length)
    {
        var status = _connection!.TrySend(_sendBuffer.AsSpan(0, length));
        if (status < 0)
        {
            Counters.Increment(SoupCounter.BackPressureEvents);
            return false;
        }

        _lastSentNanos = _now;
        Counters.Increment(SoupCounter.PacketsSent);
        return true;
    }

    private void CloseConnection()
    {
        var connection = _connection;
        if (connection is null)
        {
            return;
        }

        _connection = null;
        State = SoupServerState.Idle;
        connection.Dispose();
        Counters.Increment(SoupCounter.Disconnects);
        _handler.OnDisconnected();
    }
}
