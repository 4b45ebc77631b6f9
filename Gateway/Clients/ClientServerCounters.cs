using Gateway.Api.Protocol;

namespace Gateway.Clients;

/// <summary>
/// What the client server did, for the admin console and metrics. Written by the thread calling
/// <see cref="ClientServer.DoWork"/> only; other threads read values that may lag by a duty cycle.
/// </summary>
public sealed class ClientServerCounters
{
    private static readonly ErrorCode[] Codes = Enum.GetValues<ErrorCode>();
    private readonly long[] _errorsSent = new long[(int)Codes.Max() + 1];

    internal long _connectionsAccepted;
    internal long _connectionsRefused;
    internal long _connectionsOpen;
    internal long _logins;
    internal long _loginFailures;
    internal long _logouts;
    internal long _disconnects;
    internal long _messagesIn;
    internal long _messagesOut;
    internal long _heartbeatsOut;
    internal long _framingErrors;
    internal long _silenceTimeouts;
    internal long _slowConsumerDrops;
    internal long _socketErrors;
    internal long _intakePaused;

    /// <summary>TCP connections accepted (refused ones excluded).</summary>
    public long ConnectionsAccepted => Volatile.Read(ref _connectionsAccepted);

    /// <summary>Connections closed at once because <see cref="ClientServerOptions.MaxConnections"/> were open.</summary>
    public long ConnectionsRefused => Volatile.Read(ref _connectionsRefused);

    /// <summary>Connections open now, logged in or not.</summary>
    public long ConnectionsOpen => Volatile.Read(ref _connectionsOpen);

    public long Logins => Volatile.Read(ref _logins);

    /// <summary>Logins refused: unknown strategy, bad token, or strategy already logged in.</summary>
    public long LoginFailures => Volatile.Read(ref _loginFailures);

    public long Logouts => Volatile.Read(ref _logouts);

    /// <summary>Logged-in sessions that ended, for any reason (logout included).</summary>
    public long Disconnects => Volatile.Read(ref _disconnects);

    /// <summary>Whole frames received (heartbeats and skipped ones included).</summary>
    public long MessagesIn => Volatile.Read(ref _messagesIn);

    /// <summary>Messages queued for sending (heartbeats, errors and statuses included).</summary>
    public long MessagesOut => Volatile.Read(ref _messagesOut);

    public long HeartbeatsOut => Volatile.Read(ref _heartbeatsOut);

    /// <summary>Connections closed because their bytes could not be framed (bad length).</summary>
    public long FramingErrors => Volatile.Read(ref _framingErrors);

    public long SilenceTimeouts => Volatile.Read(ref _silenceTimeouts);

    /// <summary>Connections closed because their send buffer was full.</summary>
    public long SlowConsumerDrops => Volatile.Read(ref _slowConsumerDrops);

    public long SocketErrors => Volatile.Read(ref _socketErrors);

    /// <summary>Connection services that left a strategy's bytes unread because the order thread was behind (inbound ring near full).</summary>
    public long IntakePaused => Volatile.Read(ref _intakePaused);

    /// <summary>Error messages sent with <paramref name="code"/>.</summary>
    public long ErrorsSent(ErrorCode code) => (int)code < _errorsSent.Length ? Volatile.Read(ref _errorsSent[(int)code]) : 0;

    /// <summary>Every counter by name, for the admin console (cold: allocates).</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Snapshot()
    {
        var list = new List<KeyValuePair<string, long>>
        {
            new("connections_accepted", ConnectionsAccepted),
            new("connections_refused", ConnectionsRefused),
            new("connections_open", ConnectionsOpen),
            new("logins", Logins),
            new("login_failures", LoginFailures),
            new("logouts", Logouts),
            new("disconnects", Disconnects),
            new("messages_in", MessagesIn),
            new("messages_out", MessagesOut),
            new("heartbeats_out", HeartbeatsOut),
            new("framing_errors", FramingErrors),
            new("silence_timeouts", SilenceTimeouts),
            new("slow_consumer_drops", SlowConsumerDrops),
            new("socket_errors", SocketErrors),
        };
        foreach (var code in Codes)
        {
            list.Add(new("errors_sent_" + code, ErrorsSent(code)));
        }

        return list;
    }

    internal void CountError(ErrorCode code)
    {
        if ((int)code < _errorsSent.Length)
        {
            _errorsSent[(int)code]++;
        }
    }
}
