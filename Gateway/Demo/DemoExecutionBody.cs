using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Demo;

/// <summary>
/// The venue's FIX 4.4 ExecutionReport for an order it received: the New ack (150=0, 39=0) or the full fill
/// (150=F, 39=2, with LastQty and LastPx).
/// <code>
/// 37=OrderID|11=ClOrdID|17=ExecID|150=ExecType|39=OrdStatus|55=Symbol|54=Side|38=OrderQty|44=Price|
/// [32=LastQty|31=LastPx|]151=LeavesQty|14=CumQty|6=AvgPx|60=TransactTime|
/// </code>
/// </summary>
public readonly ref struct DemoExecutionBody : IFixBody
{
    private readonly ReadOnlySpan<byte> _clOrdId;
    private readonly ReadOnlySpan<byte> _symbol;
    private readonly char _side;
    private readonly FixDecimal _quantity;
    private readonly FixDecimal _price;
    private readonly long _orderId;
    private readonly long _execId;
    private readonly bool _fill;
    private readonly long _transactTimeNanos;

    private DemoExecutionBody(in VenueOrder order, long orderId, long execId, bool fill, long transactTimeNanos)
    {
        _clOrdId = order.ClOrdId;
        _symbol = order.Symbol;
        _side = order.Side;
        _quantity = order.Quantity;
        _price = order.Price;
        _orderId = orderId;
        _execId = execId;
        _fill = fill;
        _transactTimeNanos = transactTimeNanos;
    }

    public static DemoExecutionBody Ack(in VenueOrder order, long orderId, long execId, long nowNanos) =>
        new(in order, orderId, execId, fill: false, nowNanos);

    public static DemoExecutionBody Fill(in VenueOrder order, long orderId, long execId, long nowNanos) =>
        new(in order, orderId, execId, fill: true, nowNanos);

    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public void WriteBody(ref FixWriter writer)
    {
        writer.Add(37, _orderId);
        writer.Add(11, _clOrdId);
        writer.Add(17, _execId);
        writer.Add(150, _fill ? 'F' : '0');
        writer.Add(39, _fill ? '2' : '0');
        writer.Add(55, _symbol);
        writer.Add(54, _side);
        writer.Add(38, _quantity);
        writer.Add(44, _price);
        if (_fill)
        {
            writer.Add(32, _quantity);
            writer.Add(31, _price);
            writer.Add(151, 0L);
            writer.Add(14, _quantity);
            writer.Add(6, _price);
        }
        else
        {
            writer.Add(151, _quantity);
            writer.Add(14, 0L);
            writer.Add(6, 0L);
        }

        writer.AddTimestamp(60, _transactTimeNanos, TimestampPrecision.Millis);
    }
}
