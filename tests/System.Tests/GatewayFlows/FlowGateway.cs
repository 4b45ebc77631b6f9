using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Api.Protocol;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.RiskChecks.Config;
using Gateway.Simulators.Fix;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>
/// One test's world: a FIX venue simulator (one session per venue, one port), a gateway host wired to it in this
/// process (threads shared, idle back-off: the machine has two cores), and a temporary data directory removed after.
/// </summary>
internal sealed class FlowGateway : IDisposable
{
    public const string GatewayCompId = "GATEWAY";

    private readonly TestWorkspace _workspace;
    private readonly List<FlowClient> _clients = [];

    private FlowGateway(FlowSetup setup, TestWorkspace workspace, FixVenueSimulator simulator, GatewayHost host)
    {
        Setup = setup;
        _workspace = workspace;
        Simulator = simulator;
        Host = host;
    }

    public FlowSetup Setup { get; }

    public FixVenueSimulator Simulator { get; }

    public GatewayHost Host { get; }

    /// <summary>Starts the simulator and the gateway, and waits until every venue session is logged on.</summary>
    public static FlowGateway Start(FlowSetup setup, CancellationToken cancellation)
    {
        var workspace = TestWorkspace.Create();
        FixVenueSimulator? simulator = null;
        try
        {
            simulator = FixVenueSimulator.Start(new FixVenueSimulatorOptions
            {
                Port = 0,
                Sessions = setup.Venues.Select(v => new SimulatedSession(v.BeginString, v.CompId, GatewayCompId)).ToArray(),
                Symbols = new Dictionary<string, decimal>(StringComparer.Ordinal)
                {
                    ["AAPL"] = FlowSetup.AaplReference,
                    ["MSFT"] = FlowSetup.MsftReference,
                },
            });
            var host = GatewayHost.Start(setup.Configure(Config(setup, simulator.Port, workspace.Sub("data"))), Serilog.Core.Logger.None);
            var gateway = new FlowGateway(setup, workspace, simulator, host);
            Wait.Until(() => host.Venues.All(v => v.IsLoggedOn), FlowRecorder.Deadline, cancellation, "the venue sessions to log on");
            return gateway;
        }
        catch
        {
            simulator?.Dispose();
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>Connects and logs a strategy in, receiving on a background thread; waits until it has seen every venue up.</summary>
    public FlowClient Connect(CancellationToken cancellation, int strategyId = FlowSetup.StrategyId, string token = FlowSetup.Token)
    {
        var client = FlowClient.Connect(Host.ClientEndPoint, strategyId, token);
        _clients.Add(client);
        foreach (var venue in Setup.Venues)
        {
            client.Recorder.WaitFor<SessionStatusMessage>(
                s => s.Code == SessionStatusCode.VenueUp && s.VenueId == venue.Id, cancellation, $"VenueUp for {venue.Name}");
        }

        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        Host.Dispose();
        Simulator.Dispose();
        _workspace.Dispose();
    }

    private static GatewayConfig Config(FlowSetup setup, int simulatorPort, string dataDirectory) => new()
    {
        Threading = "shared",
        Idle = "backoff",
        DataDirectory = dataDirectory,
        JournalSegmentMegabytes = 4,
        OrderCapacity = 1 << 12,
        RingSize = 1 << 12,
        Clients = new ClientsConfig
        {
            Listen = "127.0.0.1:0",
            CancelOnDisconnect = setup.CancelOnDisconnect,
            // Generous: a loaded machine must not time a strategy out in the middle of a test.
            TimeoutMillis = 30_000,
            Strategies =
            [
                new StrategyConfig { Id = FlowSetup.StrategyId, Token = FlowSetup.Token, Name = "flows" },
                new StrategyConfig { Id = FlowSetup.OtherStrategyId, Token = FlowSetup.OtherToken, Name = "flows-other" },
            ],
        },
        FixSettingsText = FixSettings(setup, simulatorPort),
        Venues = setup.Venues.Select(v => new VenueConfig
        {
            Id = v.Id,
            Name = v.Name,
            Session = $"{v.BeginString}:{GatewayCompId}->{v.CompId}",
        }).ToArray(),
        Instruments =
        [
            new InstrumentConfig { Id = FlowSetup.Aapl, Symbol = "AAPL", Venue = setup.RouteVenue.Id },
            new InstrumentConfig { Id = FlowSetup.Msft, Symbol = "MSFT", Venue = setup.RouteVenue.Id },
        ],
        Risk = JsonNode.Parse(RiskLimitsJson.Write(setup.Limits()))!.AsObject(),
    };

    private static string FixSettings(FlowSetup setup, int port)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            [DEFAULT]
            ConnectionType=initiator
            SocketConnectHost=127.0.0.1
            SocketConnectPort={port}
            SenderCompID={GatewayCompId}
            HeartBtInt=30
            ReconnectInterval={setup.ReconnectIntervalSeconds}
            NonStopSession=Y
            FileStorePath=fix-store
            FileLogPath=fix-log
            UseDataDictionary=N

            """);
        foreach (var venue in setup.Venues)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                [SESSION]
                BeginString={venue.BeginString}
                TargetCompID={venue.CompId}

                """);
            if (venue.BeginString == SimulatedSession.Fixt11)
            {
                text.Append("DefaultApplVerID=FIX.5.0SP2\n");
            }
        }

        return text.ToString();
    }
}
