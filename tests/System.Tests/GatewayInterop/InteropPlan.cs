using Gateway.Api.Protocol;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>The strategies, accounts and instruments every gateway in these tests is configured with.</summary>
internal static class InteropPlan
{
    /// <summary>Strategy 1 trades for account 1, strategy 2 for account 2: the two sides of a cross.</summary>
    public static readonly (int Id, string Token, int Account)[] Strategies =
    [
        (1, "interop-strategy-one", 1),
        (2, "interop-strategy-two", 2),
    ];

    /// <summary>The executor's examples trade MSFT; ordermatch keeps a book per symbol, IBM here.</summary>
    public static readonly (int Id, string Symbol, decimal Reference)[] Instruments =
    [
        (0, "MSFT", 12.5m),
        (1, "IBM", 20.5m),
    ];

    public const int Msft = 0;

    public const int Ibm = 1;

    public const long MaxOrderQuantity = 10_000;

    public static long Price(decimal price) => FixedPoint.FromDecimal(price);
}
