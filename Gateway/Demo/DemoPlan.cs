using Gateway.Api.Protocol;

namespace Gateway.Demo;

/// <summary>What the sample strategy does with its n-th order: most cross the market maker's quotes and fill; some rest and are canceled or replaced; a few break a risk limit.</summary>
public enum DemoOrderKind : byte
{
    /// <summary>IOC limit across the spread: fills at once.</summary>
    Marketable = 1,

    /// <summary>Day limit away from the market, canceled once the venue has it.</summary>
    RestThenCancel = 2,

    /// <summary>Day limit away from the market, replaced by a marketable price once the venue has it: fills as the replacement.</summary>
    RestThenReplace = 3,

    /// <summary>More than the strategy's maximum order quantity: the gateway's risk check refuses it.</summary>
    TooLarge = 4,
}

/// <summary>The demo's instruments (id, symbol, reference price) and the order mix.</summary>
public static class DemoPlan
{
    public const long PriceScale = 100_000_000;
    public const long Tick = PriceScale / 100;
    public const int Account = 1;
    public const int StrategyId = 1;
    public const string Token = "demo-strategy-token";
    public const long MaxOrderQuantity = 1_000;

    public static readonly (int Id, string Symbol, decimal Reference, int Venue)[] Instruments =
    [
        (0, "AAPL", 190.00m, 0),
        (1, "MSFT", 410.00m, 1),
        (2, "NVDA", 120.00m, 2),
    ];

    public static DemoOrderKind KindOf(long n) => (n % 100) switch
    {
        99 => DemoOrderKind.TooLarge,
        _ => (n % 10) switch
        {
            7 => DemoOrderKind.RestThenCancel,
            8 => DemoOrderKind.RestThenReplace,
            _ => DemoOrderKind.Marketable,
        },
    };

    public static int InstrumentOf(long n) => (int)(n % Instruments.Length);

    public static Side SideOf(long n) => (n / Instruments.Length) % 2 == 0 ? Side.Buy : Side.Sell;

    public static long Reference(int instrument) => (long)(Instruments[instrument].Reference * PriceScale);

    /// <summary>Five ticks through the reference: crosses the market maker's quotes (five levels, one tick apart).</summary>
    public static long MarketablePrice(int instrument, Side side) =>
        Reference(instrument) + (side == Side.Buy ? 5 * Tick : -5 * Tick);

    /// <summary>Twenty ticks away from the reference on the passive side: rests.</summary>
    public static long PassivePrice(int instrument, Side side) =>
        Reference(instrument) + (side == Side.Buy ? -20 * Tick : 20 * Tick);

    public static long QuantityOf(long n) => 10 + (n * 37 % 90);
}
