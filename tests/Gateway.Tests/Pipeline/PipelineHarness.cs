using Gateway.Api.Protocol;
using Gateway.Journal;
using Gateway.Orders;
using Gateway.Pipeline;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Config;
using Gateway.Routing;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Metrics;
using Gateway.Sessions.Time;
using Gateway.Venues;
using Gateway.Venues.Orders;
using OrderType = Gateway.Api.Protocol.OrderType;
using RiskPrice = Gateway.RiskChecks.Orders.Price;
using Side = Gateway.Api.Protocol.Side;
using TimeInForce = Gateway.Api.Protocol.TimeInForce;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// The order thread and the I/O thread's outbound side, stepped by hand on the test thread: real rings, proxies,
/// risk engine, order book, journal (in a temp folder) and routing table; a manual clock; fake venues and a recording
/// strategy side. Strategies 1 and 2 (account 7) may send to venues 0 and 1; instrument 42 routes to venue 0, 43 to
/// venue 1, 44 is configured without a route. Strategy 1's orders are limited to <see cref="MaxQuantity"/>.
/// </summary>
internal sealed class PipelineHarness : IDisposable
{
    public const int Strategy = 1;
    public const int OtherStrategy = 2;
    public const int Account = 7;
    public const int VenueA = 0;
    public const int VenueB = 1;
    public const int InstrumentA = 42;
    public const int InstrumentB = 43;
    public const int Unrouted = 44;
    public const long MaxQuantity = 1000;
    public const long Second = 1_000_000_000L;

    /// <summary>2026-03-02 09:00:00 UTC.</summary>
    public const long Start = (1_772_409_600L + (9 * 3600)) * Second;

    private readonly bool _ownsFolder;
    private long _venueSequence;

