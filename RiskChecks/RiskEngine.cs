using System.Runtime.CompilerServices;
using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;
using Gateway.RiskChecks.State;
using Gateway.RiskChecks.Usage;

namespace Gateway.RiskChecks;

/// <summary>
/// The pre-trade risk engine. One thread (the risk thread, usually pinned) calls every method of this class:
/// it owns all usage state, so nothing is locked. Other threads change limits through <see cref="Admin"/> (a
/// command queue the risk thread drains between orders) and read counters through <see cref="Usage"/>.
/// <para>
/// Order path: <see cref="Check"/> a new order. Passing reserves its worst case at once (open order, open
/// quantity of the position, notional, message rate, client order id), so the next order already sees it.
/// Then report what the venue did: <see cref="OnAccepted"/>, <see cref="OnFilled"/>, <see cref="OnCanceled"/> /
/// <see cref="OnRejected"/> / <see cref="OnExpired"/> (release what is left), and for replaces
/// <see cref="CheckReplace"/>, then <see cref="OnReplaced"/> or <see cref="OnReplaceRejected"/>.
/// </para>
/// <para>
/// No allocation, lock, string or exception on these paths; time is the caller's <c>nowNanos</c> (UTC epoch
/// nanoseconds, read once per duty cycle). Applying an admin command may allocate (a bigger id set, a new
/// throttle): that happens between orders and only when limits change.
/// </para>
/// </summary>
public sealed partial class RiskEngine
{
    private readonly RiskCapacity _capacity;
    private readonly StrategyState[] _strategies;
    private readonly AccountState[] _accounts;
    private readonly InstrumentState[] _instruments;
    private readonly VenueState[] _venues;
    private readonly OpenOrderTable _orders;
    private readonly PositionTable _positions;
    private readonly RiskCommandQueue _commands = new();
    private readonly RiskCounters _counters = new();
    private bool _globalKill;
    private TimeSpan _dayStartUtc;
    private TradingDay _day = new(long.MinValue, long.MinValue);
    private bool _dayStartMoved;

    public RiskEngine(RiskLimits limits)
    {
        RiskLimitsValidator.Validate(limits);
        _capacity = limits.Capacity;
        _strategies = new StrategyState[_capacity.MaxStrategies];
        _accounts = new AccountState[_capacity.MaxAccounts];
        _instruments = new InstrumentState[_capacity.MaxInstruments];
        _venues = new VenueState[_capacity.MaxVenues];
        _orders = new OpenOrderTable(_capacity.MaxOpenOrders);
        _positions = new PositionTable(_capacity.MaxPositions);
        ApplyLimits(limits);
        Admin = new RiskAdmin(_commands, _capacity);
        Usage = new RiskUsageView(this);
    }

    /// <summary>For any thread: changes limits and switches through commands.</summary>
    public RiskAdmin Admin { get; }

    /// <summary>For any thread: counters and usage, read without locks.</summary>
    public RiskUsageView Usage { get; }

    /// <summary>
    /// Checks a new order against every limit and, if it passes, reserves its worst case. A reject names the
    /// check, the limit and the value that failed it; nothing is reserved then.
    /// </summary>
    public RiskResult Check(in RiskOrder order, long nowNanos)
    {
        Prepare(nowNanos);
        var result = EvaluateNew(in order, nowNanos, out var valuation, out var notional);
        if (result.Passed)
        {
            ReserveNew(in order, nowNanos, valuation);
        }

        Count(result, order.StrategyId);
        return result;
    }

    /// <summary>
    /// Duty cycle without orders: applies pending admin commands and rolls the trading day over. Returns the
    /// work done (commands applied). The risk agent calls it every cycle so that commands apply when idle.
    /// </summary>
    public int Poll(long nowNanos)
    {
        var before = _commands.Applied;
        Prepare(nowNanos);
        return (int)(_commands.Applied - before);
    }

    /// <summary>Risk thread: every open order, to the visitor (kill switch, cancel on disconnect, cross-checks).</summary>
    public void ForEachOpenOrder<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IOpenOrderVisitor
    {
        for (var slot = 0; slot < _orders.SlotCount; slot++)
        {
            if (_orders.IsUsed(slot))
            {
                visitor.Visit(in _orders[slot]);
            }
        }
    }

    public int OpenOrderCount => _orders.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Prepare(long nowNanos)
    {
        if (_commands.HasPending || nowNanos >= _day.NextStartNanos)
        {
            PrepareSlow(nowNanos);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PrepareSlow(long nowNanos)
    {
        while (_commands.TryDequeue(out var command))
        {
            Apply(in command);
            _commands.MarkApplied();
        }

        if (nowNanos >= _day.NextStartNanos)
        {
            StartTradingDay(nowNanos);
        }
    }

    /// <summary>A new trading day: filled notional starts from zero; client order ids of open orders stay used.</summary>
    private void StartTradingDay(long nowNanos)
    {
        var sameDay = _day.StartNanos == long.MinValue || _dayStartMoved;
        _dayStartMoved = false;
        _day = TradingDay.Containing(nowNanos, _dayStartUtc);
        Volatile.Write(ref _counters.TradingDayStartNanos, _day.StartNanos);
        if (sameDay)
        {
            return;
        }

        ClearFilledNotional();
        foreach (ref var strategy in _strategies.AsSpan())
        {
            strategy.ClientOrderIds?.Clear();
        }

        for (var slot = 0; slot < _orders.SlotCount; slot++)
        {
            if (_orders.IsUsed(slot))
            {
                ref var order = ref _orders[slot];
                var ids = _strategies[order.StrategyId].ClientOrderIds;
                ids?.Add(order.ClientOrderId);
                if (order.HasPendingReplace)
                {
                    ids?.Add(order.PendingClientOrderId);
                }
            }
        }
    }

    private void ClearFilledNotional()
    {
        foreach (ref var strategy in _strategies.AsSpan())
        {
            Volatile.Write(ref strategy.Usage.FilledNotional, 0);
        }

        foreach (ref var account in _accounts.AsSpan())
        {
            Volatile.Write(ref account.Usage.FilledNotional, 0);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Count(in RiskResult result, int strategyId)
    {
        _counters.Checks++;
        var known = (uint)strategyId < (uint)_strategies.Length;
        if (known)
        {
            _strategies[strategyId].Usage.Checked++;
        }

        if (result.Rejected)
        {
            _counters.RejectsByCheck[(int)result.Check]++;
            if (known)
            {
                _strategies[strategyId].Usage.Rejected++;
            }
        }
    }
}
