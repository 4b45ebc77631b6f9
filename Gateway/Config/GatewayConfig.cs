using System.Text.Json.Nodes;

namespace Gateway.Config;

/// <summary>
/// The gateway's configuration file (JSON): threads, data folder, strategies, venues and their sessions, the routing
/// table and the risk limits. See docs/configuration.md; <see cref="GatewayConfigLoader"/> reads and checks it.
/// </summary>
public sealed record GatewayConfig
{
    /// <summary>CPU the order thread (risk, order book, journal) is pinned to; -1: not pinned.</summary>
    public int OrderThreadCpu { get; init; } = -1;

    /// <summary>CPU the I/O thread (strategy connections, venue sessions) is pinned to; -1: not pinned.</summary>
    public int IoThreadCpu { get; init; } = -1;

    /// <summary>
    /// <c>dedicated</c>: the order thread and the I/O thread each on a CPU of their own (the lowest latency);
    /// <c>shared</c>: both on one thread (two-core machines, where two spinning threads would starve everything else).
    /// </summary>
    public string Threading { get; init; } = "dedicated";

    /// <summary>How idle threads wait: <c>spin</c> (lowest latency, a core each) or <c>backoff</c>.</summary>
    public string Idle { get; init; } = "spin";

    /// <summary>Journal, FIX stores and message logs live here (relative: to the config file's folder).</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary><c>none</c> (kill -9 safe: the OS has every record), <c>every</c> (msync each record), <c>interval:MS</c>.</summary>
    public string JournalFsync { get; init; } = "none";

    /// <summary>
    /// Size of each journal segment file in MiB (preallocated; the next one is prepared ahead, so two exist at once).
    /// 64 for a trading day of millions of orders; tests and demos use a few.
    /// </summary>
    public int JournalSegmentMegabytes { get; init; } = 64;

    /// <summary>Entries of each ring between the threads (a power of two).</summary>
    public int RingSize { get; init; } = 65536;

    /// <summary>Orders (client order ids) the order book holds per trading day.</summary>
    public int OrderCapacity { get; init; } = 1 << 20;

    public ClientsConfig Clients { get; init; } = new();

    /// <summary>A QuickFIX settings file with the initiator sessions of the FIX venues (relative to the config file).</summary>
    public string? FixSettings { get; init; }

    /// <summary>Or the same settings inline, as the text of a QuickFIX .cfg.</summary>
    public string? FixSettingsText { get; init; }

    public IReadOnlyList<VenueConfig> Venues { get; init; } = [];

    /// <summary>Instruments: id → symbol and the venue orders go to when they name none.</summary>
    public IReadOnlyList<InstrumentConfig> Instruments { get; init; } = [];

    /// <summary>Risk limits in RiskLimitsJson's format, inline.</summary>
    public JsonObject? Risk { get; init; }

    /// <summary>Or a file of them (relative to the config file).</summary>
    public string? RiskFile { get; init; }

    /// <summary>The admin console and its REST API (docs/admin-api.md).</summary>
    public AdminConfig Admin { get; init; } = new();

    /// <summary>The host's logs (Serilog, through the Async sink; never written on the order path).</summary>
    public LoggingConfig Logging { get; init; } = new();
}

public sealed record AdminConfig
{
    /// <summary>host:port of the admin console and REST API; null: no console. Port 0: any free port.</summary>
    public string? Listen { get; init; }

    /// <summary>API tokens with their roles; a token never appears in a log.</summary>
    public IReadOnlyList<AdminTokenConfig> Tokens { get; init; } = [];

    /// <summary>The audit trail of admin actions (JSON lines), relative to <see cref="GatewayConfig.DataDirectory"/>.</summary>
    public string AuditFile { get; init; } = "admin-audit.jsonl";
}

public sealed record AdminTokenConfig
{
    /// <summary>Who holds the token: the name the audit trail records.</summary>
    public required string Name { get; init; }

    public required string Token { get; init; }

    /// <summary><c>read</c> (look only) or <c>operator</c> (look and act).</summary>
    public string Role { get; init; } = "read";
}

public sealed record LoggingConfig
{
    /// <summary>Serilog minimum level: Verbose, Debug, Information, Warning, Error, Fatal.</summary>
    public string Level { get; init; } = "Information";

    /// <summary>A rolling log file (one per day), relative to the data directory; null: console only.</summary>
    public string? File { get; init; }

    /// <summary>Write the file as JSON lines (one event per line) instead of text.</summary>
    public bool Json { get; init; }
}

public sealed record ClientsConfig
{
    /// <summary>host:port the binary order API listens on (port 0: any free port).</summary>
    public string Listen { get; init; } = "127.0.0.1:7001";

    public IReadOnlyList<StrategyConfig> Strategies { get; init; } = [];

    /// <summary>Cancel a strategy's open orders when its connection drops.</summary>
    public bool CancelOnDisconnect { get; init; } = true;

    public int HeartbeatMillis { get; init; } = 1000;

    public int TimeoutMillis { get; init; } = 5000;
}

public sealed record StrategyConfig
{
    public required int Id { get; init; }

    public required string Token { get; init; }

    public string? Name { get; init; }
}

public sealed record VenueConfig
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    /// <summary><c>fix</c>, <c>ouch42</c> or <c>ouch50</c> (Nasdaq OUCH over SoupBinTCP).</summary>
    public string Protocol { get; init; } = "fix";

    /// <summary>OUCH: the venue's SoupBinTCP address.</summary>
    public string? Host { get; init; }

    public int Port { get; init; }

    /// <summary>OUCH: SoupBinTCP login (the password never appears in logs).</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>OUCH 4.2: the firm identifier on Enter Order.</summary>
    public string? Firm { get; init; }

    /// <summary>FIX: the session, as BeginString:SenderCompID->TargetCompID.</summary>
    public string? Session { get; init; }

    /// <summary>Venue symbols where they differ from the instrument's symbol: instrument id → symbol.</summary>
    public IReadOnlyDictionary<int, string> Symbols { get; init; } = new Dictionary<int, string>();

    /// <summary>Account (tag 1) per account id.</summary>
    public IReadOnlyDictionary<int, string> Accounts { get; init; } = new Dictionary<int, string>();

    /// <summary>Extra tags on every order message: tag → value.</summary>
    public IReadOnlyDictionary<int, string> ExtraTags { get; init; } = new Dictionary<int, string>();
}

public sealed record InstrumentConfig
{
    public required int Id { get; init; }

    public required string Symbol { get; init; }

    /// <summary>Venue id orders for this instrument go to when they name none.</summary>
    public int Venue { get; init; } = -1;
}
