using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>
/// One venue over one FIX session: <see cref="VenueRequest"/>s out as D/F/G in the session's dialect, the venue's
/// ExecutionReports, OrderCancelRejects and rejects back as <see cref="VenueReport"/>s to the sink. All calls on the
/// session's engine thread. The session is attached by <see cref="FixVenueApplication"/> when the engine builds it;
/// until then the adapter is not connected.
/// </summary>
public sealed class FixVenueAdapter : IVenueAdapter
{
    private readonly FixVenueTables _tables;
    private readonly IVenueReportSink _sink;
    private readonly SentRequestRing _sent = new();
    private FixSession? _session;
    private FixDialect _dialect;
    private char _handlInst;
    private TimestampPrecision _precision;

    public FixVenueAdapter(FixVenueOptions options, IVenueReportSink sink)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        Options = options;
        _sink = sink;
        _tables = new FixVenueTables(options);
        _dialect = FixDialects.Of(options.SessionId);
    }

    public FixVenueOptions Options { get; }

    public int VenueId => Options.VenueId;

    public string Name => Options.Name;

    /// <summary>The venue's session, once the engine has built it.</summary>
    public FixSession? Session => _session;

    public FixDialect Dialect => _dialect;

    public FixVenueCounters Counters { get; } = new();

    public bool IsLoggedOn => _session is { IsLoggedOn: true };

    /// <inheritdoc />
    /// <remarks>
    /// Invalid: an instrument without a symbol, a side/order type/time in force FIX cannot carry, a message too large
    /// for the session. A store failure (I/O) answers BackPressured: nothing was sent, the request can be retried.
    /// </remarks>
    public VenueSendResult TrySend(in VenueRequest request)
    {
        if (_session is not { } session)
        {
            Counters.Increment(FixVenueCounter.SendsNotConnected);
            return VenueSendResult.NotConnected;
        }

        var msgType = FixRequestCodes.MsgTypeOf(request.Kind);
        var fields = default(FixOrderFields);
        if (msgType.IsEmpty || !TryLookUp(in request, ref fields))
        {
            Counters.Increment(FixVenueCounter.InvalidRequests);
            return VenueSendResult.Invalid;
        }

        var seqNum = session.NextSenderMsgSeqNum;
        var body = new FixOrderBody(in request, in fields);
        var status = session.TrySend(msgType, ref body);
        switch (status)
        {
            case FixSendStatus.Sent:
                _sent.Add(seqNum, in request);
                Counters.Increment(FixVenueCounter.RequestsSent);
                return VenueSendResult.Sent;
            case FixSendStatus.BackPressured:
                Counters.Increment(FixVenueCounter.SendsBackPressured);
                return VenueSendResult.BackPressured;
            case FixSendStatus.StoreFailed:
                Counters.Increment(FixVenueCounter.StoreFailures);
                return VenueSendResult.BackPressured;
            case FixSendStatus.NotLoggedOn:
                Counters.Increment(FixVenueCounter.SendsNotConnected);
                return VenueSendResult.NotConnected;
            default:
                Counters.Increment(FixVenueCounter.InvalidRequests);
                return VenueSendResult.Invalid;
        }
    }

    /// <inheritdoc />
    /// <remarks>Reads every message in the session's store (cold: allocates).</remarks>
    public bool HasSent(long clOrdId)
    {
        var store = RequireSession().Store;
        var stored = new List<StoredMessage>();
        store.Get(1, 0, stored);
        var fields = new FixFieldTable();
        foreach (var message in stored)
        {
            fields.Scan(message.Frame);
            var view = new FixMessage(message.Frame, fields);
            if (view.MsgType is MsgTypes.NewOrderSingle or MsgTypes.OrderCancelRequest or MsgTypes.OrderCancelReplaceRequest
                && view.TryGetValue(11, out var value)
                && FixReportDecoder.TryParseClOrdId(value, out var id)
                && id == clOrdId)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Lowers the store's next expected MsgSeqNum to <paramref name="lastAppliedSequence"/> + 1 when it is higher: on
    /// logon the venue's next number is then too high and the session asks for the rest with a ResendRequest; the
    /// replayed reports come with PossDupFlag. Never raises it (that would skip messages). Throws when the session
    /// is not built yet or already logged on (a wiring bug).
    /// </remarks>
    public void ResumeFromVenueSequence(long lastAppliedSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastAppliedSequence);
        var session = RequireSession();
        if (session.IsLoggedOn)
        {
            throw new InvalidOperationException($"{Name}: ResumeFromVenueSequence must be called before the session logs on");
        }

        var store = session.Store;
        if (lastAppliedSequence + 1 < store.NextTargetMsgSeqNum)
        {
            store.SetNextTargetMsgSeqNum((int)(lastAppliedSequence + 1));
        }
    }

    public override string ToString() => $"{Name} ({VenueId}) on {Options.SessionId}";

    /// <summary>The engine built the venue's session (cold).</summary>
    internal void Attach(FixSession session)
    {
        _session = session;
        _dialect = FixDialects.Of(session.Id, session.Settings.DefaultApplVerId);
        _precision = session.Settings.TimestampPrecision;
        // 4.2 requires HandlInst on D and G; 4.4 carries it unless configured off; FIX 5.0 does without.
        _handlInst = _dialect switch
        {
            FixDialect.Fix42 => Options.HandlInst == '\0' ? '1' : Options.HandlInst,
            FixDialect.Fix44 => Options.HandlInst,
            _ => '\0',
        };
        _sent.Clear();
    }

    internal void OnLogon()
    {
        // Sequence numbers went back (a reset): the ring's entries name other messages now.
        if (_session is { } session && session.NextSenderMsgSeqNum <= _sent.Highest)
        {
            _sent.Clear();
        }

        Deliver(SessionEvent(VenueReportKind.SessionUp));
    }

    internal void OnLogout() => Deliver(SessionEvent(VenueReportKind.SessionDown));

    internal FixAppResult FromApp(in FixMessage message)
    {
        var report = default(VenueReport);
        report.VenueId = VenueId;
        switch (message.MsgType)
        {
            case MsgTypes.ExecutionReport:
                FixReportDecoder.DecodeExecutionReport(in message, _dialect, ref report);
                break;
            case MsgTypes.OrderCancelReject:
                FixReportDecoder.DecodeCancelReject(in message, ref report);
                break;
            case MsgTypes.BusinessMessageReject:
                if (!DecodeReject(in message, ref report))
                {
                    return FixAppResult.Accepted;
                }

                break;
            default:
                Counters.Increment(FixVenueCounter.UnsupportedMessages);
                return FixAppResult.UnsupportedMessageType;
        }

        Deliver(in report);
        return FixAppResult.Accepted;
    }

    internal void FromAdmin(in FixMessage message)
    {
        if (message.MsgType != MsgTypes.Reject)
        {
            return;
        }

        var report = default(VenueReport);
        report.VenueId = VenueId;
        if (DecodeReject(in message, ref report))
        {
            Deliver(in report);
        }
    }

    private bool DecodeReject(in FixMessage message, ref VenueReport report)
    {
        if (!FixRejectDecoder.Decode(in message, _sent, ref report))
        {
            Counters.Increment(FixVenueCounter.AdminRejectsIgnored);
            return false;
        }

        if (report.Kind != VenueReportKind.Unrecognised)
        {
            Counters.Increment(FixVenueCounter.RejectsMatched);
        }

        return true;
    }

    private bool TryLookUp(in VenueRequest request, ref FixOrderFields fields)
    {
        // An id the venue's reports could not be read back by is a bug upstream: refuse it rather than lose the order.
        if (!FixReportDecoder.IsClOrdId(request.ClOrdId)
            || (request.Kind != VenueRequestKind.NewOrder && !FixReportDecoder.IsClOrdId(request.OrigClOrdId))
            || !_tables.TryGetSymbol(request.InstrumentId, out var symbol))
        {
            return false;
        }

        fields.Symbol = symbol;
        fields.SecurityId = _tables.SecurityIdOf(request.InstrumentId);
        fields.SecurityIdSource = _tables.SecurityIdSource;
        fields.Account = _tables.AccountOf(request.AccountId);
        fields.HandlInst = _handlInst;
        fields.SendOrderId = Options.SendOrderIdOnCancelReplace;
        fields.Precision = _precision;
        fields.Side = FixRequestCodes.SideOf(request.Side);
        if (fields.Side == '\0')
        {
            return false;
        }

        switch (request.Kind)
        {
            case VenueRequestKind.Cancel:
                fields.ExtraTags = _tables.CancelTags;
                return true;
            case VenueRequestKind.NewOrder:
                fields.ExtraTags = _tables.NewOrderTags;
                break;
            default:
                fields.ExtraTags = _tables.ReplaceTags;
                break;
        }

        fields.OrdType = FixRequestCodes.OrdTypeOf(request.OrderType);
        fields.TimeInForce = FixRequestCodes.TimeInForceOf(request.TimeInForce);
        return fields.OrdType != '\0' && fields.TimeInForce != '\0' && request.Quantity > 0;
    }

    private VenueReport SessionEvent(VenueReportKind kind)
    {
        var report = default(VenueReport);
        report.Kind = kind;
        report.VenueId = VenueId;
        return report;
    }

    private void Deliver(in VenueReport report)
    {
        Counters.Increment(FixVenueCounter.ReportsDelivered);
        if (report.Kind == VenueReportKind.Unrecognised)
        {
            Counters.Increment(FixVenueCounter.UnrecognisedReports);
        }

        _sink.OnReport(in report);
    }

    private FixSession RequireSession() =>
        _session ?? throw new InvalidOperationException($"{Name}: the session {Options.SessionId} has not been built yet");
}
