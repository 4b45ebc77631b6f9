namespace Gateway.Simulators.Matching;

/// <summary>
/// An order as it enters the engine. Prices are fixed-point with <see cref="Prices.ImpliedDecimals"/> implied
/// decimals (ignored for market orders); quantities are whole units.
/// </summary>
public struct NewOrder
{
    public int Symbol;

    /// <summary>Who the order belongs to (a session index); negative owners are the engine's market makers.</summary>
    public int Owner;

    /// <summary>The owner's handle for the order, reported back with every event (the FIX venue's record slot).</summary>
    public long ClientRef;

    public MatchSide Side;
    public MatchOrderType Type;
    public MatchTimeInForce TimeInForce;
    public long Quantity;
    public long Price;
}

/// <summary>The gateway's price convention: longs with 8 implied decimals (190.00 is 19_000_000_000).</summary>
public static class Prices
{
    public const int ImpliedDecimals = 8;
    public const long One = 100_000_000L;

    /// <summary>Cold path (configuration, tests): a decimal price to fixed point, truncating beyond 8 decimals.</summary>
    public static long FromDecimal(decimal price) => (long)(price * One);

    public static decimal ToDecimal(long price) => (decimal)price / One;
}
