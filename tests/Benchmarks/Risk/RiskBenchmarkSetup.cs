using Gateway.RiskChecks;
using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;

namespace Gateway.Benchmarks.Risk;

/// <summary>
/// An engine with every check on (entitlements, quantity, notional, collar, duplicate id, open orders,
/// position, daily notional, credit, strategy and venue rates) and a stream of orders that all pass.
/// Client order ids are unique per trading day, so every 2^20 orders the clock moves to the next day (outside
/// any timed region) and the id sets start afresh.
/// </summary>
internal sealed class RiskBenchmarkSetup
{
    public const int Strategy = 1;
    public const int OrdersPerDay = 1 << 20;
    private const long DayNanos = 86_400_000_000_000L;

    private long _nextId;

    public RiskBenchmarkSetup()
    {
        Engine = new RiskEngine(Limits());
        NowNanos = 1_772_409_600_000_000_000L;
    }

    public RiskEngine Engine { get; }

    public long NowNanos { get; private set; }

    /// <summary>The next order; every 2^20 orders, first a new trading day (not timed).</summary>
    public RiskOrder NextOrder()
    {
        var id = ++_nextId;
        if ((id & (OrdersPerDay - 1)) == 0)
        {
            NowNanos += DayNanos;
            Engine.Poll(NowNanos);
        }
        else
        {
            NowNanos += 1_000; // 1 µs apart: a million orders a second, at the rate limits
        }

        return new RiskOrder(Strategy, AccountId: 7, InstrumentId: 42, VenueId: 0, (id & 1) == 0 ? Side.Buy : Side.Sell,
            OrderType.Limit, TimeInForce.Day, Quantity: 10 + (id & 7), Price: 10_050_000_000L, ClientOrderId: id);
    }

    private static RiskLimits Limits() => new()
    {
        Capacity = new RiskCapacity
        {
            MaxStrategies = 64,
            MaxAccounts = 1024,
            MaxInstruments = 65536,
            MaxVenues = 16,
            MaxOpenOrders = 65536,
            MaxPositions = 65536,
            ClientOrderIdsPerStrategy = OrdersPerDay,
        },
        Strategies =
        [
            new StrategyLimits
            {
                Id = Strategy,
                Accounts = [7],
                Venues = [0],
                MaxOrderQuantity = 1_000,
                MaxOrderNotional = 1_000_000m,
                MaxOpenOrders = 1_000,
                MaxDailyNotional = 10_000_000_000m,
                MessageRate = new MessageRateLimit(1_000_000, TimeSpan.FromSeconds(1)),
            },
        ],
        Accounts = [new AccountLimits { Id = 7, CreditLimit = 10_000_000_000m }],
        Instruments =
        [
            new InstrumentLimits
            {
                Id = 42,
                MaxOrderQuantity = 1_000,
                MaxOrderNotional = 1_000_000m,
                MaxLongPosition = 10_000_000,
                MaxShortPosition = 10_000_000,
                ReferencePrice = 100m,
                CollarPercent = 10m,
            },
        ],
        Venues = [new VenueLimits { Id = 0, MessageRate = new MessageRateLimit(1_000_000, TimeSpan.FromSeconds(1)) }],
    };
}
