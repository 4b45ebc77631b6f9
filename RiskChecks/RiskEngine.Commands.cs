using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Rules;
using Gateway.RiskChecks.State;

namespace Gateway.RiskChecks;

/// <summary>Admin commands, applied on the risk thread between orders.</summary>
public sealed partial class RiskEngine
{
    private void Apply(in RiskCommand command)
    {
        switch (command.Kind)
        {
            case RiskCommandKind.SetLimits:
                ApplyLimits((RiskLimits)command.Payload!);
                break;
            case RiskCommandKind.SetStrategy:
                ApplyStrategy((StrategyLimits)command.Payload!);
                break;
            case RiskCommandKind.SetAccount:
                _accounts[command.Id].Rule = AccountRule.From((AccountLimits)command.Payload!);
                break;
            case RiskCommandKind.SetInstrument:
                ApplyInstrument((InstrumentLimits)command.Payload!);
                break;
            case RiskCommandKind.SetVenue:
                ApplyVenue((VenueLimits)command.Payload!);
                break;
            case RiskCommandKind.KillSwitch:
                SetKillSwitch(command.Level, command.Id, command.On);
                break;
            case RiskCommandKind.SetReferencePrice:
                _instruments[command.Id].StaticReference = command.Value;
                break;
            case RiskCommandKind.SetPosition:
                SetPosition(command.Id, command.Id2, command.Value);
                break;
            case RiskCommandKind.ResetDailyUsage:
                ClearFilledNotional();
                break;
            case RiskCommandKind.ResetThrottles:
                ResetThrottles();
                break;
        }
    }

    /// <summary>All limits anew: what the new limits leave out is no longer configured (its usage stays).</summary>
    private void ApplyLimits(RiskLimits limits)
    {
        if (limits.TradingDayStartUtc != _dayStartUtc)
        {
            // Recompute the day's bounds at the next order, keeping today's usage.
            _dayStartUtc = limits.TradingDayStartUtc;
            _dayStartMoved = true;
            _day = _day with { NextStartNanos = long.MinValue };
        }

        foreach (ref var strategy in _strategies.AsSpan())
        {
            strategy.Rule = default;
        }

        foreach (ref var account in _accounts.AsSpan())
        {
            account.Rule = AccountRule.Unlimited;
        }

        foreach (ref var instrument in _instruments.AsSpan())
        {
            instrument.Rule = default;
        }

        foreach (ref var venue in _venues.AsSpan())
        {
            venue.Throttle = null;
        }

        foreach (var strategy in limits.Strategies)
        {
            ApplyStrategy(strategy);
        }

        foreach (var account in limits.Accounts)
        {
            _accounts[account.Id].Rule = AccountRule.From(account);
        }

        foreach (var instrument in limits.Instruments)
        {
            ApplyInstrument(instrument);
        }

        foreach (var venue in limits.Venues)
        {
            ApplyVenue(venue);
        }
    }

    private void ApplyStrategy(StrategyLimits limits)
    {
        ref var strategy = ref _strategies[limits.Id];
        strategy.Rule = StrategyRule.From(limits, _capacity);
        var idCapacity = limits.ClientOrderIdCapacity ?? _capacity.ClientOrderIdsPerStrategy;
        if (strategy.ClientOrderIds is not { } ids || ids.Capacity != idCapacity)
        {
            var grown = new ClientOrderIdSet(Math.Max(idCapacity, strategy.ClientOrderIds?.Count ?? 0));
            strategy.ClientOrderIds?.CopyTo(grown);
            strategy.ClientOrderIds = grown;
        }

        strategy.Throttle = Throttle(strategy.Throttle, limits.MessageRate);
    }

    private void ApplyInstrument(InstrumentLimits limits)
    {
        ref var instrument = ref _instruments[limits.Id];
        instrument.Rule = InstrumentRule.From(limits);
        if (limits.ReferencePrice is { } reference)
        {
            instrument.StaticReference = Orders.Price.FromDecimal(reference);
        }
    }

    private void ApplyVenue(VenueLimits limits)
    {
        ref var venue = ref _venues[limits.Id];
        venue.Throttle = Throttle(venue.Throttle, limits.MessageRate);
    }

    /// <summary>The throttle for a (new) rate: the same one if unchanged, else a new one with the recent history.</summary>
    private static SlidingWindowThrottle? Throttle(SlidingWindowThrottle? current, MessageRateLimit? rate)
    {
        if (rate is null)
        {
            return null;
        }

        var window = rate.Window.Ticks * 100;
        if (current is not null && current.MaxMessages == rate.MaxMessages && current.WindowNanos == window)
        {
            return current;
        }

        var throttle = new SlidingWindowThrottle(rate.MaxMessages, window);
        if (current is not null)
        {
            throttle.CarryOver(current);
        }

        return throttle;
    }

    private void SetKillSwitch(KillSwitchLevel level, int id, bool on)
    {
        switch (level)
        {
            case KillSwitchLevel.Global:
                _globalKill = on;
                Volatile.Write(ref _counters.GlobalKill, on);
                break;
            case KillSwitchLevel.Strategy:
                _strategies[id].Killed = on;
                break;
            case KillSwitchLevel.Venue:
                _venues[id].Killed = on;
                break;
        }
    }

    private void SetPosition(int accountId, int instrumentId, long position)
    {
        var slot = _positions.FindOrAdd(accountId, instrumentId);
        if (slot < 0)
        {
            _counters.CommandsRefused++;
            return;
        }

        Volatile.Write(ref _positions[slot].Position, position);
    }

    private void ResetThrottles()
    {
        foreach (ref var strategy in _strategies.AsSpan())
        {
            strategy.Throttle?.Reset();
        }

        foreach (ref var venue in _venues.AsSpan())
        {
            venue.Throttle?.Reset();
        }
    }
}
