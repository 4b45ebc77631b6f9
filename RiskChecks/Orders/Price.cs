namespace Gateway.RiskChecks.Orders;

/// <summary>
/// Fixed-point prices and notionals: a long with 8 implied decimals (1.5 is 150_000_000). A notional is a price
/// times a whole quantity, so it has the same scale. Arithmetic saturates at <see cref="long.MaxValue"/> instead
/// of overflowing, so a huge order fails its limit check rather than wrapping negative and passing.
/// </summary>
public static class Price
{
    public const long Scale = 100_000_000;

    /// <summary>Price × quantity, saturated at <see cref="long.MaxValue"/>; both are taken as non-negative.</summary>
    public static long Notional(long price, long quantity)
    {
        var product = (Int128)Math.Max(price, 0) * Math.Max(quantity, 0);
        return product > long.MaxValue ? long.MaxValue : (long)product;
    }

    /// <summary>a + b for non-negative amounts, saturated at <see cref="long.MaxValue"/>.</summary>
    public static long AddSaturated(long a, long b)
    {
        var sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? long.MinValue : long.MaxValue) : sum;
    }

    /// <summary>Cold path: a decimal from configuration to fixed-point (throws if it does not fit).</summary>
    public static long FromDecimal(decimal value) => checked((long)decimal.Round(value * Scale, MidpointRounding.ToEven));

    /// <summary>Cold path: fixed-point to decimal, for text and configuration.</summary>
    public static decimal ToDecimal(long value) => (decimal)value / Scale;
}
