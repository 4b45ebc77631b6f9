using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Sessions.Time;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;

namespace Gateway.Venues.Tests.Fix;

/// <summary>
/// A venue session (GW → VENUE, acceptor role, manual clock) with its <see cref="FixVenueAdapter"/> behind a
/// <see cref="FixVenueApplication"/>, connected through memory to a peer the test writes messages for by hand.
/// </summary>
internal sealed class VenueHarness : IDisposable
{
    public const int VenueId = 7;
    public const int Instrument = 42;
    public const int Account = 3;

    public static readonly long Start =
        new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;

    private InMemoryConnection _peer = null!;
    private int _peerSeqNum = 1;

    public VenueHarness(string beginString, Func<FixVenueOptions, FixVenueOptions>? options = null,
        IFixMessageStore? store = null, bool logOn = true, bool withAdapter = true)
    {
        BeginString = beginString;
        Clock = new ManualEpochClock(Start);
        Store = store ?? new MemoryFixMessageStore(Start);
        var venue = DefaultOptions(beginString);
        Adapter = withAdapter ? App.Add(options is null ? venue : options(venue), Sink) : null!;
        Session = new FixSession(SessionSettings(beginString), App, Store, clock: Clock);
        if (logOn)
        {
            Connect();
            LogOn();
        }
    }

    public string BeginString { get; }

    public ManualEpochClock Clock { get; }

    public IFixMessageStore Store { get; }

    public RecordingSink Sink { get; } = new();

    public FixVenueApplication App { get; } = new();

    public FixVenueAdapter Adapter { get; }

    public FixSession Session { get; }

    public InMemoryConnection Peer => _peer;

    /// <summary>The session's end of the pipe.</summary>
    public InMemoryConnection OwnConnection { get; private set; } = null!;

    /// <summary>The MsgSeqNum of the next message the peer sends.</summary>
    public int PeerSeqNum
    {
        get => _peerSeqNum;
        set => _peerSeqNum = value;
    }

    public static FixSessionSettings SessionSettings(string beginString) => new()
    {
        Id = new FixSessionId(beginString, "GW", "VENUE"),
        HeartBtInt = 30,
        DefaultApplVerId = beginString == "FIXT.1.1" ? "9" : "",
    };

    public static FixVenueOptions DefaultOptions(string beginString) => new()
    {
        VenueId = VenueId,
        Name = "TestVenue",
        SessionId = new FixSessionId(beginString, "GW", "VENUE"),
        Symbols = new Dictionary<int, string> { [Instrument] = "VOD.L" },
        Accounts = new Dictionary<int, string> { [Account] = "ACC1" },
    };

    public static VenueRequest NewOrder(long clOrdId = 1001, long quantity = 100, long price = 12_345_000_000,
        OrderType type = OrderType.Limit, Side side = Side.Buy, TimeInForce tif = TimeInForce.Day) => new()
        {
            Kind = VenueRequestKind.NewOrder,
            VenueId = VenueId,
            InstrumentId = Instrument,
            AccountId = Account,
            ClOrdId = clOrdId,
            Side = side,
            OrderType = type,
            TimeInForce = tif,
            Quantity = quantity,
            Price = price,
            TimestampNanos = Start + 123_456_789,
        };

    public static VenueRequest Cancel(long clOrdId = 1002, long origClOrdId = 1001, string venueOrderId = "V-9") => new()
    {
        Kind = VenueRequestKind.Cancel,
        VenueId = VenueId,
        InstrumentId = Instrument,
        AccountId = Account,
        ClOrdId = clOrdId,
        OrigClOrdId = origClOrdId,
        Side = Side.Buy,
        OrderType = OrderType.Limit,
        Quantity = 100,
        VenueOrderId = VenueText.From(venueOrderId),
        TimestampNanos = Start + 123_456_789,
    };

    public static VenueRequest Replace(long clOrdId = 1003, long origClOrdId = 1001) => new()
    {
        Kind = VenueRequestKind.Replace,
        VenueId = VenueId,
        InstrumentId = Instrument,
        AccountId = Account,
        ClOrdId = clOrdId,
        OrigClOrdId = origClOrdId,
        Side = Side.Sell,
        OrderType = OrderType.Limit,
        TimeInForce = TimeInForce.GoodTillCancel,
        Quantity = 250,
        Price = 99_500_000,
        VenueOrderId = VenueText.From("V-9"),
        TimestampNanos = Start + 123_456_789,
    };

