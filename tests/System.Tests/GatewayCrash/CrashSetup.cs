using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Config;
using Gateway.RiskChecks.Config;
using Gateway.Sessions.Fix.Config;
using Gateway.Simulators.Fix;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>
/// The crash test's world: one FIX 4.4 venue (the simulator, in the test process, logging every message it receives
/// and sends), one instrument, one strategy, and the gateway's configuration file (shared threading, back-off idle,
/// a file store so its FIX session resumes its sequence numbers after the restart).
/// </summary>
internal static class CrashSetup
{
    public const string GatewayCompId = "GATEWAY";
    public const string VenueCompId = "SIMFIX44";
    public const int VenueId = 0;
    public const int InstrumentId = 0;
    public const string Symbol = "AAPL";
    public const decimal Reference = 190.00m;
    public const int StrategyId = 1;
    public const string Token = "crash-strategy-token";
    public const int Account = 1;

    /// <summary>The venue with a message log under <paramref name="logDirectory"/> (QuickFIX-style raw FIX lines).</summary>
    public static FixVenueSimulatorOptions Venue(string logDirectory)
    {
        var settings = $"""
            [DEFAULT]
            ConnectionType=acceptor
            SocketAcceptHost=127.0.0.1
            SocketAcceptPort=0
            NonStopSession=Y
            HeartBtInt=30
            UseDataDictionary=N
            FileLogPath={logDirectory}
            MessageLogRingBytes={16 * 1024 * 1024}

            [SESSION]
            BeginString={SimulatedSession.Fix44}
            SenderCompID={VenueCompId}
            TargetCompID={GatewayCompId}

            """;
        return new FixVenueSimulatorOptions
        {
            Settings = QuickFixSettingsFile.Parse(settings, "crash-venue.cfg"),
            Port = 0,
            Symbols = new Dictionary<string, decimal>(StringComparer.Ordinal) { [Symbol] = Reference },
        };
    }

    /// <summary>Writes the gateway's configuration file into <paramref name="folder"/>; returns its path.</summary>
    public static string WriteGatewayConfig(string folder, int venuePort)
    {
        var config = new GatewayConfig
        {
            Threading = "shared",
            Idle = "backoff",
            DataDirectory = Path.Combine(folder, "data"),
            JournalSegmentMegabytes = 4,
            JournalFsync = "none",
            RingSize = 4096,
            OrderCapacity = 1 << 16,
            Clients = new ClientsConfig
            {
                Listen = "127.0.0.1:0",
                Strategies = [new StrategyConfig { Id = StrategyId, Token = Token, Name = "crash" }],
                // Resting orders stay resting across the crash: their state after the restart is part of the check.
                CancelOnDisconnect = false,
                HeartbeatMillis = 1000,
                TimeoutMillis = 15_000,
            },
            FixSettingsText = FixSettings(venuePort),
            Venues = [new VenueConfig { Id = VenueId, Name = "SIM-FIX44", Session = $"{SimulatedSession.Fix44}:{GatewayCompId}->{VenueCompId}" }],
            Instruments = [new InstrumentConfig { Id = InstrumentId, Symbol = Symbol, Venue = VenueId }],
            Risk = JsonNode.Parse(RiskLimitsJson.Write(Limits()))!.AsObject(),
        };
        var path = Path.Combine(folder, "gateway.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static string FixSettings(int port) => $"""
        [DEFAULT]
        ConnectionType=initiator
        SocketConnectHost=127.0.0.1
        SocketConnectPort={port.ToString(CultureInfo.InvariantCulture)}
        SenderCompID={GatewayCompId}
        HeartBtInt=30
        ReconnectInterval=1
        NonStopSession=Y
        FileStorePath=fix-store
        FileLogPath=fix-log
        UseDataDictionary=N

        [SESSION]
        BeginString={SimulatedSession.Fix44}
        TargetCompID={VenueCompId}

        """;

    private static RiskLimits Limits() => new()
    {
        Strategies =
        [
            new StrategyLimits
            {
                Id = StrategyId,
                Accounts = [Account],
                Venues = [VenueId],
                MaxOrderQuantity = 10_000,
                MaxOrderNotional = 10_000_000m,
                MaxOpenOrders = 10_000,
                MessageRate = new MessageRateLimit(200_000, TimeSpan.FromSeconds(1)),
            },
        ],
        Accounts = [new AccountLimits { Id = Account }],
        Instruments =
        [
            new InstrumentLimits
            {
                Id = InstrumentId,
                ReferencePrice = Reference,
                CollarPercent = 5m,
                MaxLongPosition = 50_000_000,
                MaxShortPosition = 50_000_000,
            },
        ],
        Venues = [new VenueLimits { Id = VenueId }],
    };
}
