using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// The acceptor's answer to a <see cref="NewOrder"/>: one ExecutionReport (35=8) with the fields FIX 4.4 requires,
/// echoing the order's ClOrdID, instrument, side and quantity.
/// <code>
/// 37=OrderID|11=ClOrdID|17=ExecID|150=ExecType|39=OrdStatus|55=Symbol|54=Side|38=OrderQty|44=Price|
/// 151=LeavesQty|14=CumQty|6=AvgPx|60=TransactTime|
/// </code>
/// </summary>
public readonly ref struct ExecutionReportBody : IFixBody
{
    private readonly NewOrder _order;
    private readonly long _orderId;
    private readonly long _execId;
    private readonly long _transactTimeNanos;

    public ExecutionReportBody(in NewOrder order, long orderId, long execId, long transactTimeNanos)
    {
        _order = order;
        _orderId = orderId;
        _execId = execId;
        _transactTimeNanos = transactTimeNanos;
    }

    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    /// <summary>A New ack (150=0, 39=0): nothing filled yet.</summary>
    public void WriteBody(ref FixWriter writer)
    {
        writer.Add(37, _orderId);
        writer.Add(11, _order.ClOrdId);
        writer.Add(17, _execId);
        writer.Add(150, '0');
        writer.Add(39, '0');
        writer.Add(55, _order.Symbol);
        writer.Add(54, _order.Side);
        writer.Add(38, _order.Quantity);
        writer.Add(44, _order.Price);
        writer.Add(151, _order.Quantity);
        writer.Add(14, 0L);
        writer.Add(6, 0L);
        writer.AddTimestamp(60, _transactTimeNanos, TimestampPrecision.Millis);
    }
}
