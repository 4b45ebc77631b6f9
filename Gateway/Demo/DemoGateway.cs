using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Config;
using Gateway.RiskChecks.Config;
using Gateway.Simulators.Fix;

namespace Gateway.Demo;

/// <summary>
/// The demo's embedded configuration: two simulated FIX venues in one simulator process-part (FIX 4.4 and
/// FIXT.1.1/5.0SP2), three instruments routed between them, one strategy, and risk limits a real desk would set.
/// Written as a user would write the configuration file (see docs/configuration.md).
/// </summary>
public static class DemoGateway
{
    public const string GatewayCompId = "GATEWAY";

    public static readonly (int Id, string Name, string BeginString, string VenueCompId)[] Venues =
    [
        (0, "SIM-FIX44", SimulatedSession.Fix44, "SIMFIX44"),
        (1, "SIM-FIX50", SimulatedSession.Fixt11, "SIMFIX50"),
    ];

    public static FixVenueSimulatorOptions Simulator() => new()
    {
        Port = 0,
        Sessions = Venues.Select(v => new SimulatedSession(v.BeginString, v.VenueCompId, GatewayCompId)).ToArray(),
        Symbols = DemoPlan.Instruments.ToDictionary(i => i.Symbol, i => i.Reference, StringComparer.Ordinal),
    };

    public static GatewayConfig Config(DemoOptions options, int simulatorPort, string dataDirectory, AdminConfig? admin = null) => new()
    {
        Admin = admin ?? new AdminConfig(),
        Threading = options.Threading,
        Idle = options.Idle == DemoIdle.Spin ? "spin" : "backoff",
        OrderThreadCpu = options.Pin ? 1 : -1,
        IoThreadCpu = options.Pin ? 0 : -1,
        DataDirectory = dataDirectory,
        JournalSegmentMegabytes = 4,
        OrderCapacity = Math.Max(1 << 16, options.Once ? options.Orders * 2 : 1 << 20),
        Clients = new ClientsConfig
        {
            Listen = "127.0.0.1:0",
            Strategies = [new StrategyConfig { Id = DemoPlan.StrategyId, Token = DemoPlan.Token, Name = "demo" }],
        },
        FixSettingsText = FixSettings(simulatorPort),
        Venues = Venues.Select(v => new VenueConfig
        {
            Id = v.Id,
            Name = v.Name,
            Session = $"{v.BeginString}:{GatewayCompId}->{v.VenueCompId}",
        }).ToArray(),
        Instruments = DemoPlan.Instruments.Select(i => new InstrumentConfig { Id = i.Id, Symbol = i.Symbol, Venue = i.Venue }).ToArray(),
        Risk = JsonNode.Parse(RiskLimitsJson.Write(Limits()))!.AsObject(),
    };

    private static RiskLimits Limits() => new()
    {
        Strategies =
        [
            new StrategyLimits
            {
                Id = DemoPlan.StrategyId,
                Accounts = [DemoPlan.Account],
                Venues = Venues.Select(v => v.Id).ToArray(),
                MaxOrderQuantity = DemoPlan.MaxOrderQuantity,
                MaxOrderNotional = 1_000_000m,
                MaxOpenOrders = 10_000,
                MessageRate = new MessageRateLimit(200_000, TimeSpan.FromSeconds(1)),
            },
        ],
        Accounts = [new AccountLimits { Id = DemoPlan.Account }],
        Instruments = DemoPlan.Instruments.Select(i => new InstrumentLimits
        {
            Id = i.Id,
            ReferencePrice = i.Reference,
            CollarPercent = 5m,
            MaxLongPosition = 50_000_000,
            MaxShortPosition = 50_000_000,
        }).ToArray(),
        Venues = Venues.Select(v => new VenueLimits { Id = v.Id }).ToArray(),
    };

    private static string FixSettings(int port)
    {
        var text = $"""
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

            """;
        foreach (var venue in Venues)
        {
            text += $"""
                [SESSION]
                BeginString={venue.BeginString}
                TargetCompID={venue.VenueCompId}

                """;
            if (venue.BeginString == SimulatedSession.Fixt11)
            {
                text += "DefaultApplVerID=FIX.5.0SP2\n";
            }
        }

        return text;
    }
}
