using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Demo;

/// <summary>
/// The strategy's FIX 4.4 NewOrderSingle: a day limit order.
/// <code>
/// 11=ClOrdID|1=DEMO|21=1|55=Symbol|54=Side|60=TransactTime|38=OrderQty|40=2|44=Price|59=0|
/// </code>
/// </summary>
public readonly ref struct DemoOrderBody(long clOrdId, ReadOnlySpan<byte> symbol, char side, long quantity, FixDecimal price, long transactTimeNanos)
    : IFixBody
{
    private readonly ReadOnlySpan<byte> _symbol = symbol;

    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public void WriteBody(ref FixWriter writer)
    {
        writer.Add(11, clOrdId);
        writer.Add(1, "DEMO"u8);
        writer.Add(21, '1');
        writer.Add(55, _symbol);
        writer.Add(54, side);
        writer.AddTimestamp(60, transactTimeNanos, TimestampPrecision.Millis);
        writer.Add(38, quantity);
        writer.Add(40, '2');
        writer.Add(44, price);
        writer.Add(59, '0');
    }
}
