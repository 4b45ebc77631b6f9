using System.Net;
using Gateway.Admin;
using Gateway.Admin.Control;
using Gateway.Clients;
using Gateway.Config;
using Gateway.Journal;
using Gateway.Orders;
using Gateway.Pipeline;
using Gateway.RiskChecks;
using Gateway.Routing;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Metrics;
using Gateway.Venues;
using Gateway.Venues.Fix;
using Gateway.Venues.Ouch;
using Serilog;

namespace Gateway.Hosting;

/// <summary>
/// The gateway, wired from its configuration: strategies' connections and the venues' sessions on the I/O thread,
/// risk, order book and journal on the order thread, two rings between them. <see cref="Start"/> replays the journal,
/// settles what was in flight, then starts the threads; <see cref="Dispose"/> stops them and logs the venues out.
/// </summary>
/// <remarks>
/// Threading: <c>dedicated</c> (the default) runs the I/O thread and the order thread each on a CPU of its own;
/// <c>shared</c> runs both agents on one thread (machines with two cores, where two spinning threads would leave
/// nothing for anything else).
/// </remarks>
public sealed class GatewayHost : IDisposable
{
    private readonly ILogger _log;
    private readonly List<AgentRunner> _runners = [];
    private readonly FixEngine? _fixEngine;
    private readonly ClientServer _clients;
    private readonly OrderJournal _journal;
    private readonly List<OuchVenueAdapter> _ouchVenues = [];
    private readonly OutboundProxy _outboundProxy;
    private AdminConsole? _console;
    private bool _disposed;

    private GatewayHost(GatewayConfig config, ILogger log)
    {
        _log = log;
        Config = config;
        Directory.CreateDirectory(config.DataDirectory);

        var limits = GatewayConfigLoader.RiskLimits(config);
        Risk = new RiskEngine(limits);
        Book = new OrderBook(config.OrderCapacity);
        var replay = OrderProcessor.ReplayInto(Book);
        _journal = OrderJournal.Open(
            new JournalOptions(Path.Combine(config.DataDirectory, "journal"), "orders")
            {
                Fsync = FsyncOf(config.JournalFsync),
                SegmentBytes = config.JournalSegmentMegabytes * 1024 * 1024,
            },
            ref replay);
        log.Information("Journal replayed: {Records} records, {Orders} orders ({Open} open), {Failures} records not applied",
            replay.Records, Book.Count, Book.OpenCount, replay.Failures);

        var inboundRing = new RingBuffer<InboundEvent>(config.RingSize);
        var outboundRing = new RingBuffer<OutboundAction>(config.RingSize);
        var inboundConsumer = inboundRing.NewConsumer();
        var outboundConsumer = outboundRing.NewConsumer();
        Inbound = new InboundProxy(inboundRing);

        var venues = new List<IVenueAdapter>();
        var fixApplication = new FixVenueApplication();
        foreach (var venue in config.Venues)
        {
            if (venue.Protocol == "fix")
            {
                venues.Add(fixApplication.Add(FixVenueOptionsOf(config, venue), Inbound));
            }
            else
            {
                var ouch = new OuchVenueAdapter(OuchVenueOptionsOf(config, venue), Inbound);
                _ouchVenues.Add(ouch);
                venues.Add(ouch);
            }
        }

        if (fixApplication.Adapters.Count > 0)
        {
            _fixEngine = FixEngine.Create(new FixEngineOptions
            {
                Settings = config.FixSettings is not null
                    ? QuickFixSettingsFile.Load(config.FixSettings)
                    : QuickFixSettingsFile.Parse(config.FixSettingsText!),
                Application = fixApplication,
                BaseDirectory = config.DataDirectory,
                OnError = e => log.Error(e, "FIX engine: unexpected exception"),
            });
        }

        Venues = venues;
        _clients = new ClientServer(ClientOptionsOf(config, log), Inbound);
        var venuesById = new IVenueAdapter?[64];
        foreach (var venue in venues)
        {
            venuesById[venue.VenueId] = venue;
            VenueWireToWire[venue.VenueId] = new LatencyRecorder();
        }

        Outbound = new OutboundAdapter(outboundConsumer, venuesById, new ClientServerOutbound(_clients), Inbound, WireToWire, VenueWireToWire);
        Inbound.OnFullDrain(Outbound.Drain);
        Processor = new OrderProcessor(new OrderProcessorOptions
        {
            Inbound = inboundConsumer,
            Outbound = _outboundProxy = new OutboundProxy(outboundRing),
            Risk = Risk,
            Book = Book,
            Journal = _journal,
            Routes = new RoutingTable(
                config.Instruments.ToDictionary(i => i.Id, i => i.Venue), config.Venues.Select(v => v.Id)),
            Admin = Admin,
            CancelOnDisconnect = config.Clients.CancelOnDisconnect,
        });
    }

