using Gateway.Sessions.Agents;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Transport;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// The simulator's one thread: accepts connections, reads each new one's Login Request to find its login (the
/// username and password must match, else a session that refuses everyone answers Login Rejected), then runs the
/// logins' Soup sessions (and the matching their messages cause), due messages, drops and admin commands.
/// </summary>
internal sealed class OuchSimulatorAgent : IAgent, IDisposable, ISoupServerHandler
{
    private readonly TcpAcceptorEndpoint _acceptor;
    private readonly OuchExchange _exchange;
    private readonly Sessions.Time.IEpochClock _clock;
    private readonly long _loginTimeoutNanos;
    private readonly List<LoginConnection> _pending = [];
    private readonly SoupServerSession _refuser;
    private long _allocated;

    public OuchSimulatorAgent(TcpAcceptorEndpoint acceptor, OuchExchange exchange, OuchVenueSimulatorOptions options)
    {
        _acceptor = acceptor;
        _exchange = exchange;
        _clock = options.Clock;
        _loginTimeoutNanos = options.ReceiveTimeout.Ticks * 100;

        // Credentials no client can send (a control character): every login on it is refused as not authorized.
        _refuser = new SoupServerSession(
            new SoupServerSettings { Username = "\u0001", Password = "\u0001", Session = options.Session },
            new MemorySoupMessageStore(16), this);
    }

    public string RoleName => "ouch-venue-simulator";

    public long AllocatedBytes => Volatile.Read(ref _allocated);

    public int DoWork()
    {
        var now = _clock.NowNanos();
        _exchange.Now = now;
        var work = 0;
        if (_acceptor.TryAccept(out var connection))
        {
            _pending.Add(new LoginConnection(connection, now));
            work++;
        }

        if (_pending.Count > 0)
        {
            work += Route(now);
        }

        foreach (var login in _exchange.Logins)
        {
            work += login.Server.DoWork(now);
        }

        work += _refuser.DoWork(now) + _exchange.DoWork(now);
        if (work > 0)
        {
            Volatile.Write(ref _allocated, GC.GetAllocatedBytesForCurrentThread());
        }

        return work;
    }

    public void Dispose()
    {
        foreach (var pending in _pending)
        {
            pending.Dispose();
        }

        foreach (var login in _exchange.Logins)
        {
            login.Dispose();
        }

        _refuser.Dispose();
        _acceptor.Dispose();
    }

    /// <summary>New connections: once the first packet is in, hand the connection to the login it names (cold: once per connection).</summary>
    private int Route(long now)
    {
        var work = 0;
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            var read = pending.Peek();
            if (ConnectionStatus.IsTerminal(read) || now - pending.AcceptedNanos > _loginTimeoutNanos)
            {
                pending.Dispose();
                _pending.RemoveAt(i);
                work++;
                continue;
            }

            var status = SoupFraming.TryFrame(pending.Received, SoupLayout.MaxLengthField, out _);
            if (status == SoupFrameStatus.Incomplete)
            {
                continue;
            }

            _pending.RemoveAt(i);
            work++;
            var login = LoginOf(pending.Received);
            if (login is null)
            {
                pending.Prepare(0);
                _refuser.Attach(pending, now);
                continue;
            }

            if (pending.Prepare(_exchange.TakeGap(login.Index)))
            {
                _exchange.Counters.Gap();
            }

            login.Attach(pending, now);
        }

        return work;
    }

    /// <summary>The login whose username and password the Login Request at the front carries; null for any other packet.</summary>
    private OuchLoginSession? LoginOf(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < SoupLayout.LoginRequestPacketLength || packet[SoupLayout.TypeOffset] != SoupPacketType.LoginRequest)
        {
            return null;
        }

        var username = SoupAscii.TrimAlpha(packet.Slice(SoupLayout.UsernameOffset, SoupLayout.UsernameLength));
        var password = SoupAscii.TrimAlpha(packet.Slice(SoupLayout.PasswordOffset, SoupLayout.PasswordLength));
        foreach (var login in _exchange.Logins)
        {
            if (username.SequenceEqual(login.Username) && password.SequenceEqual(login.Password))
            {
                return login;
            }
        }

        return null;
    }

    // The refusing session's handler: it never logs anyone in.
    void ISoupServerHandler.OnLogin(long nextSequence) { }

    void ISoupServerHandler.OnUnsequencedData(ReadOnlySpan<byte> message) { }

    void ISoupServerHandler.OnLogout() { }

    void ISoupServerHandler.OnDisconnected() { }
}
