using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks.Admin;

/// <summary>
/// The admin side of the risk engine (its proxy): any thread may call it. Each call validates on the caller's
/// thread (bad input throws <see cref="ArgumentException"/> here, never on the risk thread), queues a command,
/// and returns its number; the risk thread applies it before its next order. <see cref="WaitUntilApplied"/>
/// waits for that, for callers that must know.
/// </summary>
public sealed class RiskAdmin
{
    private readonly RiskCommandQueue _queue;
    private readonly RiskCapacity _capacity;

    internal RiskAdmin(RiskCommandQueue queue, RiskCapacity capacity)
    {
        _queue = queue;
        _capacity = capacity;
    }

    /// <summary>Commands the risk thread has applied so far.</summary>
    public long Applied => _queue.Applied;

    /// <summary>Replaces every limit (a reloaded file). Usage, positions, kill switches and throttle history stay.</summary>
    public long SetLimits(RiskLimits limits)
    {
        RiskLimitsValidator.Validate(limits);
        if (limits.Capacity != _capacity)
        {
            throw new ArgumentException("Capacity changes need a restart of the risk engine.", nameof(limits));
        }

        return Send(new RiskCommand(RiskCommandKind.SetLimits, Payload: limits));
    }

    public long SetStrategyLimits(StrategyLimits limits)
    {
        RiskLimitsValidator.Validate(limits, _capacity);
        return Send(new RiskCommand(RiskCommandKind.SetStrategy, limits.Id, Payload: limits));
    }

    public long SetAccountLimits(AccountLimits limits)
    {
        RiskLimitsValidator.Validate(limits, _capacity);
        return Send(new RiskCommand(RiskCommandKind.SetAccount, limits.Id, Payload: limits));
    }

    public long SetInstrumentLimits(InstrumentLimits limits)
    {
        RiskLimitsValidator.Validate(limits, _capacity);
        return Send(new RiskCommand(RiskCommandKind.SetInstrument, limits.Id, Payload: limits));
    }

    public long SetVenueLimits(VenueLimits limits)
    {
        RiskLimitsValidator.Validate(limits, _capacity);
        return Send(new RiskCommand(RiskCommandKind.SetVenue, limits.Id, Payload: limits));
    }

    /// <summary>
    /// Stops (or resumes) new orders: all, one strategy's, or one venue's. Orders already open stay open: the
    /// pipeline's order book cancels them (<see cref="RiskEngine.ForEachOpenOrder{TVisitor}"/> lists them too).
    /// </summary>
    public long SetKillSwitch(KillSwitchLevel level, int id, bool on)
    {
        var max = level switch
        {
            KillSwitchLevel.Strategy => _capacity.MaxStrategies,
            KillSwitchLevel.Venue => _capacity.MaxVenues,
            _ => 1,
        };
        if ((uint)id >= (uint)max)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, $"No {level} {id} within the capacity.");
        }

        return Send(new RiskCommand(RiskCommandKind.KillSwitch, id, On: on, Level: level));
    }

    /// <summary>The static reference price of the price collar (e.g. the previous close, or from market data).</summary>
    public long SetReferencePrice(int instrumentId, decimal price)
    {
        CheckId(instrumentId, _capacity.MaxInstruments, nameof(instrumentId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        return Send(new RiskCommand(RiskCommandKind.SetReferencePrice, instrumentId, Value: Price.FromDecimal(price)));
    }

    /// <summary>An account's filled position in an instrument (start-of-day positions, corrections).</summary>
    public long SetPosition(int accountId, int instrumentId, long position)
    {
        CheckId(accountId, _capacity.MaxAccounts, nameof(accountId));
        CheckId(instrumentId, _capacity.MaxInstruments, nameof(instrumentId));
        return Send(new RiskCommand(RiskCommandKind.SetPosition, accountId, instrumentId, position));
    }

    /// <summary>Forgets today's filled notional of every strategy and account (open orders still count).</summary>
    public long ResetDailyUsage() => Send(new RiskCommand(RiskCommandKind.ResetDailyUsage));

    /// <summary>Forgets the message history of every throttle.</summary>
    public long ResetThrottles() => Send(new RiskCommand(RiskCommandKind.ResetThrottles));

    /// <summary>
    /// Waits (cold, on the admin's thread) until the risk thread has applied command <paramref name="number"/>:
    /// spins briefly, since the risk thread applies commands between orders, then yields and sleeps.
    /// </summary>
    public void WaitUntilApplied(long number, CancellationToken cancellationToken)
    {
        var wait = default(SpinWait);
        while (_queue.Applied < number)
        {
            cancellationToken.ThrowIfCancellationRequested();
            wait.SpinOnce();
        }
    }

    private long Send(in RiskCommand command) => _queue.Enqueue(command);

    private static void CheckId(int id, int max, string name)
    {
        if ((uint)id >= (uint)max)
        {
            throw new ArgumentOutOfRangeException(name, id, $"Outside the capacity 0..{max - 1}.");
        }
    }
}
