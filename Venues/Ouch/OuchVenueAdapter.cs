using System.Text;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using Gateway.Venues.Orders;

namespace Gateway.Venues.Ouch;

/// <summary>
/// One OUCH venue (4.2 or 5.0) over a SoupBinTCP client session: <see cref="VenueRequest"/>s out as Enter / Replace /
/// Cancel Order, the venue's sequenced messages back as <see cref="VenueReport"/>s to the sink with the Soup sequence
/// number as <see cref="VenueReport.VenueSequence"/>. All calls on the thread that drives <see cref="DoWork(long)"/>.
/// </summary>
/// <remarks>
/// <para>Each new order and each replacement gets the next token / UserRefNum of the day from the
/// <see cref="OuchOrderTable"/> (persisted, so a restart never reuses one); the table also keeps the order quantity,
/// cumulative and leaves quantities per token, since OUCH reports only the shares of each execution or cancel.</para>
/// <para>Replay: a message at or below the table's last applied sequence number was applied before a restart; it is
/// reported again with <see cref="VenueReport.PossibleDuplicate"/> and changes nothing in the table.</para>
/// <para>OUCH Replace and Accepted quantities are the open shares; the gateway's are totals (executed included): the
/// adapter sends total − cumulative and reports cumulative + open.</para>
/// </remarks>
public sealed partial class OuchVenueAdapter : IVenueAdapter, IAgent, ISoupClientHandler, IDisposable
{
    private readonly IVenueReportSink _sink;
    private readonly IEpochClock _clock;
    private readonly OuchOrderTable _table;
    private readonly ISoupSequenceStore _sequence;
    private readonly Dictionary<int, byte[]> _symbols = [];
    private readonly byte[] _firm;
    private readonly byte _display;
    private readonly byte _capacity;
    private readonly long _venueMidnightUtcNanos;
    private VenueReport _report;
    private long _currentSequence;
    private bool _wasUp;

