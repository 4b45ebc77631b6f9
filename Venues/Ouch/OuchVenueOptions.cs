using Gateway.Sessions.Soup;

namespace Gateway.Venues.Ouch;

public enum OuchDialect : byte
{
    /// <summary>OUCH 4.2: alpha 14 order tokens, 4-byte prices, time in force in seconds.</summary>
    Ouch42 = 42,

    /// <summary>OUCH 5.0: uint32 UserRefNums, 8-byte prices, time in force as a character, appendages.</summary>
    Ouch50 = 50,
}

/// <summary>
/// One OUCH venue over SoupBinTCP. Cold: read once when the adapter is built (symbols and firm become bytes then).
/// </summary>
public sealed record OuchVenueOptions
{
    public required int VenueId { get; init; }

    public required string Name { get; init; }

    public OuchDialect Dialect { get; init; } = OuchDialect.Ouch50;

    /// <summary>The venue's SoupBinTCP host; with <see cref="Port"/> 0 the adapter makes no connection itself (tests attach one).</summary>
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; }

    /// <summary>SoupBinTCP login: alpha 6.</summary>
    public required string Username { get; init; }

    /// <summary>SoupBinTCP login: alpha 10.</summary>
    public required string Password { get; init; }

    /// <summary>SoupBinTCP session to ask for; blank = the current one.</summary>
    public string Session { get; init; } = "";

    /// <summary>InstrumentId → the venue's stock symbol (alpha 8). An instrument not listed is <see cref="VenueSendResult.Invalid"/>.</summary>
    public required IReadOnlyDictionary<int, string> Symbols { get; init; }

    /// <summary>OUCH 4.2 Firm (alpha 4, blank for the default firm of the port).</summary>
    public string Firm { get; init; } = "";

    /// <summary>Display ('Y' displayed, 'N' hidden, 'A' attributable...).</summary>
    public char Display { get; init; } = 'Y';

    /// <summary>Capacity ('A' agency, 'P' principal, 'R' riskless, 'O' other).</summary>
    public char Capacity { get; init; } = 'A';

    /// <summary>Folder of the persisted state: the Soup next-expected number and the order-token table, one pair per trading day.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>The message log file (<see cref="Log.OuchLogLineFormat"/>); null: no log.</summary>
    public string? MessageLogPath { get; init; }

    /// <summary>The trading day the state files belong to (tokens and UserRefNums restart each day); default: today (UTC).</summary>
    public DateOnly? TradingDay { get; init; }

    /// <summary>Orders (new and replacement tokens) per day the token table holds: 48 bytes each in a sparse file.</summary>
    public int MaxOrdersPerDay { get; init; } = 1_000_000;

    /// <summary>
    /// OUCH 5.0: send an Account Query after each login; its answer raises the table's next UserRefNum if the venue's
    /// is higher (a safety net for a lost state file). Off by default: not every venue (nor the simulator) answers it.
    /// </summary>
    public bool QueryAccountOnLogin { get; init; }

    /// <summary>OUCH 4.2 time in force for a Day order: 99998 market hours or 99999 system hours.</summary>
    public uint DayTimeInForce42 { get; init; } = 99998;

    /// <summary>The venue's time zone, for turning OUCH timestamps (nanoseconds since midnight) into UTC.</summary>
    public string VenueTimeZone { get; init; } = "America/New_York";

    public TimeSpan ReconnectInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Session timers and limits (heartbeat 1 s, timeout 15 s by default).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReceiveTimeout { get; init; } = TimeSpan.FromSeconds(15);

    internal SoupClientSettings SoupSettings() => new()
    {
        Username = Username,
        Password = Password,
        Session = Session,
        HeartbeatInterval = HeartbeatInterval,
        ReceiveTimeout = ReceiveTimeout,
    };
}
