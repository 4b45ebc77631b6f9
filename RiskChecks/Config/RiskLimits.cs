namespace Gateway.RiskChecks.Config;

/// <summary>
/// Every limit of the risk engine, as configured (JSON through <see cref="RiskLimitsJson"/>, or built in code).
/// Immutable: a change is a new instance (<c>limits with { ... }</c>) sent to the engine through
/// <see cref="Admin.RiskAdmin"/>. Amounts are decimals here and fixed-point inside the engine. A limit left
/// null is off. Ids are array indexes: below the matching <see cref="RiskCapacity"/> maximum.
/// </summary>
public sealed record RiskLimits
{
    public RiskCapacity Capacity { get; init; } = new();

    /// <summary>UTC time of day at which a trading day starts and daily usage resets.</summary>
    public TimeSpan TradingDayStartUtc { get; init; } = TimeSpan.Zero;

    public IReadOnlyList<StrategyLimits> Strategies { get; init; } = [];

    public IReadOnlyList<AccountLimits> Accounts { get; init; } = [];

    public IReadOnlyList<InstrumentLimits> Instruments { get; init; } = [];

    public IReadOnlyList<VenueLimits> Venues { get; init; } = [];
}

/// <summary>Sizes of the engine's tables, fixed at start (changing them needs a restart).</summary>
public sealed record RiskCapacity
{
    public int MaxStrategies { get; init; } = 256;

    public int MaxAccounts { get; init; } = 4096;

    public int MaxInstruments { get; init; } = 65536;

    public int MaxVenues { get; init; } = 64;

    /// <summary>Open orders of all strategies together.</summary>
    public int MaxOpenOrders { get; init; } = 65536;

    /// <summary>(account, instrument) pairs with a position or open orders.</summary>
    public int MaxPositions { get; init; } = 65536;

    /// <summary>Client order ids a strategy may use in one trading day, unless the strategy says otherwise.</summary>
    public int ClientOrderIdsPerStrategy { get; init; } = 65536;
}

/// <summary>What one strategy may do: where it may send, how big, how many, how fast.</summary>
public sealed record StrategyLimits
{
    public required int Id { get; init; }

    /// <summary>Accounts the strategy may trade for.</summary>
    public IReadOnlyList<int> Accounts { get; init; } = [];

    /// <summary>Venues the strategy may send to.</summary>
    public IReadOnlyList<int> Venues { get; init; } = [];

    public long? MaxOrderQuantity { get; init; }

    public decimal? MaxOrderNotional { get; init; }

    public int? MaxOpenOrders { get; init; }

    /// <summary>Gross notional per trading day: filled today plus open orders, both sides.</summary>
    public decimal? MaxDailyNotional { get; init; }

    /// <summary>New orders and replaces.</summary>
    public MessageRateLimit? MessageRate { get; init; }

    /// <summary>Client order ids per trading day; the capacity's default if null.</summary>
    public int? ClientOrderIdCapacity { get; init; }
}

/// <summary>The account's credit: gross notional per trading day (filled plus open, both sides).</summary>
public sealed record AccountLimits
{
    public required int Id { get; init; }

    public decimal? CreditLimit { get; init; }
}

public enum ReferencePriceSource
{
    /// <summary>The configured <see cref="InstrumentLimits.ReferencePrice"/> (or one set by a command).</summary>
    Static = 0,

    /// <summary>The last fill seen, the configured price until the first fill.</summary>
    LastTrade = 1,
}

/// <summary>Per-instrument limits; position limits apply to each account's position in the instrument.</summary>
public sealed record InstrumentLimits
{
    public required int Id { get; init; }

    /// <summary>No new orders at all.</summary>
    public bool Restricted { get; init; }

    public long? MaxOrderQuantity { get; init; }

    public decimal? MaxOrderNotional { get; init; }

    /// <summary>Worst-case long position: filled position plus every open buy.</summary>
    public long? MaxLongPosition { get; init; }

    /// <summary>Worst-case short position (a positive number): every open sell filled.</summary>
    public long? MaxShortPosition { get; init; }

    public decimal? ReferencePrice { get; init; }

    public ReferencePriceSource ReferenceSource { get; init; } = ReferencePriceSource.Static;

    /// <summary>Limit prices more than this percentage away from the reference price are rejected.</summary>
    public decimal? CollarPercent { get; init; }

    /// <summary>Or: more than this many ticks of <see cref="TickSize"/> away.</summary>
    public int? CollarTicks { get; init; }

    public decimal? TickSize { get; init; }
}

public sealed record VenueLimits
{
    public required int Id { get; init; }

    /// <summary>New orders and replaces to the venue, all strategies together.</summary>
    public MessageRateLimit? MessageRate { get; init; }
}

/// <summary>At most <see cref="MaxMessages"/> in any <see cref="Window"/>.</summary>
public sealed record MessageRateLimit(int MaxMessages, TimeSpan Window);
