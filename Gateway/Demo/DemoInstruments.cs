using Gateway.Sessions.Fix.Codec;

namespace Gateway.Demo;

/// <summary>What the demo strategy trades: a few symbols around fixed prices, sides and sizes varying by order.</summary>
public static class DemoInstruments
{
    private static readonly byte[][] Symbols = ["MSFT"u8.ToArray(), "AAPL"u8.ToArray(), "NVDA"u8.ToArray(), "AMZN"u8.ToArray()];

    /// <summary>Reference prices in cents.</summary>
    private static readonly long[] Cents = [41_235, 22_710, 13_255, 18_640];

    public static ReadOnlySpan<byte> SymbolOf(long order) => Symbols[order % Symbols.Length];

    public static char SideOf(long order) => order % 2 == 0 ? '1' : '2';

    public static long QuantityOf(long order) => 100 * (1 + (order % 10));

    public static FixDecimal PriceOf(long order) => new(Cents[order % Cents.Length] + (order % 21) - 10, 2);
}