    /// <summary>A fresh connection pair, the session's end attached.</summary>
    public void Connect()
    {
        var (mine, theirs) = InMemoryConnection.CreatePair();
        Session.Attach(mine);
        OwnConnection = mine;
        _peer = theirs;
    }

    /// <summary>The peer logs on; the session answers.</summary>
    public List<string> LogOn()
    {
        var appl = BeginString == "FIXT.1.1" ? "1137=9|" : "";
        return SendFromVenue("A", "98=0|108=30|" + appl);
    }

    /// <summary>Runs duty cycles until nothing more happens.</summary>
    public void Pump()
    {
        for (var i = 0; i < 100 && Session.DoWork(Clock.NowNanos()) > 0; i++)
        {
        }
    }

    /// <summary>
    /// The peer sends a message (header written here: 34, 43/122 when a duplicate, 49, 52, 56), the session runs,
    /// and the frames the peer received meanwhile come back as text ('|' for SOH).
    /// </summary>
    public List<string> SendFromVenue(string msgType, string body, bool possDup = false)
    {
        _peer.TrySend(Encode(msgType, body, possDup));
        Pump();
        return Received();
    }

    /// <summary>A whole frame from the venue with the next MsgSeqNum, as the peer would send it.</summary>
    public byte[] Encode(string msgType, string body, bool possDup = false)
    {
        var time = Timestamp(Clock.NowNanos());
        var header = $"35={msgType}|34={_peerSeqNum++}|" + (possDup ? "43=Y|" : "") + $"49=VENUE|52={time}|56=GW|" +
                     (possDup ? $"122={time}|" : "");
        var text = (header + body).Replace('|', '\u0001');
        var bodyLength = Encoding.ASCII.GetByteCount(text);
        var frame = $"8={BeginString}\u00019={bodyLength}\u0001{text}";
        var sum = Encoding.ASCII.GetBytes(frame).Sum(b => b) % 256;
        return Encoding.ASCII.GetBytes(frame + "10=" + sum.ToString("000", CultureInfo.InvariantCulture) + "\u0001");
    }

    /// <summary>The frames the peer has received, as text with '|' for SOH.</summary>
    public List<string> Received()
    {
        _peer.Poll();
        var frames = new List<string>();
        while (FixFraming.TryReadFrame(_peer.Received, out var frame))
        {
            if (frame.IsComplete)
            {
                frames.Add(Encoding.ASCII.GetString(frame.Of(_peer.Received)).Replace('\u0001', '|'));
            }

            _peer.Consume(frame.Consumed);
        }

        return frames;
    }

    /// <summary>The adapter sends; the frame it produced comes back (text, '|' for SOH).</summary>
    public string SendAndCapture(in VenueRequest request)
    {
        var result = Adapter.TrySend(in request);
        if (result != VenueSendResult.Sent)
        {
            throw new InvalidOperationException("TrySend: " + result);
        }

        return Received().Single();
    }

    public static string Timestamp(long nanos) =>
        DateTime.UnixEpoch.AddTicks(nanos / 100).ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>The value of a tag in a frame (text form), or null.</summary>
    public static string? Field(string frame, int tag)
    {
        var prefix = tag.ToString(CultureInfo.InvariantCulture) + "=";
        foreach (var field in frame.Split('|'))
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal))
            {
                return field[prefix.Length..];
            }
        }

        return null;
    }

    /// <summary>The body of a frame the session sent: the fields after the header (…56=VENUE|) up to the trailer.</summary>
    public static string Body(string frame)
    {
        const string endOfHeader = "|56=VENUE|";
        var start = frame.IndexOf(endOfHeader, StringComparison.Ordinal) + endOfHeader.Length;
        var end = frame.LastIndexOf("10=", StringComparison.Ordinal);
        return frame[start..end];
    }

    public void Dispose() => Session.Dispose();
}
