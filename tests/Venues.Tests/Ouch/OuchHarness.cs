using Gateway.Sessions.Soup;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Sessions.Time;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;

namespace Gateway.Venues.Tests.Ouch;

internal sealed class RecordingSink : IVenueReportSink
{
    public List<VenueReport> Reports { get; } = [];

    public VenueReport Last => Reports[^1];

    /// <summary>False: count only (allocation tests).</summary>
    public bool Record { get; set; } = true;

    public long Count { get; private set; }

    public void OnReport(in VenueReport report)
    {
        Count++;
        if (Record)
        {
            Reports.Add(report);
        }
    }
}

internal sealed class VenueSide : ISoupServerHandler
{
    public List<byte[]> Received { get; } = [];

    /// <summary>False: count only (allocation tests).</summary>
    public bool Record { get; set; } = true;

    public long Count { get; private set; }

    public void OnLogin(long nextSequence) { }

    public void OnUnsequencedData(ReadOnlySpan<byte> message)
    {
        Count++;
        if (Record)
        {
            Received.Add(message.ToArray());
        }
    }

    public void OnLogout() { }

    public void OnDisconnected() { }
}

/// <summary>An adapter logged in to our Soup server through memory, on a manual clock, with its state in a temp folder.</summary>
internal sealed class OuchHarness : IDisposable
{
    public const long Second = 1_000_000_000L;
    public const int Aapl = 7;

    private readonly bool _ownsDirectory;

    public OuchHarness(OuchDialect dialect, string? directory = null, MemorySoupMessageStore? venueStore = null, int maxOrders = 1000,
        bool queryAccountOnLogin = false)
    {
        _ownsDirectory = directory is null;
        Directory = directory ?? Path.Combine(Path.GetTempPath(), $"ouch-{Guid.NewGuid():N}");
        Options = new OuchVenueOptions
        {
            VenueId = 3,
            Name = "NSDQ",
            Dialect = dialect,
            Username = "USER",
            Password = "PASS",
            Symbols = new Dictionary<int, string> { [Aapl] = "AAPL" },
            Firm = "FIRM",
            StateDirectory = Directory,
            TradingDay = new DateOnly(2024, 3, 5),
            MaxOrdersPerDay = maxOrders,
            QueryAccountOnLogin = queryAccountOnLogin,
        };
        Adapter = new OuchVenueAdapter(Options, Sink, Clock);
        VenueStore = venueStore ?? new MemorySoupMessageStore();
        Server = new SoupServerSession(new SoupServerSettings { Username = "USER", Password = "PASS", Session = "S1" }, VenueStore, Venue);
    }

    public string Directory { get; }

    public ManualEpochClock Clock { get; } = new(new DateTimeOffset(2024, 3, 5, 15, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);

    public OuchVenueOptions Options { get; }

    public RecordingSink Sink { get; } = new();

    public VenueSide Venue { get; } = new();

    public OuchVenueAdapter Adapter { get; }

    public MemorySoupMessageStore VenueStore { get; }

    public SoupServerSession Server { get; }

    public byte[] Buffer { get; } = new byte[256];

    public void Connect()
    {
        var (client, server) = InMemoryConnection.CreatePair();
        Server.Attach(server, Clock.NowNanos());
        Adapter.Session.Attach(client, Clock.NowNanos());
        Step();
    }

    public void Step()
    {
        for (var i = 0; i < 4; i++)
        {
            Server.DoWork(Clock.NowNanos());
            Adapter.DoWork(Clock.NowNanos());
        }
    }

    /// <summary>The venue sends the message written into <see cref="Buffer"/>, and the adapter reads it.</summary>
    public VenueReport VenueSends(int length)
    {
        var before = Sink.Reports.Count;
        Server.SendSequenced(Buffer.AsSpan(0, length));
        Step();
        return Sink.Reports.Count > before ? Sink.Last : default;
    }

    public VenueSendResult Send(VenueRequestKind kind, long clOrdId, long origClOrdId = 0, long quantity = 100,
        long price = 150_25_000000, TimeInForce tif = TimeInForce.Day, Side side = Side.Buy, int instrument = Aapl)
    {
        var request = new VenueRequest
        {
            Kind = kind,
            Side = side,
            OrderType = OrderType.Limit,
            TimeInForce = tif,
            VenueId = 3,
            InstrumentId = instrument,
            ClOrdId = clOrdId,
            OrigClOrdId = origClOrdId,
            Quantity = quantity,
            Price = price,
        };
        var result = Adapter.TrySend(in request);
        Step();
        return result;
    }

    public byte[] LastReceived => Venue.Received[^1];

    public void Dispose()
    {
        Adapter.Dispose();
        Server.Dispose();
        if (_ownsDirectory)
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
