using System.Collections.Concurrent;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>
/// The venue behind the FIX sessions: NewOrderSingle, OrderCancelRequest and OrderCancelReplaceRequest onto the
/// matching engine, its events back as ExecutionReports and OrderCancelRejects, plus the test faults. Everything
/// runs on the engine thread; the knobs are read with volatile reads, and admin commands from other threads are
/// queued and run at the end of a duty cycle.
/// </summary>
internal sealed partial class SimulatorApplication : IFixApplication
{
    private readonly MatchingEngine _engine;
    private readonly ClientOrders _orders = new(4096);
    private readonly DelayQueue _delayed = new();
    private readonly VenueCounters _counters = new();
    private readonly List<VenueSession> _sessions = [];
    private readonly ConcurrentQueue<Action> _commands = new();
    private readonly Random _random;
    private OutboundReport _scratch;
    private long _execId;
    private long _now;

    private long _latencyNanos;
    private double _rejectRatio;
    private int _dropAfter;
    private int _gapEvery;
    private int _gapSize;

    public SimulatorApplication(MatchingEngine engine, VenueBehaviour behaviour)
    {
        behaviour.Validate();
        _engine = engine;
        _random = new Random(behaviour.Seed);
        LatencyMicros = behaviour.LatencyMicros;
        RejectRatio = behaviour.RejectRatio;
        DropAfterMessages = behaviour.DropAfterMessages;
        GapEveryMessages = behaviour.GapEveryMessages;
        GapSize = behaviour.GapSize;
    }

    public VenueCounters Counters => _counters;

    public IReadOnlyList<VenueSession> Sessions => _sessions;

    public MatchingEngine Engine => _engine;

    public long LatencyMicros
    {
        get => Volatile.Read(ref _latencyNanos) / 1000;
        set => Volatile.Write(ref _latencyNanos, Math.Max(0, value) * 1000);
    }

    public double RejectRatio
    {
        get => Volatile.Read(ref _rejectRatio);
        set => Volatile.Write(ref _rejectRatio, Math.Clamp(value, 0, 1));
    }

    public int DropAfterMessages
    {
        get => Volatile.Read(ref _dropAfter);
        set => Volatile.Write(ref _dropAfter, Math.Max(0, value));
    }

    public int GapEveryMessages
    {
        get => Volatile.Read(ref _gapEvery);
        set => Volatile.Write(ref _gapEvery, Math.Max(0, value));
    }

    public int GapSize
    {
        get => Volatile.Read(ref _gapSize);
        set => Volatile.Write(ref _gapSize, Math.Max(1, value));
    }

    /// <summary>Runs <paramref name="command"/> on the engine thread at the end of a duty cycle (cold: admin only).</summary>
    public void Post(Action command) => _commands.Enqueue(command);

    public void OnCreate(FixSession session) => _sessions.Add(new VenueSession(session, _sessions.Count));

    public void OnLogon(FixSession session)
    {
        var state = StateOf(session);
        state.Received = 0;
        state.DropPending = false;
    }

    public void OnLogout(FixSession session)
    {
    }

    public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        var state = StateOf(session);
        _now = session.NowNanos;
        FixAppResult result;
        switch (message.MsgType)
        {
            case MsgTypes.NewOrderSingle:
                result = OnNewOrder(state, in message);
                break;
            case MsgTypes.OrderCancelRequest:
                result = OnCancel(state, in message);
                break;
            case MsgTypes.OrderCancelReplaceRequest:
                result = OnReplace(state, in message);
                break;
            default:
                _counters.Unsupport();
                result = FixAppResult.UnsupportedMessageType;
                break;
        }

        var dropAfter = DropAfterMessages;
        if (++state.Received >= dropAfter && dropAfter > 0)
        {
            state.DropPending = true;
        }

        return result;
    }

    /// <summary>The simulator's share of a duty cycle: due reports, pending drops, admin commands.</summary>
    public int DoWork(long nowNanos)
    {
        _now = nowNanos;
        var work = 0;
        while (!_delayed.IsEmpty && _delayed.Head.DueNanos <= nowNanos)
        {
            if (!Send(ref _delayed.Head))
            {
                // The gateway is not reading fast enough: the head waits for the next cycle, and so does what follows.
                break;
            }

            _delayed.Dequeue();
            work++;
        }

        foreach (var state in _sessions)
        {
            if (state.DropPending)
            {
                state.DropPending = false;
                Drop(state);
                work++;
            }
        }

        while (_commands.TryDequeue(out var command))
        {
            command();
            work++;
        }

        return work;
    }

    /// <summary>Closes the session's connection without a Logout (the initiator sees the socket go).</summary>
    public void Drop(VenueSession state)
    {
        if (state.Session.HasConnection)
        {
            state.Session.Disconnect("Simulated connection drop");
            _counters.Drop();
        }
    }

    /// <summary>The next outgoing MsgSeqNum jumps by <paramref name="count"/>: the peer sees a gap and asks for a resend.</summary>
    public void SkipSequenceNumbers(VenueSession state, int count)
    {
        var store = state.Session.Store;
        store.SetNextSenderMsgSeqNum(store.NextSenderMsgSeqNum + count);
        _counters.Gap();
    }

    private VenueSession StateOf(FixSession session)
    {
        foreach (var state in _sessions)
        {
            if (ReferenceEquals(state.Session, session))
            {
                return state;
            }
        }

        throw new InvalidOperationException($"{session.Id} is not a session of this simulator");
    }

    /// <summary>A report to fill in: sent by <see cref="Commit"/> at once, or queued when there is latency to add.</summary>
    private ref OutboundReport Begin(int session, OutboundKind kind)
    {
        var latency = Volatile.Read(ref _latencyNanos);
        ref var report = ref latency > 0 || !_delayed.IsEmpty ? ref _delayed.Enqueue() : ref _scratch;
        report = default;
        report.Kind = kind;
        report.Session = session;
        report.DueNanos = _now + latency;
        report.TransactTime = _now;
        return ref report;
    }

    private void Commit(ref OutboundReport report)
    {
        if (System.Runtime.CompilerServices.Unsafe.AreSame(ref report, ref _scratch) && !Send(ref report))
        {
            // Back-pressured (Begin used the scratch, so the queue is empty): it waits at the head, in order.
            _delayed.Enqueue() = report;
        }
    }

    /// <summary>
    /// Sends the report; returns false when the session is back-pressured (the gateway's receive window is full) and
    /// the report must be sent again later. Dropping it instead would lose it for good: a refused send uses no
    /// MsgSeqNum, so the gateway never sees a gap to ask a resend for.
    /// </summary>
    private bool Send(ref OutboundReport report)
    {
        var state = _sessions[report.Session];
        FixSendStatus status;
        if (report.Kind == OutboundKind.ExecutionReport)
        {
            var body = new ExecutionReportBody(ref report, state.IsFix42);
            status = state.Session.TrySend("8"u8, ref body);
        }
        else
        {
            var body = new CancelRejectBody(ref report, state.IsFix42);
            status = state.Session.TrySend("9"u8, ref body);
        }

        if (status == FixSendStatus.BackPressured)
        {
            _counters.HoldBack();
            return false;
        }

        if (status != FixSendStatus.Sent)
        {
            _counters.SendFailure();
            return true;
        }

        var gapEvery = GapEveryMessages;
        if (++state.Sent % Math.Max(1, gapEvery) == 0 && gapEvery > 0)
        {
            SkipSequenceNumbers(state, GapSize);
        }

        return true;
    }
}
