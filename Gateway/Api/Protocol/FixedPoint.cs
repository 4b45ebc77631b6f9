namespace Gateway.Api.Protocol;

/// <summary>Prices on the wire: a long with 8 implied decimals (1.5 is 150_000_000). Quantities are whole units.</summary>
public static class FixedPoint
{
    public const int Decimals = 8;

    public const long Scale = 100_000_000;

    /// <summary>Cold path / display: exact for any price with at most 8 decimals.</summary>
    public static long FromDecimal(decimal price) => (long)decimal.Round(price * Scale, MidpointRounding.AwayFromZero);

    public static decimal ToDecimal(long price) => (decimal)price / Scale;
}
