using Gateway.Sessions.Fix.Codec;

namespace Gateway.Venues.Fix;

/// <summary>Prices cross the adapter as longs with 8 implied decimals (the gateway's unit) and FIX decimals on the wire.</summary>
internal static class FixPrices
{
    public const int ImpliedDecimals = 8;

    /// <summary>12345000000 → 123.45, 100000000 → 1, 1 → 0.00000001, 0 → 0 (no trailing zeros: peers compare text).</summary>
    public static FixDecimal ToFix(long price) => new FixDecimal(price, ImpliedDecimals).Normalize();

    /// <summary>Exact conversion; false when the venue's price has more than 8 decimals or does not fit.</summary>
    public static bool TryFromFix(FixDecimal value, out long price) => value.TryToScaled(ImpliedDecimals, out price);
}
