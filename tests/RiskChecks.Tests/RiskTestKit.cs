using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks.Tests;

/// <summary>
/// Small limits with one strategy (1), one account (7), one venue (0) and one instrument (42), every limit off:
/// a test turns on the one it is about, so each check is seen alone.
/// </summary>
internal static class RiskTestKit
{
    public const int Strategy = 1;
    public const int Account = 7;
    public const int Venue = 0;
    public const int Instrument = 42;
    public const long Second = 1_000_000_000L;

    /// <summary>2026-03-02 00:00:00 UTC, a Monday.</summary>
    public const long Monday = 1_772_409_600L * Second;

    public static readonly RiskCapacity SmallCapacity = new()
    {
        MaxStrategies = 8,
        MaxAccounts = 16,
        MaxInstruments = 128,
        MaxVenues = 4,
        MaxOpenOrders = 64,
        MaxPositions = 64,
        ClientOrderIdsPerStrategy = 1024,
    };

    public static StrategyLimits BaseStrategy => new() { Id = Strategy, Accounts = [Account], Venues = [Venue] };

    public static InstrumentLimits BaseInstrument => new() { Id = Instrument, ReferencePrice = 100m };

    public static RiskEngine Engine(
        StrategyLimits? strategy = null,
        InstrumentLimits? instrument = null,
        AccountLimits? account = null,
        VenueLimits? venue = null,
        RiskCapacity? capacity = null,
        TimeSpan dayStart = default) =>
        new(new RiskLimits
        {
            Capacity = capacity ?? SmallCapacity,
            TradingDayStartUtc = dayStart,
            Strategies = [strategy ?? BaseStrategy],
            Instruments = [instrument ?? BaseInstrument],
            Accounts = account is null ? [] : [account],
            Venues = venue is null ? [] : [venue],
        });

    private static long _nextId = 1;

    public static RiskOrder Buy(long quantity, decimal price, long? clientOrderId = null) =>
        Order(Side.Buy, quantity, price, clientOrderId);

    public static RiskOrder Sell(long quantity, decimal price, long? clientOrderId = null) =>
        Order(Side.Sell, quantity, price, clientOrderId);

    public static RiskOrder Order(Side side, long quantity, decimal price, long? clientOrderId = null) =>
        new(Strategy, Account, Instrument, Venue, side, OrderType.Limit, TimeInForce.Day, quantity, Price.FromDecimal(price),
            clientOrderId ?? Interlocked.Increment(ref _nextId));

    public static long Px(decimal price) => Price.FromDecimal(price);

    /// <summary>Risk thread side of a command in a single-threaded test: apply what the admin queued.</summary>
    public static void ApplyCommands(this RiskEngine engine, long nowNanos = Monday) => engine.Poll(nowNanos);
}
