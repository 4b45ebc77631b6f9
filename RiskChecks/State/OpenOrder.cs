using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks.State;

/// <summary>Where an order the engine has passed stands: sent and not acknowledged, or working at the venue.</summary>
public enum OrderState : byte
{
    PendingNew = 1,
    Open = 2,
}

/// <summary>
/// An order the engine passed and that is not done: what it reserved against the limits, so that fills,
/// cancels and replaces can move exactly that back. Quantities in whole units, prices fixed-point.
/// </summary>
public struct OpenOrder
{
    public int StrategyId;
    public long ClientOrderId;
    public int AccountId;
    public int InstrumentId;
    public int VenueId;
    public Side Side;
    public OrderState State;

    public long OrderQuantity;
    public long CumulativeQuantity;

    /// <summary>The limit price, or for a market order the reference price it was valued at.</summary>
    public long Price;

    /// <summary>A replace sent and not yet answered (0 quantity: none). Until answered, the larger exposure counts.</summary>
    public long PendingClientOrderId;
    public long PendingQuantity;
    public long PendingPrice;

    /// <summary>Quantity and notional counted in the usage now (open quantity of the position, open notional).</summary>
    public long ReservedQuantity;
    public long ReservedNotional;

    /// <summary>The slot of the (account, instrument) position.</summary>
    public int PositionSlot;

    public readonly bool HasPendingReplace => PendingQuantity > 0;

    public readonly long LeavesQuantity => Math.Max(0, OrderQuantity - CumulativeQuantity);
}
