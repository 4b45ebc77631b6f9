using Gateway.Sessions.Fix.Codec;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>Fixed-point prices (8 implied decimals) to and from the wire.</summary>
internal static class FixPrices
{
    /// <summary>The price as FIX writes it, without trailing zeros: 19_001_000_000 is "190.01".</summary>
    public static FixDecimal ToWire(long price)
    {
        var scale = Prices.ImpliedDecimals;
        while (scale > 0 && price % 10 == 0)
        {
            price /= 10;
            scale--;
        }

        return new FixDecimal(price, scale);
    }

    /// <summary>A price field to fixed point; false if absent, malformed or finer than 8 decimals.</summary>
    public static bool TryRead(in FixMessage message, int tag, out long price)
    {
        price = 0;
        return message.TryGetDecimal(tag, out var value) && value.TryToScaled(Prices.ImpliedDecimals, out price);
    }

    /// <summary>A quantity field as whole units; false if absent, malformed or fractional.</summary>
    public static bool TryReadQuantity(in FixMessage message, int tag, out long quantity)
    {
        quantity = 0;
        return message.TryGetDecimal(tag, out var value) && value.TryToScaled(0, out quantity);
    }
}
