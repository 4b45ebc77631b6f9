using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Api.Protocol;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.RiskChecks.Config;
using Gateway.Simulators.Fix;
using Gateway.Simulators.Ouch;
using Gateway.System.Tests.Infrastructure;
using Gateway.Venues.Ouch;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>
/// One test's world: a FIX venue simulator (one session per FIX venue, one port) and an OUCH venue simulator per OUCH
/// venue, a gateway host wired to them in this process (threads shared, idle back-off: the machine has two cores), and
/// a temporary data directory removed after.
/// </summary>
internal sealed class FlowGateway : IDisposable
{
    public const string GatewayCompId = "GATEWAY";

    private readonly TestWorkspace _workspace;
    private readonly List<FlowClient> _clients = [];
    private readonly FixVenueSimulator? _simulator;

    private FlowGateway(FlowSetup setup, TestWorkspace workspace, FixVenueSimulator? simulator,
        IReadOnlyDictionary<int, OuchVenueSimulator> ouch, GatewayHost host)
    {
        Setup = setup;
        _workspace = workspace;
        _simulator = simulator;
        OuchSimulators = ouch;
        Host = host;
    }

    public FlowSetup Setup { get; }

    /// <summary>The FIX venue simulator (there is one when the setup has a FIX venue).</summary>
    public FixVenueSimulator Simulator => _simulator ?? throw new InvalidOperationException("this setup has no FIX venue");

    /// <summary>The OUCH venue simulators by venue id.</summary>
    public IReadOnlyDictionary<int, OuchVenueSimulator> OuchSimulators { get; }

    public OuchVenueSimulator Ouch(FlowVenue venue) => OuchSimulators[venue.Id];

    public GatewayHost Host { get; }

    /// <summary>Starts the simulator and the gateway, and waits until every venue session is logged on.</summary>
    public static FlowGateway Start(FlowSetup setup, CancellationToken cancellation)
    {
        var workspace = TestWorkspace.Create();
        FixVenueSimulator? simulator = null;
        var ouch = new Dictionary<int, OuchVenueSimulator>();
        var symbols = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["AAPL"] = FlowSetup.AaplReference,
            ["MSFT"] = FlowSetup.MsftReference,
        };
        try
        {
            var fixVenues = setup.Venues.Where(v => v.IsFix).ToArray();
            if (fixVenues.Length > 0)
            {
                simulator = FixVenueSimulator.Start(new FixVenueSimulatorOptions
                {
                    Port = 0,
                    Sessions = fixVenues.Select(v => new SimulatedSession(v.BeginString, v.CompId, GatewayCompId)).ToArray(),
                    Symbols = symbols,
                });
            }

            foreach (var venue in setup.Venues.Where(v => !v.IsFix))
            {
                ouch[venue.Id] = OuchVenueSimulator.Start(new OuchVenueSimulatorOptions
                {
                    Dialect = venue.Protocol == "ouch42" ? OuchDialect.Ouch42 : OuchDialect.Ouch50,
                    Port = 0,
                    Logins = [new OuchLogin(venue.CompId, FlowVenue.OuchPassword)],
                    Symbols = symbols,
                });
            }

            var host = GatewayHost.Start(setup.Configure(Config(setup, simulator?.Port ?? 0, ouch, workspace.Sub("data"))), Serilog.Core.Logger.None);
            var gateway = new FlowGateway(setup, workspace, simulator, ouch, host);
            Wait.Until(() => host.Venues.All(v => v.IsLoggedOn), FlowRecorder.Deadline, cancellation, "the venue sessions to log on");
            return gateway;
        }
        catch
        {
            simulator?.Dispose();
            foreach (var venue in ouch.Values)
            {
                venue.Dispose();
            }

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
        _simulator?.Dispose();
        foreach (var venue in OuchSimulators.Values)
        {
            venue.Dispose();
        }

        _workspace.Dispose();
    }

    private static GatewayConfig Config(FlowSetup setup, int fixPort, Dictionary<int, OuchVenueSimulator> ouch, string data) => new()
    {
        Threading = "shared",
        Idle = "backoff",
        DataDirectory = data,
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
        FixSettingsText = setup.Venues.Any(v => v.IsFix) ? FixSettings(setup, fixPort) : null,
        Venues = setup.Venues.Select(v => v.IsFix
            ? new VenueConfig
            {
                Id = v.Id,
                Name = v.Name,
                Session = $"{v.BeginString}:{GatewayCompId}->{v.CompId}",
            }
            : new VenueConfig
            {
                Id = v.Id,
                Name = v.Name,
                Protocol = v.Protocol,
                Host = "127.0.0.1",
                Port = ouch[v.Id].Port,
                Username = v.CompId,
                Password = FlowVenue.OuchPassword,
                Firm = "FLOW",
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
        foreach (var venue in setup.Venues.Where(v => v.IsFix))
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