    public GatewayConfig Config { get; }

    public RiskEngine Risk { get; }

    public OrderBook Book { get; }

    public OrderProcessor Processor { get; }

    public PipelineAdmin Admin { get; } = new();

    public InboundProxy Inbound { get; }

    public OutboundAdapter Outbound { get; }

    public IReadOnlyList<IVenueAdapter> Venues { get; }

    /// <summary>Strategy frame read → venue message written, in nanoseconds (the I/O thread records, anyone takes intervals).</summary>
    public LatencyRecorder WireToWire { get; } = new();

    /// <summary>The same, per venue (indexed by venue id; null where no venue has the id): the admin console's per-session latency.</summary>
    public LatencyRecorder?[] VenueWireToWire { get; } = new LatencyRecorder?[64];

    /// <summary>Where strategies connect.</summary>
    public IPEndPoint ClientEndPoint => _clients.LocalEndPoint;

    public ClientServer Clients => _clients;

    public FixEngine? FixEngine => _fixEngine;

    public OrderJournal Journal => _journal;

    /// <summary>Actions on the I/O thread (sessions, strategy connections: admin console, certification): cold, one empty check per duty cycle.</summary>
    public ThreadCommands IoCommands { get; } = new("io-admin-commands");

    /// <summary>The admin console's way onto the order thread (the blotter): cold, one empty check per duty cycle.</summary>
    public ThreadCommands OrderCommands { get; } = new("order-admin-commands");

    /// <summary>The admin console, when <c>admin.listen</c> is set.</summary>
    public AdminConsole? AdminConsole => _console;