    public PipelineHarness(string? folder = null, bool cancelOnDisconnect = true, int ringSize = 1024)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "pipeunit-" + Guid.NewGuid().ToString("N"));
        Clock = new ManualEpochClock(Start);
        Risk = new RiskEngine(Limits());
        Book = new OrderBook(8192);
        var replay = OrderProcessor.ReplayInto(Book);
        Journal = OrderJournal.Open(new JournalOptions(Folder, "orders") { SegmentBytes = 4 << 20 }, ref replay);
        Replayed = replay.Records;
        ReplayFailures = replay.Failures;

        var inboundRing = new RingBuffer<InboundEvent>(ringSize);
        var outboundRing = new RingBuffer<OutboundAction>(ringSize);
        var inboundConsumer = inboundRing.NewConsumer();
        var outboundConsumer = outboundRing.NewConsumer();
        Inbound = new InboundProxy(inboundRing);
        Venues = [new FakeVenue(VenueA, "A"), new FakeVenue(VenueB, "B")];
        var byId = new IVenueAdapter?[64];
        foreach (var venue in Venues)
        {
            byId[venue.VenueId] = venue;
        }

        Outbound = new OutboundAdapter(outboundConsumer, byId, Clients, Inbound, WireToWire);
        Inbound.OnFullDrain(Outbound.Drain);
        Routes = new RoutingTable(
            new Dictionary<int, int> { [InstrumentA] = VenueA, [InstrumentB] = VenueB, [Unrouted] = RoutingTable.NoVenue },
            [VenueA, VenueB]);
        Processor = new OrderProcessor(new OrderProcessorOptions
        {
            Inbound = inboundConsumer,
            Outbound = new OutboundProxy(outboundRing),
            Risk = Risk,
            Book = Book,
            Journal = Journal,
            Routes = Routes,
            Admin = Admin,
            Clock = Clock,
            CancelOnDisconnect = cancelOnDisconnect,
        });
    }

    public string Folder { get; }

    public ManualEpochClock Clock { get; }

    public RiskEngine Risk { get; }

    public OrderBook Book { get; }

    public OrderJournal Journal { get; }

    public int Replayed { get; }

    public int ReplayFailures { get; }

    public InboundProxy Inbound { get; }

    public OutboundAdapter Outbound { get; }

    public OrderProcessor Processor { get; }

    public PipelineAdmin Admin { get; } = new();

    public RoutingTable Routes { get; }

    public FakeVenue[] Venues { get; }

    public RecordingClients Clients { get; } = new();

    public LatencyRecorder WireToWire { get; } = new();

    public OrderProcessorCounters Counters => Processor.Counters;

    public static long Px(decimal price) => RiskPrice.FromDecimal(price);

    public static RiskLimits Limits() => new()
    {
        Capacity = new RiskCapacity
        {
            MaxStrategies = 8,
            MaxAccounts = 16,
            MaxInstruments = 128,
            MaxVenues = 4,
            MaxOpenOrders = 16384,
            MaxPositions = 64,
            ClientOrderIdsPerStrategy = 16384,
        },
        Strategies =
        [
            new StrategyLimits { Id = Strategy, Accounts = [Account], Venues = [VenueA, VenueB], MaxOrderQuantity = MaxQuantity },
            new StrategyLimits { Id = OtherStrategy, Accounts = [Account], Venues = [VenueA, VenueB] },
        ],
        Instruments =
        [
            new InstrumentLimits { Id = InstrumentA, ReferencePrice = 100m },
            new InstrumentLimits { Id = InstrumentB, ReferencePrice = 50m },
            new InstrumentLimits { Id = Unrouted, ReferencePrice = 10m },
        ],
    };

    public static NewOrderMessage Order(
        long clientOrderId, long quantity = 100, decimal price = 100m, int instrument = InstrumentA, int venue = -1,
        Side side = Side.Buy, OrderType type = OrderType.Limit, TimeInForce tif = TimeInForce.Day) => new()
        {
            ClientOrderId = clientOrderId,
            AccountId = Account,
            InstrumentId = instrument,
            VenueId = venue,
            Side = side,
            OrderType = type,
            TimeInForce = tif,
            Quantity = quantity,
            Price = Px(price),
        };

    public FakeVenue Venue(int id) => Venues[id];

    /// <summary>Steps the order thread and the outbound drain until neither has anything left to do.</summary>
    public void Pump()
    {
        for (var round = 0; round < 10_000; round++)
        {
            if (Processor.DoWork() + Outbound.DoWork() == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("the pipeline never went quiet");
    }

    /// <summary>Both venues logged on and strategy 1 logged in, with the messages of that cleared.</summary>
    public PipelineHarness Ready()
    {
        SessionUp(VenueA);
        SessionUp(VenueB);
        LogIn(Strategy);
        Clients.Clear();
        return this;
    }

    public void LogIn(int strategy)
    {
        Inbound.OnLoggedIn(strategy);
        Pump();
    }

    public void Disconnect(int strategy)
    {
        Inbound.OnDisconnected(strategy);
        Pump();
    }

    public void SessionUp(int venue) => Session(venue, VenueReportKind.SessionUp);

    public void SessionDown(int venue) => Session(venue, VenueReportKind.SessionDown);

    public void Send(in NewOrderMessage order, int strategy = Strategy)
    {
        Inbound.OnNewOrder(strategy, in order, receivedTicks: 0);
        Pump();
    }

    public void Cancel(long clientOrderId, int strategy = Strategy)
    {
        var cancel = new CancelOrderMessage { ClientOrderId = clientOrderId };
        Inbound.OnCancelOrder(strategy, in cancel, receivedTicks: 0);
        Pump();
    }

    public void Replace(long origClientOrderId, long clientOrderId, long quantity, decimal price, int strategy = Strategy)
    {
        var replace = new ReplaceOrderMessage
        {
            OrigClientOrderId = origClientOrderId,
            ClientOrderId = clientOrderId,
            Quantity = quantity,
            Price = Px(price),
        };
        Inbound.OnReplaceOrder(strategy, in replace, receivedTicks: 0);
        Pump();
    }

    public void MassCancel(int strategy = Strategy, int account = -1, int instrument = -1, int venue = -1)
    {
        var mass = new MassCancelMessage { AccountId = account, InstrumentId = instrument, VenueId = venue };
        Inbound.OnMassCancel(strategy, in mass, receivedTicks: 0);
        Pump();
    }

    /// <summary>The book record of a strategy's client order id.</summary>
    public ref OrderRecord Record(long clientOrderId, int strategy = Strategy)
    {
        var index = Book.FindByClientOrderId(strategy, clientOrderId);
        if (index < 0)
        {
            throw new InvalidOperationException($"no order {clientOrderId} of strategy {strategy}");
        }

        return ref Book[index];
    }

    /// <summary>A report from the order's venue about its current (or pending) request id, with the next venue sequence.</summary>
    public VenueReport ReportFor(long clientOrderId, VenueReportKind kind, int strategy = Strategy)
    {
        ref var order = ref Record(clientOrderId, strategy);
        var report = default(VenueReport);
        report.Kind = kind;
        report.VenueId = order.VenueId;
        report.VenueSequence = ++_venueSequence;
        report.ClOrdId = order.ClOrdId;
        return report;
    }

    public void Deliver(in VenueReport report)
    {
        Inbound.OnReport(in report);
        Pump();
    }

    public void Accept(long clientOrderId, string venueOrderId = "V1", int strategy = Strategy)
    {
        var report = ReportFor(clientOrderId, VenueReportKind.Accepted, strategy);
        report.VenueOrderId = VenueText.From(venueOrderId);
        Deliver(in report);
    }

    /// <summary>A fill of <paramref name="quantity"/> at <paramref name="price"/> on top of what the order has filled.</summary>
    public void Fill(long clientOrderId, long quantity, decimal price, string execId = "E1", int strategy = Strategy)
    {
        ref var order = ref Record(clientOrderId, strategy);
        var report = ReportFor(clientOrderId, VenueReportKind.Fill, strategy);
        report.LastQuantity = quantity;
        report.LastPrice = Px(price);
        report.CumQuantity = order.CumQuantity + quantity;
        report.LeavesQuantity = Math.Max(0, order.Quantity - report.CumQuantity);
        report.ExecId = VenueText.From(execId);
        Deliver(in report);
    }

    /// <summary>The venue confirms the pending cancel (or cancels on its own when none is pending).</summary>
    public void Canceled(long clientOrderId, int strategy = Strategy)
    {
        ref var order = ref Record(clientOrderId, strategy);
        var report = ReportFor(clientOrderId, VenueReportKind.Canceled, strategy);
        if (order.PendingClOrdId != 0)
        {
            report.ClOrdId = order.PendingClOrdId;
            report.OrigClOrdId = order.ClOrdId;
        }

        Deliver(in report);
    }

    public void CancelRejected(long clientOrderId, string text, int strategy = Strategy)
    {
        ref var order = ref Record(clientOrderId, strategy);
        var report = ReportFor(clientOrderId, VenueReportKind.CancelRejected, strategy);
        report.ClOrdId = order.PendingClOrdId;
        report.OrigClOrdId = order.ClOrdId;
        report.Text = VenueText.From(text);
        Deliver(in report);
    }

    /// <summary>The venue does the replace of <paramref name="origClientOrderId"/> by <paramref name="clientOrderId"/>.</summary>
    public void Replaced(long origClientOrderId, long clientOrderId, int strategy = Strategy)
    {
        ref var replacement = ref Record(clientOrderId, strategy);
        ref var original = ref Record(origClientOrderId, strategy);
        var report = ReportFor(clientOrderId, VenueReportKind.Replaced, strategy);
        report.OrigClOrdId = original.ClOrdId;
        report.OrderQuantity = replacement.Quantity;
        report.Price = replacement.Price;
        report.LeavesQuantity = replacement.Quantity - original.CumQuantity;
        report.CumQuantity = original.CumQuantity;
        Deliver(in report);
    }

    public void Dispose()
    {
        Journal.Dispose();
        if (_ownsFolder)
        {
            DeleteFolder(Folder);
        }
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void Session(int venue, VenueReportKind kind)
    {
        var report = default(VenueReport);
        report.Kind = kind;
        report.VenueId = venue;
        Deliver(in report);
    }
}
