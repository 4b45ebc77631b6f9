using Gateway.RiskChecks.Rules;

namespace Gateway.RiskChecks.State;

/// <summary>Counters of one strategy: written by the risk thread, read by the console (each long atomically).</summary>
public struct StrategyUsage
{
    public long OpenOrders;

    /// <summary>Notional reserved by open orders (fixed-point).</summary>
    public long OpenNotional;

    /// <summary>Notional filled in the current trading day (fixed-point).</summary>
    public long FilledNotional;

    public long Checked;
    public long Rejected;

    public readonly long DailyNotional => OpenNotional + FilledNotional;
}

/// <summary>Counters of one account's credit use.</summary>
public struct AccountUsage
{
    public long OpenNotional;
    public long FilledNotional;

    public readonly long DailyNotional => OpenNotional + FilledNotional;
}

/// <summary>One strategy's limits and what it uses of them. Risk thread only, apart from <see cref="Usage"/>.</summary>
internal struct StrategyState
{
    public StrategyRule Rule;
    public bool Killed;
    public SlidingWindowThrottle? Throttle;
    public ClientOrderIdSet? ClientOrderIds;
    public StrategyUsage Usage;
}

internal struct AccountState
{
    public AccountRule Rule;
    public AccountUsage Usage;
}

internal struct InstrumentState
{
    public InstrumentRule Rule;

    /// <summary>Configured or set by command (fixed-point); 0: none.</summary>
    public long StaticReference;

    /// <summary>The last fill's price; 0: no fill yet.</summary>
    public long LastTrade;

    public readonly long ReferencePrice => Rule.ReferenceIsLastTrade && LastTrade > 0 ? LastTrade : StaticReference;
}

internal struct VenueState
{
    public bool Killed;
    public SlidingWindowThrottle? Throttle;
}