    /// <summary>Builds the gateway, recovers from its journal, and starts its threads.</summary>
    public static GatewayHost Start(GatewayConfig config, ILogger log)
    {
        var host = new GatewayHost(config, log);
        try
        {
            host.Recover();
            host.StartThreads();
            if (config.Admin.Listen is not null)
            {
                host._console = AdminConsole.Start(host, log);
            }

            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private void Recover()
    {
        // A fresh book takes ClOrdIds from the clock (microseconds), so a new journal never repeats an id a venue saw today.
        var floor = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
        var summary = Processor.Recover(Venues, floor);
        if (summary.Orders > 0)
        {
            _log.Information(
                "Recovered {Orders} orders, {Open} open; {Unsent} requests found unsent at the venue were refused",
                summary.Orders, summary.Open, summary.UnsentRequests);
        }
    }

    private void StartThreads()
    {
        var idle = Config.Idle == "spin" ? (Func<IIdleStrategy>)(() => new BusySpinIdleStrategy()) : () => new BackoffIdleStrategy();
        void OnError(Exception e) => _log.Error(e, "Gateway thread: unexpected exception");
        var io = new List<IAgent> { _clients };
        if (_fixEngine is not null)
        {
            io.Add(_fixEngine);
        }

        io.AddRange(_ouchVenues);

        io.Add(Outbound);
        io.Add(IoCommands);
        if (Config.Threading == "shared")
        {
            // One thread produces and consumes the outbound ring: a full ring is drained by the order thread itself.
            _outboundProxy.OnFullDrain(Outbound.Drain);
            io.Insert(1, Processor);
            io.Insert(2, OrderCommands);
            _runners.Add(new AgentRunner(new CompositeAgent([.. io]), idle(), Config.IoThreadCpu, OnError).Start());
        }
        else
        {
            _runners.Add(new AgentRunner(new CompositeAgent(Processor, OrderCommands), idle(), Config.OrderThreadCpu, OnError).Start());
            _runners.Add(new AgentRunner(new CompositeAgent([.. io]), idle(), Config.IoThreadCpu, OnError).Start());
        }

        _log.Information(
            "Gateway running: strategies connect to {Endpoint}; {Venues} venue(s); threads {Threading} ({Idle}); order thread CPU {OrderCpu}, I/O thread CPU {IoCpu}",
            ClientEndPoint, Venues.Count, Config.Threading, Config.Idle, Config.OrderThreadCpu, Config.IoThreadCpu);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // The console first: no request reaches for a thread that is stopping.
        _console?.Dispose();
        foreach (var runner in _runners)
        {
            runner.Dispose();
        }

        IoCommands.Close();
        OrderCommands.Close();

        // Nothing consumes the inbound ring any more: the venues' logouts below must not wait for room in it.
        Inbound.Close();

        _fixEngine?.Dispose();
        foreach (var ouch in _ouchVenues)
        {
            ouch.Dispose();
        }

        _clients.Dispose();
        _journal.Dispose();
    }

    private static JournalFsyncPolicy FsyncOf(string value) => value switch
    {
        "none" => JournalFsyncPolicy.None,
        "every" => JournalFsyncPolicy.EveryAppend,
        _ => JournalFsyncPolicy.Interval(int.Parse(value.AsSpan(9), System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static ClientServerOptions ClientOptionsOf(GatewayConfig config, ILogger log)
    {
        var endpoint = IPEndPoint.Parse(config.Clients.Listen);
        return new ClientServerOptions
        {
            ListenAddress = endpoint.Address,
            Port = endpoint.Port,
            Tokens = config.Clients.Strategies.ToDictionary(s => s.Id, s => s.Token),
            HeartbeatInterval = TimeSpan.FromMilliseconds(config.Clients.HeartbeatMillis),
            SilenceTimeout = TimeSpan.FromMilliseconds(config.Clients.TimeoutMillis),
            Logger = log,
        };
    }

    private static FixVenueOptions FixVenueOptionsOf(GatewayConfig config, VenueConfig venue)
    {
        var symbols = config.Instruments.ToDictionary(i => i.Id, i => venue.Symbols.TryGetValue(i.Id, out var s) ? s : i.Symbol);
        var tags = venue.ExtraTags.Select(t => new FixTag(t.Key, t.Value)).ToArray();
        return new FixVenueOptions
        {
            VenueId = venue.Id,
            Name = venue.Name,
            SessionId = SessionIdOf(venue),
            Symbols = symbols,
            Accounts = venue.Accounts,
            NewOrderTags = tags,
            CancelTags = tags,
            ReplaceTags = tags,
        };
    }

    private static OuchVenueOptions OuchVenueOptionsOf(GatewayConfig config, VenueConfig venue) => new()
    {
        VenueId = venue.Id,
        Name = venue.Name,
        Dialect = venue.Protocol == "ouch42" ? OuchDialect.Ouch42 : OuchDialect.Ouch50,
        Host = venue.Host!,
        Port = venue.Port,
        Username = venue.Username!,
        Password = venue.Password!,
        Firm = venue.Firm ?? "",
        Symbols = config.Instruments.ToDictionary(i => i.Id, i => venue.Symbols.TryGetValue(i.Id, out var s) ? s : i.Symbol),
        StateDirectory = Path.Combine(config.DataDirectory, "ouch", venue.Name),
        MessageLogPath = OuchMessageLogPath(config, venue.Name),
    };

    /// <summary>Where an OUCH venue's message log is (the message search reads it).</summary>
    public static string OuchMessageLogPath(GatewayConfig config, string venueName) =>
        Path.Combine(config.DataDirectory, "ouch", venueName, venueName + ".messages.log");

    /// <summary>A venue's session as written in the configuration: <c>FIX.4.4:GATEWAY->VENUE</c>.</summary>
    private static FixSessionId SessionIdOf(VenueConfig venue)
    {
        var text = venue.Session!;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var arrow = text.IndexOf("->", StringComparison.Ordinal);
        if (colon <= 0 || arrow < colon)
        {
            throw new GatewayConfigException($"venue '{venue.Name}': session '{text}' is not BeginString:SenderCompID->TargetCompID");
        }

        return new FixSessionId(text[..colon], text[(colon + 1)..arrow], text[(arrow + 2)..]);
    }

    /// <summary>The client server as the outbound adapter sees it.</summary>
    private sealed class ClientServerOutbound(ClientServer server) : IClientOutbound
    {
        public bool TrySend<T>(int strategyId, ref T message)
            where T : unmanaged, Api.Protocol.IApiMessage => server.TrySend(strategyId, ref message);
    }
}
