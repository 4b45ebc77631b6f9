using System.Globalization;
using System.Text;
using Gateway.Api.Protocol;
using Gateway.Journal;
using Gateway.Orders;
using Gateway.Pipeline;
using Gateway.RiskChecks;
using Gateway.Routing;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Metrics;
using Gateway.Venues;
using Gateway.Venues.Fix;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// The gateway's order path without sockets, wired as <c>GatewayHost</c> wires it: inbound ring → OrderProcessor
/// (risk with every check on, order book, journal in a temp folder) → outbound ring → OutboundAdapter →
/// FixVenueAdapter → FixSession (FIX 4.4, file store in the temp folder as the gateway has, or none; no message log) → a connection that drops
/// the bytes. Strategy messages go to a client outbound that drops them too. One thread steps both agents.
/// </summary>
internal sealed class InProcessPipeline : IDisposable
{
    private const int RingSize = 1 << 16;

    private readonly string _directory;
    private readonly OrderJournal _journal;
    private readonly FixSession _session;
    private readonly RingBuffer<InboundEvent> _inboundRing;

    public InProcessPipeline(int orderCapacity, bool fileStore = true)
    {
        _directory = Path.Combine(Path.GetTempPath(), "gateway-bench-pipeline-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Risk = new RiskEngine(PipelineLimits.For(orderCapacity));
        Book = new OrderBook(orderCapacity);
        _journal = OrderJournal.Open(new JournalOptions(Path.Combine(_directory, "journal"), "orders"));

        _inboundRing = new RingBuffer<InboundEvent>(RingSize);
        var outboundRing = new RingBuffer<OutboundAction>(RingSize);
        var inboundConsumer = _inboundRing.NewConsumer();
        var outboundConsumer = outboundRing.NewConsumer();
        Inbound = new InboundProxy(_inboundRing);

        var sessionId = new FixSessionId("FIX.4.4", "GATEWAY", "VENUE");
        var application = new FixVenueApplication();
        Venue = application.Add(new FixVenueOptions
        {
            VenueId = PipelineLimits.Venue,
            Name = "BENCH",
            SessionId = sessionId,
            Symbols = new Dictionary<int, string> { [PipelineLimits.Instrument] = PipelineLimits.Symbol },
            Accounts = new Dictionary<int, string> { [PipelineLimits.Account] = "ACC7" },
        }, Inbound);
        IFixMessageStore store = fileStore
            ? new FileFixMessageStore(new FileStoreOptions(Path.Combine(_directory, "fix-store")), sessionId)
            : new SequenceOnlyStore(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000);
        _session = new FixSession(new FixSessionSettings { Id = sessionId }, application, store);

        var venuesById = new IVenueAdapter?[64];
        venuesById[PipelineLimits.Venue] = Venue;
        Outbound = new OutboundAdapter(outboundConsumer, venuesById, new DiscardingClients(), Inbound, new LatencyRecorder());
        Inbound.OnFullDrain(Outbound.Drain);
        Processor = new OrderProcessor(new OrderProcessorOptions
        {
            Inbound = inboundConsumer,
            Outbound = new OutboundProxy(outboundRing),
            Risk = Risk,
            Book = Book,
            Journal = _journal,
            Routes = new RoutingTable(
                new Dictionary<int, int> { [PipelineLimits.Instrument] = PipelineLimits.Venue }, [PipelineLimits.Venue]),
        });
        Processor.Recover([Venue], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000);
        LogOn();
    }

    public RiskEngine Risk { get; }

    public OrderBook Book { get; }

    public InboundProxy Inbound { get; }

    public OrderProcessor Processor { get; }

    public OutboundAdapter Outbound { get; }

    public FixVenueAdapter Venue { get; }

    public DiscardConnection Connection { get; } = new();

    /// <summary>Runs the order thread's and the I/O thread's duty cycles until neither has anything left.</summary>
    public void Step()
    {
        while (Processor.DoWork() + Outbound.DoWork() + _session.DoWork() > 0)
        {
        }
    }

    public void Dispose()
    {
        _session.Dispose(); // closes the store it owns
        _journal.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>The venue's Logon arrives on the in-memory connection; the session answers and reports SessionUp.</summary>
    private void LogOn()
    {
        _session.Attach(Connection);
        Connection.Deliver(LogonFrame());
        Step();
        if (!Venue.IsLoggedOn)
        {
            throw new InvalidOperationException("the venue session did not log on in memory");
        }
    }

    private static byte[] LogonFrame()
    {
        var now = DateTime.UtcNow.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);
        var body = $"35=A\u000134=1\u000149=VENUE\u000152={now}\u000156=GATEWAY\u000198=0\u0001108=30\u0001";
        var head = $"8=FIX.4.4\u00019={Encoding.ASCII.GetByteCount(body)}\u0001" + body;
        var sum = 0;
        foreach (var b in Encoding.ASCII.GetBytes(head))
        {
            sum += b;
        }

        return Encoding.ASCII.GetBytes(head + "10=" + (sum % 256).ToString("000", CultureInfo.InvariantCulture) + "\u0001");
    }

    /// <summary>Strategy messages (OrderAccepted) dropped: there is no client connection in process.</summary>
    private sealed class DiscardingClients : IClientOutbound
    {
        public bool TrySend<T>(int strategyId, ref T message)
            where T : unmanaged, IApiMessage => true;
    }
}
