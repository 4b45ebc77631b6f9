namespace Gateway.RiskChecks.Orders;

/// <summary>Which way an order trades. A short sale is a sell that counts against the short position limit too.</summary>
public enum Side : byte
{
    Buy = 1,
    Sell = 2,
    SellShort = 3,
}

public enum OrderType : byte
{
    Limit = 1,

    /// <summary>No limit price: notional is valued at the instrument's reference price; no price collar.</summary>
    Market = 2,
}

public enum TimeInForce : byte
{
    Day = 0,
    GoodTillCancel = 1,
    ImmediateOrCancel = 2,
    FillOrKill = 3,
}
