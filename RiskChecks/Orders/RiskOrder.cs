namespace Gateway.RiskChecks.Orders;

/// <summary>
/// An order as the risk engine sees it: ids and numbers only, whatever protocol it came in or goes out on.
/// Ids are small non-negative integers (array indexes) given by configuration; <see cref="ClientOrderId"/> is
/// unique per strategy. <see cref="Quantity"/> is in whole units; <see cref="Price"/> is fixed-point with
/// <see cref="Orders.Price.Scale"/> (8 implied decimals), ignored for market orders.
/// </summary>
public readonly record struct RiskOrder(
    int StrategyId,
    int AccountId,
    int InstrumentId,
    int VenueId,
    Side Side,
    OrderType Type,
    TimeInForce TimeInForce,
    long Quantity,
    long Price,
    long ClientOrderId)
{
    public bool IsBuy => Side == Side.Buy;
}
