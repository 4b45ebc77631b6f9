using Gateway.Sessions.Fix.Codec;

namespace Gateway.Demo;

/// <summary>What the venue reads from a NewOrderSingle, in place (spans into the frame, valid during the callback).</summary>
public readonly ref struct VenueOrder
{
    public ReadOnlySpan<byte> ClOrdId { get; init; }

    public ReadOnlySpan<byte> Symbol { get; init; }

    public char Side { get; init; }

    public FixDecimal Quantity { get; init; }

    public FixDecimal Price { get; init; }

    public static bool TryRead(in FixMessage msg, out VenueOrder order)
    {
        var ok = msg.TryGetValue(11, out var clOrdId)
            & msg.TryGetValue(55, out var symbol)
            & msg.TryGetChar(54, out var side)
            & msg.TryGetDecimal(38, out var quantity)
            & msg.TryGetDecimal(44, out var price);
        order = new VenueOrder { ClOrdId = clOrdId, Symbol = symbol, Side = side, Quantity = quantity, Price = price };
        return ok;
    }
}
