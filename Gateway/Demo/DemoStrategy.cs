using System.Diagnostics;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Metrics;
using Serilog;

namespace Gateway.Demo;

/// <summary>
/// The demo's "strategy": an agent on the initiator engine's thread that sends NewOrderSingles at a steady rate
/// once logged on, and the initiator's application that matches the ExecutionReports to its orders. The round trip
/// (order sent → New ack received) goes into a <see cref="LatencyRecorder"/> the reporter reads; the latest fill into
/// <see cref="LastFill"/>. Nothing on the order path allocates or logs.
/// </summary>
public sealed class DemoStrategy : IAgent, IFixApplication
{
    /// <summary>Orders in flight the strategy can match (a power of two); older ones are forgotten.</summary>
    private const int Slots = 1 << 16;

    private const byte Sent = 1;
    private const byte Acked = 2;
    private const byte Filled = 3;

    private readonly ILogger _log;
    private readonly long _limit;
    private readonly long _intervalTicks;
    private readonly long[] _slotClOrdId = new long[Slots];
    private readonly long[] _slotSentAt = new long[Slots];
    private readonly byte[] _slotState = new byte[Slots];
    private readonly ManualResetEventSlim _allFilled = new();
    private FixSession? _session;
    private long _nextSendAt;
    private long _sent;
    private long _acks;
    private long _fills;
    private long _rejects;
    private long _unmatched;

    /// <param name="limit">Orders to send in all; <see cref="long.MaxValue"/> to go on until stopped.</param>
    public DemoStrategy(int ordersPerSecond, long limit, ILogger log)
    {
        _log = log;
        _limit = limit;
        _intervalTicks = Math.Max(1, Stopwatch.Frequency / ordersPerSecond);
    }

    public string RoleName => "demo-strategy";

    public LatencyRecorder RoundTrips { get; } = new();

    public LastFill LastFill { get; } = new();

    public long OrdersSent => Volatile.Read(ref _sent);

    public long Acks => Volatile.Read(ref _acks);

    public long Fills => Volatile.Read(ref _fills);

    /// <summary>Orders refused: rejected ExecutionReports, BusinessMessageRejects, session Rejects.</summary>
    public long Rejects => Volatile.Read(ref _rejects);

    /// <summary>Reports for orders the strategy does not know (or no longer remembers).</summary>
    public long Unmatched => Volatile.Read(ref _unmatched);

    /// <summary>Set once every one of a limited run's orders has its fill.</summary>
    public WaitHandle AllFilled => _allFilled.WaitHandle;

    /// <summary>Sends the next order when it is due. Engine thread.</summary>
    public int DoWork()
    {
        if (_session is not { IsLoggedOn: true } session || _sent >= _limit)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        if (now < _nextSendAt)
        {
            return 0;
        }

        var clOrdId = _sent + 1;
        var order = new DemoOrderBody(
            clOrdId,
            DemoInstruments.SymbolOf(clOrdId),
            DemoInstruments.SideOf(clOrdId),
            DemoInstruments.QuantityOf(clOrdId),
            DemoInstruments.PriceOf(clOrdId),
            session.NowNanos);
        var slot = (int)(clOrdId & (Slots - 1));
        _slotClOrdId[slot] = clOrdId;
        _slotState[slot] = Sent;
        _slotSentAt[slot] = Stopwatch.GetTimestamp();
        if (session.TrySend("D"u8, ref order) != FixSendStatus.Sent)
        {
            _slotState[slot] = 0;
            return 0; // back-pressure or logged out: try again next duty cycle
        }

        Volatile.Write(ref _sent, clOrdId);

        // A steady rate: after a stall (a long GC, a descheduled thread) carry on from now instead of bursting.
        _nextSendAt = Math.Max(_nextSendAt + _intervalTicks, now - (_intervalTicks * 10));
        return 1;
    }

    public void OnCreate(FixSession session) => _session = session;

    public void OnLogon(FixSession session)
    {
        _nextSendAt = Stopwatch.GetTimestamp();
        _log.Information("Strategy logged on to the venue as {Session}", session.Id.ToString());
    }

    public void OnLogout(FixSession session) =>
        _log.Information("Strategy logged out ({Session})", session.Id.ToString());

    public FixAppResult FromAdmin(FixSession session, in FixMessage message)
    {
        if (message.MsgType == MsgTypes.Reject)
        {
            Interlocked.Increment(ref _rejects);
        }

        return FixAppResult.Accepted;
    }

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        var received = Stopwatch.GetTimestamp();
        if (message.MsgType == MsgTypes.BusinessMessageReject)
        {
            Interlocked.Increment(ref _rejects);
            return FixAppResult.Accepted;
        }

        if (message.MsgType != MsgTypes.ExecutionReport)
        {
            return FixAppResult.UnsupportedMessageType;
        }

        if (!message.TryGetLong(11, out var clOrdId) || !message.TryGetChar(150, out var execType))
        {
            Interlocked.Increment(ref _unmatched);
            return FixAppResult.Accepted;
        }

        var slot = (int)(clOrdId & (Slots - 1));
        if (_slotClOrdId[slot] != clOrdId || _slotState[slot] == 0)
        {
            Interlocked.Increment(ref _unmatched);
            return FixAppResult.Accepted;
        }

        switch (execType)
        {
            case '0':
                OnAck(slot, received);
                break;
            case 'F':
                OnFill(slot, clOrdId, in message);
                break;
            case '8':
                Interlocked.Increment(ref _rejects);
                break;
        }

        return FixAppResult.Accepted;
    }

    private void OnAck(int slot, long received)
    {
        if (_slotState[slot] != Sent)
        {
            return;
        }

        _slotState[slot] = Acked;
        RoundTrips.Record(ToNanos(received - _slotSentAt[slot]));
        Volatile.Write(ref _acks, _acks + 1);
    }

    private void OnFill(int slot, long clOrdId, in FixMessage message)
    {
        if (_slotState[slot] == Filled)
        {
            return;
        }

        _slotState[slot] = Filled;
        var fills = _fills + 1;
        Volatile.Write(ref _fills, fills);
        message.TryGetValue(55, out var symbol);
        message.TryGetChar(54, out var side);
        message.TryGetDecimal(32, out var lastQty);
        message.TryGetDecimal(31, out var lastPx);
        LastFill.Write(fills, clOrdId, symbol, side, lastQty, lastPx);
        if (fills == _limit)
        {
            _allFilled.Set();
        }
    }

    private static long ToNanos(long stopwatchTicks) =>
        Stopwatch.Frequency == 1_000_000_000 ? stopwatchTicks : (long)(stopwatchTicks * (1e9 / Stopwatch.Frequency));
}
