namespace Gateway.Venues.Orders;

// Same numeric values as Gateway.Api.Protocol and Gateway.RiskChecks.Orders: the gateway maps them with a cast.

public enum Side : byte
{
    Buy = 1,
    Sell = 2,
    SellShort = 3,
}

public enum OrderType : byte
{
    Limit = 1,
    Market = 2,
}

public enum TimeInForce : byte
{
    Day = 0,
    GoodTillCancel = 1,
    ImmediateOrCancel = 2,
    FillOrKill = 3,
}
