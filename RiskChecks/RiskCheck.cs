namespace Gateway.RiskChecks;

/// <summary>
/// The check an order failed, named in every reject with the limit and the value it had. Ids are stable: they
/// index the reject counters the console and metrics read.
/// </summary>
public enum RiskCheck : byte
{
    /// <summary>No check failed: the order passed.</summary>
    None = 0,

    // Kill switches: new orders stop; open orders are for the caller to cancel.
    GlobalKillSwitch = 1,
    StrategyKillSwitch = 2,
    VenueKillSwitch = 3,

    // Who may send what where.
    UnknownStrategy = 10,
    UnknownInstrument = 11,
    AccountNotEntitled = 12,
    VenueNotEntitled = 13,
    RestrictedInstrument = 14,

    // The order itself.
    InvalidQuantity = 20,
    InvalidPrice = 21,
    DuplicateClientOrderId = 22,
    StrategyMaxOrderQuantity = 23,
    InstrumentMaxOrderQuantity = 24,
    StrategyMaxOrderNotional = 25,
    InstrumentMaxOrderNotional = 26,
    PriceCollar = 27,
    NoReferencePrice = 28,

    // Usage.
    MaxOpenOrders = 30,
    MaxLongPosition = 31,
    MaxShortPosition = 32,
    StrategyDailyNotional = 33,
    AccountCreditLimit = 34,
    StrategyMessageRate = 35,
    VenueMessageRate = 36,

    // Replaces.
    UnknownOrder = 40,
    ReplacePending = 41,
    ReplaceMismatch = 42,

    // Capacity of the engine's own tables (configuration): never a crash, a reject.
    ClientOrderIdCapacity = 50,
    OrderTableFull = 51,
    PositionTableFull = 52,
}
