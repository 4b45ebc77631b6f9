using Gateway.Journal;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.Routing;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Time;

namespace Gateway.Pipeline;

/// <summary>
/// The order thread: the only owner of the order book, the risk engine's state and the journal. It takes the
/// inbound ring's strategy commands and venue reports in order, checks risk, journals every change before acting on
/// it, and hands venue requests and strategy messages to the outbound ring. Pinned to a CPU, busy-spinning; nothing
/// here allocates, locks, logs or throws on the order path.
/// </summary>
/// <remarks>
/// Files: <c>.Strategy</c> commands from strategies · <c>.Venue</c> venue reports · <c>.Notices</c> messages to
/// strategies · <c>.Admin</c> kill switch and mass cancels from the console · <c>.Recovery</c> journal replay.
/// </remarks>
public sealed partial class OrderProcessor : IAgent
{
    /// <summary>Journal record type of an <see cref="OrderRecord"/> snapshot.</summary>
    public const ushort OrderRecordType = 1;

    private const int MaxPerDutyCycle = 256;

    private readonly RingConsumer<InboundEvent> _inbound;
    private readonly OutboundProxy _out;
    private readonly RiskEngine _risk;
    private readonly OrderBook _book;
    private readonly OrderJournal _journal;
    private readonly RoutingTable _routes;
    private readonly IEpochClock _clock;
    private readonly PipelineAdmin _admin;
    private readonly bool _cancelOnDisconnect;
    private readonly bool[] _venueUp;
    private readonly bool[] _strategyLoggedIn;
    private InboundHandler _handler;
    private long _now;

    /// <summary>The reason strategies are given for a refusal that comes through the state machine: the venue's, unless the gateway made it.</summary>
    private Api.Protocol.RejectReason _refusalReason = Api.Protocol.RejectReason.VenueRejected;

    public OrderProcessor(OrderProcessorOptions options)
    {
        _inbound = options.Inbound;
        _out = options.Outbound;
        _risk = options.Risk;
        _book = options.Book;
        _journal = options.Journal;
        _routes = options.Routes;
        _clock = options.Clock;
        _admin = options.Admin;
        _cancelOnDisconnect = options.CancelOnDisconnect;
        _venueUp = new bool[options.MaxVenues];
        _strategyLoggedIn = new bool[options.MaxStrategies];
        _handler = new InboundHandler(this);
    }

    public string RoleName => "order-thread";

    public OrderProcessorCounters Counters { get; } = new();

    public OrderBook Book => _book;

    public RiskEngine Risk => _risk;

    public int DoWork()
    {
        _now = _clock.NowNanos();
        var work = _risk.Poll(_now);
        if (!_admin.IsEmpty)
        {
            work += ApplyAdminCommands();
        }

        return work + _inbound.Poll(ref _handler, MaxPerDutyCycle);
    }

    private void Handle(ref InboundEvent entry)
    {
        _now = _clock.NowNanos();
        switch (entry.Kind)
        {
            case InboundKind.NewOrder:
                OnNewOrder(entry.StrategyId, in entry.NewOrder, entry.ReceivedTicks);
                break;
            case InboundKind.CancelOrder:
                OnCancelOrder(entry.StrategyId, in entry.Cancel, entry.ReceivedTicks);
                break;
            case InboundKind.ReplaceOrder:
                OnReplaceOrder(entry.StrategyId, in entry.Replace, entry.ReceivedTicks);
                break;
            case InboundKind.MassCancel:
                OnMassCancel(entry.StrategyId, in entry.MassCancel);
                break;
            case InboundKind.ClientLoggedIn:
                OnClientLoggedIn(entry.StrategyId);
                break;
            case InboundKind.ClientDisconnected:
                OnClientDisconnected(entry.StrategyId);
                break;
            case InboundKind.VenueReport:
                OnVenueReport(ref entry.Report);
                break;
            case InboundKind.VenueSendFailed:
                OnVenueSendFailed(ref entry.Report, entry.SendResult);
                break;
            default:
                Counters.UnknownInbound.Increment();
                break;
        }
    }

    /// <summary>Appends the record's current state; false when the journal cannot take it (disk full, closed).</summary>
    private bool Journal(int index)
    {
        if (_journal.TryAppend(OrderRecordType, in _book[index]))
        {
            return true;
        }

        Counters.JournalFailures.Increment();
        return false;
    }

    private readonly struct InboundHandler(OrderProcessor processor) : IEventHandler<InboundEvent>
    {
        public void OnEvent(ref InboundEvent entry, long sequence, bool endOfBatch) => processor.Handle(ref entry);
    }
}
