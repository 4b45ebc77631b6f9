using System.Net;
using System.Text;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Transport;
using Gateway.Simulators.Matching;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// An OUCH exchange simulator: a SoupBinTCP server (one session and sequenced stream per login, replayed from the
/// requested number when a client logs in again) speaking OUCH 4.2 or 5.0 in front of the price-time matching engine
/// with a market maker per symbol, and fault controls for tests (latency, random rejects, dropped connections, login
/// gaps, end of session). One thread runs the listener, the sessions, the matching and the delay queue.
/// </summary>
/// <example><code>
/// using var venue = OuchVenueSimulator.Start(new OuchVenueSimulatorOptions { Dialect = OuchDialect.Ouch42 });
/// // log in to 127.0.0.1:venue.Port as USER / PASS
/// </code></example>
public sealed class OuchVenueSimulator : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);

    private readonly OuchExchange _exchange;
    private readonly OuchSimulatorAgent _agent;
    private readonly AgentRunner _runner;
    private bool _disposed;

    private OuchVenueSimulator(OuchVenueSimulatorOptions options)
    {
        options.Validate();
        Options = options;
        var matching = new MatchingEngine(options.MarketMaker);
        foreach (var (symbol, price) in options.Symbols)
        {
            matching.AddSymbol(symbol, Prices.FromDecimal(price));
        }

        var now = options.Clock.NowNanos();
        _exchange = new OuchExchange(matching, options, MidnightNanos(now, options.VenueTimeZone)) { Now = now };
        for (var i = 0; i < options.Logins.Count; i++)
        {
            _exchange.Logins.Add(new OuchLoginSession(i, options.Logins[i], options, _exchange));
        }

        _exchange.PendingGaps = new int[options.Logins.Count];
        if (options.StartOfDayEvent)
        {
            Span<byte> message = stackalloc byte[Ouch42Layout.SystemEventLength];
            var timestamp = (ulong)Math.Max(0, now - MidnightNanos(now, options.VenueTimeZone));
            var length = options.Dialect == OuchDialect.Ouch42
                ? Ouch42Writer.SystemEvent(message, timestamp, (byte)'S')
                : Ouch50Writer.SystemEvent(message, timestamp, (byte)'S');
            foreach (var login in _exchange.Logins)
            {
                login.Server.SendSequenced(message[..length]);
            }
        }

        var acceptor = new TcpAcceptorEndpoint(new IPEndPoint(IPAddress.Parse(options.Host), options.Port));
        Port = acceptor.Port;
        _agent = new OuchSimulatorAgent(acceptor, _exchange, options);
        _runner = new AgentRunner(_agent, options.IdleStrategy ?? new BackoffIdleStrategy(), options.Cpu ?? -1,
            options.OnError ?? (_ => { }));
        _runner.Start();
    }

    public OuchVenueSimulatorOptions Options { get; }

    public OuchDialect Dialect => Options.Dialect;

    /// <summary>The port it listens on (the one the OS chose when asked for port 0).</summary>
    public int Port { get; }

    public OuchSimulatorCounters Counters => _exchange.Counters;

    /// <summary>Bytes the engine thread has allocated so far, sampled after each duty cycle that did work.</summary>
    public long EngineThreadAllocatedBytes => _agent.AllocatedBytes;

    /// <summary>Added latency before each answer, in microseconds.</summary>
    public long LatencyMicros { get => _exchange.LatencyMicros; set => _exchange.LatencyMicros = value; }

    /// <summary>Share of Enter Orders rejected at random (0 to 1).</summary>
    public double RejectRatio { get => _exchange.RejectRatio; set => _exchange.RejectRatio = value; }

    /// <summary>Drop a login's connection after this many OUCH messages received since it logged in (0: never).</summary>
    public int DropAfterMessages { get => _exchange.DropAfterMessages; set => _exchange.DropAfterMessages = value; }

    /// <summary>Every Login Request asking for message N ≥ 1 is answered from N + this many (0: never).</summary>
    public int LoginGap { get => _exchange.LoginGap; set => _exchange.LoginGap = value; }

    public static OuchVenueSimulator Start(OuchVenueSimulatorOptions options) => new(options);

    /// <summary>A login's SoupBinTCP counters (logins, replayed messages...): readable from any thread.</summary>
    public SoupCounters SessionCounters(string username = "") => Login(username).Server.Counters;

    /// <summary>Drops the connection of every login (or the one named) at once, without a word.</summary>
    public void DropConnections(string? username = null) => Run(exchange =>
    {
        foreach (var login in exchange.Logins)
        {
            if ((username is null || login.Login.Username == username) && login.Drop())
            {
                exchange.Counters.Drop();
            }
        }
    });

    /// <summary>
    /// The next Login Request of every login (or the one named) is answered <paramref name="count"/> messages past the
    /// number it asks for: those messages are lost to the client, which sees a gap.
    /// </summary>
    public void SkipOnNextLogin(int count, string? username = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Run(exchange =>
        {
            foreach (var login in exchange.Logins)
            {
                if (username is null || login.Login.Username == username)
                {
                    exchange.PendingGaps[login.Index] = count;
                }
            }
        });
    }

    /// <summary>Sends End of Session to every logged-in login (or the one named) and closes: the day is over for them.</summary>
    public void EndSession(string? username = null) => Run(exchange =>
    {
        foreach (var login in exchange.Logins)
        {
            if ((username is null || login.Login.Username == username) && login.Server.IsLoggedIn)
            {
                login.Server.EndSession();
                exchange.Counters.EndOfSession();
            }
        }
    });

    /// <summary>Sets a symbol's reference price (adding the symbol if it is new); the market maker requotes around it.</summary>
    public void SetReferencePrice(string symbol, decimal price) =>
        Run(exchange => exchange.Engine.AddSymbol(symbol, Prices.FromDecimal(price)));

    /// <summary>The best bid and ask of a symbol (0 when a side is empty), read on the engine thread.</summary>
    public (decimal Bid, decimal Ask) Quote(string symbol)
    {
        (decimal, decimal) quote = default;
        Run(exchange =>
        {
            if (exchange.Engine.TryFindSymbol(Encoding.ASCII.GetBytes(symbol), out var index))
            {
                exchange.Engine.TryGetLevel(index, MatchSide.Buy, 0, out var bid, out _);
                exchange.Engine.TryGetLevel(index, MatchSide.Sell, 0, out var ask, out _);
                quote = (Prices.ToDecimal(bid), Prices.ToDecimal(ask));
            }
        });
        return quote;
    }

    /// <summary>Every token (4.2) or UserRefNum (5.0) the venue took today, in arrival order, with its shares executed.</summary>
    public IReadOnlyList<OuchTokenSnapshot> Tokens()
    {
        var tokens = new List<OuchTokenSnapshot>();
        Run(exchange =>
        {
            for (var i = 0; i < exchange.Orders.RecordCount; i++)
            {
                ref var record = ref exchange.Orders.Record(i);
                tokens.Add(new OuchTokenSnapshot(exchange.Logins[record.Login].Login.Username, record.Token.Text(exchange.Is42),
                    record.Shares, record.Executed, record.State));
            }
        });
        return tokens;
    }

    /// <summary>Stops the engine thread and closes the listener and every connection (no End of Session).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _runner.Dispose();
        _agent.Dispose();
    }

    /// <summary>Midnight of the venue's day (the one <paramref name="nowNanos"/> falls in), as UTC epoch nanoseconds (cold).</summary>
    private static long MidnightNanos(long nowNanos, string timeZone)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            zone = TimeZoneInfo.Utc;
        }

        var utc = DateTimeOffset.FromUnixTimeMilliseconds(nowNanos / 1_000_000);
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var midnight = new DateTimeOffset(local.Date, zone.GetUtcOffset(local.Date));
        return midnight.ToUnixTimeMilliseconds() * 1_000_000;
    }

    private OuchLoginSession Login(string username)
    {
        foreach (var login in _exchange.Logins)
        {
            if (username.Length == 0 || login.Login.Username == username)
            {
                return login;
            }
        }

        throw new ArgumentException($"no login '{username}'", nameof(username));
    }

    /// <summary>Runs an admin command on the engine thread and waits until it has run (cold path).</summary>
    private void Run(Action<OuchExchange> command)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var done = new ManualResetEventSlim();
        Exception? failure = null;
        _exchange.Post(() =>
        {
            try
            {
                command(_exchange);
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        });
        if (!done.Wait(CommandTimeout))
        {
            throw new TimeoutException("the simulator's engine thread did not run the command");
        }

        if (failure is not null)
        {
            throw new InvalidOperationException("simulator command failed", failure);
        }
    }
}

/// <summary>One token (4.2) or UserRefNum (5.0, in decimal) as the venue saw it: open shares when taken, shares executed under it.</summary>
public sealed record OuchTokenSnapshot(string Username, string Token, long Shares, long Executed, OuchTokenState State);
