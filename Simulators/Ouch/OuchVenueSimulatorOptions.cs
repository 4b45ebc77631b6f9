using Gateway.Sessions.Agents;
using Gateway.Sessions.Time;
using Gateway.Simulators.Matching;
using Gateway.Venues.Ouch;

namespace Gateway.Simulators.Ouch;

/// <summary>A SoupBinTCP login the simulator accepts: alpha 6 username, alpha 10 password.</summary>
public sealed record OuchLogin(string Username, string Password);

/// <summary>
/// What an <see cref="OuchVenueSimulator"/> runs: its dialect, address, logins (one Soup session and one sequenced
/// stream each), symbols and reference prices, the market maker and the behaviour.
/// </summary>
public sealed record OuchVenueSimulatorOptions
{
    public OuchDialect Dialect { get; init; } = OuchDialect.Ouch50;

    /// <summary>The port to listen on: 0 picks a free one (<see cref="OuchVenueSimulator.Port"/>).</summary>
    public int Port { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The logins accepted; each has its own session, sequence numbers and order tokens.</summary>
    public IReadOnlyList<OuchLogin> Logins { get; init; } = [new OuchLogin("USER", "PASS")];

    /// <summary>The session name Login Accepted gives (alpha 10); a client asking for another one is refused ('S').</summary>
    public string Session { get; init; } = "SIMSESSION";

    /// <summary>Symbols and their reference prices (the market maker quotes around them; 0: no quotes).</summary>
    public IReadOnlyDictionary<string, decimal> Symbols { get; init; } =
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["AAPL"] = 190.00m, ["MSFT"] = 410.00m };

    public MarketMakerOptions MarketMaker { get; init; } = MarketMakerOptions.Default;

    public OuchVenueBehaviour Behaviour { get; init; } = new();

    /// <summary>Enter Orders above this many shares are rejected (4.2 'Z', 5.0 shares exceed threshold).</summary>
    public long MaxShares { get; init; } = 1_000_000;

    /// <summary>A System Event 'S' (start of day) is each login's first sequenced message.</summary>
    public bool StartOfDayEvent { get; init; } = true;

    /// <summary>The venue's time zone: OUCH timestamps are nanoseconds since its midnight.</summary>
    public string VenueTimeZone { get; init; } = "America/New_York";

    /// <summary>SoupBinTCP timers (1 s heartbeat, 15 s timeout by default).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReceiveTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The engine thread's idle strategy; null: back-off (spins, yields, then parks briefly).</summary>
    public IIdleStrategy? IdleStrategy { get; init; }

    /// <summary>Pin the engine thread to this CPU; null: not pinned.</summary>
    public int? Cpu { get; init; }

    public IEpochClock Clock { get; init; } = SystemEpochClock.Instance;

    /// <summary>Called with an exception the engine thread did not expect (a bug); the loop carries on.</summary>
    public Action<Exception>? OnError { get; init; }

    internal void Validate()
    {
        Behaviour.Validate();
        if (Logins.Count == 0 || Logins.Any(l => l.Username.Length is 0 or > 6 || l.Password.Length > 10)
            || Logins.Select(l => l.Username).Distinct(StringComparer.Ordinal).Count() != Logins.Count)
        {
            throw new ArgumentException("logins: at least one, usernames of 1 to 6 characters and distinct, passwords of at most 10");
        }

        if (Session.Length is 0 or > 10 || MaxShares <= 0 || Dialect is not (OuchDialect.Ouch42 or OuchDialect.Ouch50))
        {
            throw new ArgumentException($"session of 1 to 10 characters, MaxShares > 0, dialect 42 or 50 (got {this})");
        }
    }
}
