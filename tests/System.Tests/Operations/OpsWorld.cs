using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Api.Protocol;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.RiskChecks.Config;
using Gateway.Simulators.Fix;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using Gateway.Venues.Ouch;
using NUnit.Framework;
using Serilog;

namespace Gateway.System.Tests.Operations;

/// <summary>
/// A gateway with three venues and their logs on: FIX 4.4 (the FIX simulator; FileLogPath on, DataDictionary the shared
/// FIX44.xml, a logon Password), OUCH 5.0 and OUCH 4.2 (a <see cref="TinyOuchVenue"/> each, with a Soup password).
/// AAPL goes to FIX, MSFT to OUCH 5.0, IBM to OUCH 4.2.
/// </summary>
internal sealed class OpsWorld : IDisposable
{
    public const string FixPassword = "FixSecret#4711";
    public const string OuchPassword = "Ouch#0815";
    public const string StrategyToken = "ops-strategy-token-93";
    public const int Fix44 = 1;
    public const int Ouch50 = 2;
    public const int Ouch42 = 3;
    public const int Aapl = 1;
    public const int Msft = 2;
    public const int Ibm = 3;

    private readonly TestWorkspace _workspace;
    private readonly List<IDisposable> _owned = [];

    private OpsWorld(TestWorkspace workspace) => _workspace = workspace;

    public GatewayHost Host { get; private set; } = null!;

    public FixVenueSimulator Simulator { get; private set; } = null!;

    public string DataDirectory => _workspace.Sub("data");

    public string Workspace => _workspace.Path;

    /// <summary>Starts everything and waits until every venue is logged on; <paramref name="log"/> is the host's logger.</summary>
    public static OpsWorld Start(CancellationToken cancellation, Func<GatewayConfig, ILogger>? log = null)
    {
        var world = new OpsWorld(TestWorkspace.Create());
        try
        {
            world.Simulator = FixVenueSimulator.Start(new FixVenueSimulatorOptions
            {
                Port = 0,
                Sessions = [new SimulatedSession(SimulatedSession.Fix44, "SIM44", FlowGateway.GatewayCompId)],
                Symbols = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["AAPL"] = 190.00m },
            });
            _ = world.Own(world.Simulator);
            var ouch50 = world.Own(new TinyOuchVenue(OuchDialect.Ouch50, "OPS50", OuchPassword));
            var ouch42 = world.Own(new TinyOuchVenue(OuchDialect.Ouch42, "OPS42", OuchPassword));
            var config = world.Config(world.Simulator.Port, ouch50.Port, ouch42.Port);
            world.Host = GatewayHost.Start(config, log?.Invoke(config) ?? Serilog.Core.Logger.None);
            Wait.Until(() => world.Host.Venues.All(v => v.IsLoggedOn), FlowRecorder.Deadline, cancellation, "the venues to log on");
            return world;
        }
        catch
        {
            world.Dispose();
            throw;
        }
    }

    public FlowClient Connect() => FlowClient.Connect(Host.ClientEndPoint, FlowSetup.StrategyId, StrategyToken);

    /// <summary>Sends a buy that the venue fills and waits for the fill; returns the gateway's order index.</summary>
    public static long FilledBuy(FlowClient client, long clientOrderId, int instrument, decimal price, CancellationToken cancellation)
    {
        client.NewOrder(clientOrderId, 10, price, instrumentId: instrument, accountId: FlowSetup.AccountId);
        var accepted = client.WaitFor<OrderAcceptedMessage>(m => m.ClientOrderId == clientOrderId, cancellation, $"accepted {clientOrderId}");
        client.WaitFor<FillMessage>(m => m.ClientOrderId == clientOrderId, cancellation, $"fill {clientOrderId}");
        return accepted.GatewayOrderId;
    }

    /// <summary>Every file under the workspace (data, logs), for greps.</summary>
    public IEnumerable<string> AllFiles() => Directory.EnumerateFiles(_workspace.Path, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        Host?.Dispose();
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        _workspace.Dispose();
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private GatewayConfig Config(int fixPort, int ouch50Port, int ouch42Port) => new()
    {
        Threading = "shared",
        Idle = "backoff",
        DataDirectory = DataDirectory,
        JournalSegmentMegabytes = 4,
        OrderCapacity = 1 << 12,
        RingSize = 1 << 12,
        Clients = new ClientsConfig
        {
            Listen = "127.0.0.1:0",
            TimeoutMillis = 30_000,
            Strategies = [new StrategyConfig { Id = FlowSetup.StrategyId, Token = StrategyToken, Name = "ops" }],
        },
        FixSettingsText = string.Create(CultureInfo.InvariantCulture, $"""
            [DEFAULT]
            ConnectionType=initiator
            SocketConnectHost=127.0.0.1
            SocketConnectPort={fixPort}
            SenderCompID={FlowGateway.GatewayCompId}
            HeartBtInt=30
            ReconnectInterval=1
            NonStopSession=Y
            FileStorePath=fix-store
            FileLogPath=fix-log
            UseDataDictionary=N

            [SESSION]
            BeginString=FIX.4.4
            TargetCompID=SIM44
            Password={FixPassword}
            DataDictionary={SharedSpec.Fix44}

            """),
        Venues =
        [
            new VenueConfig { Id = Fix44, Name = "FIX44", Session = $"FIX.4.4:{FlowGateway.GatewayCompId}->SIM44" },
            new VenueConfig
            {
                Id = Ouch50, Name = "OUCH50", Protocol = "ouch50", Host = "127.0.0.1", Port = ouch50Port, Username = "OPS50",
                Password = OuchPassword,
            },
            new VenueConfig
            {
                Id = Ouch42, Name = "OUCH42", Protocol = "ouch42", Host = "127.0.0.1", Port = ouch42Port, Username = "OPS42",
                Password = OuchPassword,
            },
        ],
        Instruments =
        [
            new InstrumentConfig { Id = Aapl, Symbol = "AAPL", Venue = Fix44 },
            new InstrumentConfig { Id = Msft, Symbol = "MSFT", Venue = Ouch50 },
            new InstrumentConfig { Id = Ibm, Symbol = "IBM", Venue = Ouch42 },
        ],
        Risk = JsonNode.Parse(RiskLimitsJson.Write(Limits()))!.AsObject(),
    };

    private static RiskLimits Limits() => new()
    {
        Strategies =
        [
            new StrategyLimits
            {
                Id = FlowSetup.StrategyId, Accounts = [FlowSetup.AccountId], Venues = [Fix44, Ouch50, Ouch42],
                MaxOrderQuantity = 1_000, MaxOpenOrders = 1_000,
            },
        ],
        Accounts = [new AccountLimits { Id = FlowSetup.AccountId }],
        Instruments =
        [
            new InstrumentLimits { Id = Aapl, ReferencePrice = 190.00m },
            new InstrumentLimits { Id = Msft, ReferencePrice = 410.00m },
            new InstrumentLimits { Id = Ibm, ReferencePrice = 150.00m },
        ],
        Venues = [new VenueLimits { Id = Fix44 }, new VenueLimits { Id = Ouch50 }, new VenueLimits { Id = Ouch42 }],
    };
}