    public OuchVenueAdapter(OuchVenueOptions options, IVenueReportSink sink, IEpochClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        Options = options;
        _sink = sink;
        _clock = clock ?? SystemEpochClock.Instance;
        foreach (var (instrument, symbol) in options.Symbols)
        {
            _symbols[instrument] = Encoding.ASCII.GetBytes(symbol);
        }

        _firm = Encoding.ASCII.GetBytes(options.Firm);
        _display = (byte)options.Display;
        _capacity = (byte)options.Capacity;

        var day = options.TradingDay ?? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(_clock.NowNanos() / 1_000_000).UtcDateTime);
        _venueMidnightUtcNanos = MidnightUtcNanos(day, options.VenueTimeZone);
        var stem = Path.Combine(options.StateDirectory, $"{options.Name}.{day:yyyyMMdd}");
        _table = new OuchOrderTable(stem + ".ouchorders", options.MaxOrdersPerDay);
        _sequence = new FileSoupSequenceStore(stem + ".soupseq");
        var connector = options.Port > 0
            ? new TcpConnector(options.Host, options.Port, new ReconnectBackoff(options.ReconnectInitialDelay, options.ReconnectMaxDelay))
            : null;
        Session = new SoupClientSession(options.SoupSettings(), _sequence, this, connector);
        _messageLog = OpenMessageLog(options);
    }

    public OuchVenueOptions Options { get; }

    public int VenueId => Options.VenueId;

    public string Name => Options.Name;

    public string RoleName => $"ouch-{Options.Name}";

    public bool IsLoggedOn => Session.IsLoggedIn;

    /// <summary>The SoupBinTCP session (its counters, state; <see cref="SoupClientSession.Attach"/> for tests).</summary>
    public SoupClientSession Session { get; }

    public OuchOrderTable Orders => _table;

    public OuchVenueCounters Counters { get; } = new();

    /// <summary>One duty cycle of the session on the adapter's clock.</summary>
    public int DoWork() => Session.DoWork(_clock.NowNanos());

    public int DoWork(long nowNanos) => Session.DoWork(nowNanos);

    /// <inheritdoc />
    /// <remarks>Cold: the ClOrdId of a new order, replacement or cancel that was handed to the session.</remarks>
    public bool HasSent(long clOrdId) => _table.Contains(clOrdId);

    /// <inheritdoc />
    /// <remarks>
    /// Asks the venue for the messages after <paramref name="lastAppliedSequence"/> at the next login when the session
    /// has already gone past it. They come again as possible duplicates when the table has applied them.
    /// </remarks>
    public void ResumeFromVenueSequence(long lastAppliedSequence)
    {
        if (lastAppliedSequence + 1 < Session.NextExpectedSequence)
        {
            Session.RequestFrom(Math.Max(1, lastAppliedSequence + 1));
        }
    }

    public void OnLoginAccepted(ReadOnlySpan<byte> session, long nextSequence)
    {
        _wasUp = true;
        Deliver(VenueReportKind.SessionUp);
        if (Options.QueryAccountOnLogin)
        {
            SendAccountQuery();
        }
    }

    public void OnLoginRejected(SoupLoginRejectReason reason)
    {
        Begin(VenueReportKind.SessionDown);
        _report.ReasonCode = (byte)reason;
        _report.Text.Set(reason == SoupLoginRejectReason.SessionNotAvailable ? "login rejected: session not available"u8 : "login rejected: not authorized"u8);
        Deliver();
    }

    public void OnEndOfSession()
    {
        Begin(VenueReportKind.SessionDown);
        _report.Text.Set("end of session"u8);
        Deliver();
    }

    public void OnDisconnected()
    {
        var wasUp = _wasUp;
        _wasUp = false;

        // End of Session and a rejected login report their own SessionDown, with a text, right after this.
        if (wasUp && Session.State is not (SoupClientState.EndOfSession or SoupClientState.Rejected))
        {
            Deliver(VenueReportKind.SessionDown);
        }
    }

    public void OnSequencedData(long sequence, ReadOnlySpan<byte> message)
    {
        _currentSequence = sequence;
        Received(sequence, message);
        var apply = sequence > _table.LastAppliedSequence;
        if (!apply)
        {
            Counters.Increment(OuchVenueCounter.Replayed);
        }

        if (Options.Dialect == OuchDialect.Ouch42)
        {
            On42(message, apply);
        }
        else
        {
            On50(message, apply);
        }

        if (apply)
        {
            _table.LastAppliedSequence = sequence;
        }
    }

    public void Dispose()
    {
        Session.Dispose();
        _messageLog?.Dispose();
        _sequence.Dispose();
        _table.Dispose();
    }

    /// <summary>Midnight of the trading day in the venue's zone, as UTC epoch nanoseconds (cold).</summary>
    private static long MidnightUtcNanos(DateOnly day, string timeZone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        TimeSpan offset;
        try
        {
            offset = TimeZoneInfo.FindSystemTimeZoneById(timeZone).GetUtcOffset(midnight);
        }
        catch (TimeZoneNotFoundException)
        {
            offset = TimeSpan.Zero;
        }

        return (new DateTimeOffset(midnight, offset).ToUnixTimeMilliseconds()) * 1_000_000;
    }

    /// <summary>Starts the report for the message being handled.</summary>
    private void Begin(VenueReportKind kind)
    {
        _report = default;
        _report.Kind = kind;
        _report.VenueId = Options.VenueId;
        _report.VenueSequence = _currentSequence;
    }

    private void BeginFor(VenueReportKind kind, bool apply, ulong venueTimestamp)
    {
        Begin(kind);
        _report.PossibleDuplicate = !apply;
        _report.VenueTimeNanos = venueTimestamp == 0 ? 0 : _venueMidnightUtcNanos + (long)venueTimestamp;
    }

    private void Deliver(VenueReportKind kind)
    {
        Begin(kind);
        _report.VenueSequence = 0;
        Deliver();
    }

    private void Deliver()
    {
        Counters.Increment(OuchVenueCounter.ReportsDelivered);
        _sink.OnReport(in _report);
    }

    private void Unrecognised(OuchVenueCounter counter, ReadOnlySpan<byte> text, bool apply)
    {
        Counters.Increment(counter);
        BeginFor(VenueReportKind.Unrecognised, apply, 0);
        _report.Text.Set(text);
        Deliver();
    }
}
