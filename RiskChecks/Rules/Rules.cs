using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks.Rules;

/// <summary>
/// Limits compiled from the configuration records into what the check reads: fixed-point longs, bitmaps, and
/// <see cref="long.MaxValue"/> for a limit that is off. Built on the risk thread when a command is applied.
/// </summary>
internal struct StrategyRule
{
    public bool Configured;
    public long MaxOrderQuantity;
    public long MaxOrderNotional;
    public long MaxOpenOrders;
    public long MaxDailyNotional;
    public IdBits Accounts;
    public IdBits Venues;

    public static StrategyRule From(StrategyLimits limits, RiskCapacity capacity) => new()
    {
        Configured = true,
        MaxOrderQuantity = limits.MaxOrderQuantity ?? long.MaxValue,
        MaxOrderNotional = Limit.Amount(limits.MaxOrderNotional),
        MaxOpenOrders = limits.MaxOpenOrders ?? long.MaxValue,
        MaxDailyNotional = Limit.Amount(limits.MaxDailyNotional),
        Accounts = new IdBits(limits.Accounts, capacity.MaxAccounts),
        Venues = new IdBits(limits.Venues, capacity.MaxVenues),
    };
}

internal struct AccountRule
{
    public long CreditLimit;

    public static AccountRule Unlimited => new() { CreditLimit = long.MaxValue };

    public static AccountRule From(AccountLimits limits) => new() { CreditLimit = Limit.Amount(limits.CreditLimit) };
}

internal struct InstrumentRule
{
    /// <summary>Collar percentages are held in parts per <see cref="CollarScale"/> (six decimals of a percent).</summary>
    public const long CollarScale = 100_000_000;

    public bool Configured;
    public bool Restricted;
    public bool ReferenceIsLastTrade;
    public long MaxOrderQuantity;
    public long MaxOrderNotional;
    public long MaxLongPosition;
    public long MaxShortPosition;

    /// <summary>The collar as a fraction of the reference price (parts per <see cref="CollarScale"/>); 0: none.</summary>
    public long CollarFraction;

    /// <summary>The collar as a fixed-point price distance (ticks × tick size); 0: none.</summary>
    public long CollarWidth;

    public static InstrumentRule From(InstrumentLimits limits) => new()
    {
        Configured = true,
        Restricted = limits.Restricted,
        ReferenceIsLastTrade = limits.ReferenceSource == ReferencePriceSource.LastTrade,
        MaxOrderQuantity = limits.MaxOrderQuantity ?? long.MaxValue,
        MaxOrderNotional = Limit.Amount(limits.MaxOrderNotional),
        MaxLongPosition = limits.MaxLongPosition ?? long.MaxValue,
        MaxShortPosition = limits.MaxShortPosition ?? long.MaxValue,
        CollarFraction = limits.CollarPercent is { } percent ? (long)(percent / 100 * CollarScale) : 0,
        CollarWidth = limits.CollarTicks is { } ticks && limits.TickSize is { } tick ? Price.FromDecimal(ticks * tick) : 0,
    };

    public readonly bool HasCollar => CollarFraction > 0 || CollarWidth > 0;

    /// <summary>How far from <paramref name="reference"/> a limit price may be.</summary>
    public readonly long CollarBand(long reference) => CollarWidth > 0
        ? CollarWidth
        : (long)((Int128)reference * CollarFraction / CollarScale);
}

internal static class Limit
{
    public static long Amount(decimal? amount) => amount is { } value ? Price.FromDecimal(value) : long.MaxValue;
}
