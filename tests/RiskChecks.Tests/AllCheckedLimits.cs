using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks.Tests;

/// <summary>Limits with every check on, loose enough that a steady stream of orders passes them all.</summary>
internal static class AllCheckedLimits
{
    public static RiskLimits Create() => new()
    {
        Capacity = RiskTestKit.SmallCapacity with { ClientOrderIdsPerStrategy = 1 << 20, MaxOpenOrders = 1024 },
        Strategies =
        [
            RiskTestKit.BaseStrategy with
            {
                MaxOrderQuantity = 1_000,
                MaxOrderNotional = 1_000_000m,
                MaxOpenOrders = 100,
                MaxDailyNotional = 10_000_000_000m,
                MessageRate = new MessageRateLimit(1_000_000, TimeSpan.FromSeconds(1)),
            },
        ],
        Accounts = [new AccountLimits { Id = RiskTestKit.Account, CreditLimit = 10_000_000_000m }],
        Instruments =
        [
            RiskTestKit.BaseInstrument with
            {
                MaxOrderQuantity = 1_000,
                MaxOrderNotional = 1_000_000m,
                MaxLongPosition = 1_000_000,
                MaxShortPosition = 1_000_000,
                CollarPercent = 10m,
            },
        ],
        Venues = [new VenueLimits { Id = RiskTestKit.Venue, MessageRate = new MessageRateLimit(1_000_000, TimeSpan.FromSeconds(1)) }],
    };

    public static RiskOrder Order(long clientOrderId, Side side = Side.Buy) =>
        new(RiskTestKit.Strategy, RiskTestKit.Account, RiskTestKit.Instrument, RiskTestKit.Venue, side, OrderType.Limit,
            TimeInForce.Day, 10, Price.FromDecimal(100.5m), clientOrderId);
}
