namespace Gateway.RiskChecks;

/// <summary>What an order event did to the engine's state. Anything but <see cref="Applied"/> is counted.</summary>
public enum LifecycleResult : byte
{
    Applied = 0,

    /// <summary>No open order with that strategy and client order id (already done, or never passed here).</summary>
    UnknownOrder = 1,

    /// <summary>A fill for more than the order had left: applied to the position in full, the order closed.</summary>
    Overfill = 2,

    /// <summary>A fill with a quantity or price that is not positive: ignored.</summary>
    InvalidFill = 3,

    /// <summary>A replace answer for an order without a replace pending: ignored.</summary>
    NoPendingReplace = 4,
}
