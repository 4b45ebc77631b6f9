using Gateway.Sessions.Fix.Codec;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// The fields a venue adapter takes from a NewOrderSingle, read in place (spans into the frame, no strings):
/// what the parse+validate figure includes and what the round trip's acceptor reads before it answers.
/// </summary>
public readonly ref struct NewOrder
{
    public ReadOnlySpan<byte> ClOrdId { get; init; }

    public ReadOnlySpan<byte> Account { get; init; }

    public ReadOnlySpan<byte> Symbol { get; init; }

    public ReadOnlySpan<byte> SecurityId { get; init; }

    /// <summary>PartyID (448) of the first party, the order's originating trader.</summary>
    public ReadOnlySpan<byte> Trader { get; init; }

    public char Side { get; init; }

    public char OrdType { get; init; }

    public char TimeInForce { get; init; }

    public FixDecimal Quantity { get; init; }

    public FixDecimal Price { get; init; }

    public long TransactTimeNanos { get; init; }

    /// <summary>Reads the order; false if a field the adapter needs is missing or malformed.</summary>
    public static bool TryRead(in FixMessage msg, out NewOrder order)
    {
        var ok = msg.TryGetValue(11, out var clOrdId)
            & msg.TryGetValue(1, out var account)
            & msg.TryGetValue(55, out var symbol)
            & msg.TryGetValue(48, out var securityId)
            & msg.TryGetValue(448, out var trader)
            & msg.TryGetChar(54, out var side)
            & msg.TryGetChar(40, out var ordType)
            & msg.TryGetChar(59, out var timeInForce)
            & msg.TryGetDecimal(38, out var quantity)
            & msg.TryGetDecimal(44, out var price)
            & msg.TryGetTimestamp(60, out var transactTime);
        order = new NewOrder
        {
            ClOrdId = clOrdId,
            Account = account,
            Symbol = symbol,
            SecurityId = securityId,
            Trader = trader,
            Side = side,
            OrdType = ordType,
            TimeInForce = timeInForce,
            Quantity = quantity,
            Price = price,
            TransactTimeNanos = transactTime,
        };
        return ok;
    }
}
