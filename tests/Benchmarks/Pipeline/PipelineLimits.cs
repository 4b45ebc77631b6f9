using Gateway.RiskChecks.Config;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// One strategy, account, instrument and venue with every risk check on and limits generous enough that a run of
/// orders never trips one: no order is closed during the run (no venue answers), so open orders, credit and
/// position exposure only grow, and the capacities are sized for the whole run.
/// </summary>
internal static class PipelineLimits
{
    public const int Strategy = 1;
    public const int Account = 7;
    public const int Instrument = 42;
    public const int Venue = 0;
    public const string Symbol = "VOD.L";
    public const long Price = 10_050_000_000L; // 100.50
    public const decimal ReferencePrice = 100m;

    public static RiskLimits For(int orders) => new()
    {
        Capacity = new RiskCapacity
        {
            MaxStrategies = 16,
            MaxAccounts = 64,
            MaxInstruments = 1024,
            MaxVenues = 16,
            MaxOpenOrders = orders,
            MaxPositions = 1024,
            ClientOrderIdsPerStrategy = orders,
        },
        Strategies =
        [
            new StrategyLimits
            {
                Id = Strategy,
                Accounts = [Account],
                Venues = [Venue],
                MaxOrderQuantity = 1_000,
                MaxOrderNotional = 1_000_000m,
                MaxOpenOrders = orders,
                MaxDailyNotional = 10_000_000_000m,
                MessageRate = new MessageRateLimit(1_000_000, TimeSpan.FromMilliseconds(100)),
            },
        ],
        Accounts = [new AccountLimits { Id = Account, CreditLimit = 10_000_000_000m }],
        Instruments =
        [
            new InstrumentLimits
            {
                Id = Instrument,
                MaxOrderQuantity = 1_000,
                MaxOrderNotional = 1_000_000m,
                MaxLongPosition = 1_000_000_000_000,
                MaxShortPosition = 1_000_000_000_000,
                ReferencePrice = ReferencePrice,
                CollarPercent = 10m,
            },
        ],
        Venues = [new VenueLimits { Id = Venue, MessageRate = new MessageRateLimit(1_000_000, TimeSpan.FromMilliseconds(100)) }],
    };
}
