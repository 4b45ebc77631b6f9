using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Simulators.Fix;

/// <summary>
/// ExecutionReport (35=8) as each FIX version expects it.
/// <code>
/// 37=OrderID|11=ClOrdID|[41=OrigClOrdID|]17=ExecID|[20=0 (4.2)|]150=ExecType|39=OrdStatus|55=Symbol|54=Side|
/// 38=OrderQty|40=OrdType|[44=Price|][32=LastQty|31=LastPx|]151=LeavesQty|14=CumQty|6=AvgPx|60=TransactTime|[58=Text|]
/// </code>
/// ExecType: 0 New, 4 Canceled, 5 Replaced, 8 Rejected; a trade is F from FIX 4.3 on (FIX 4.4, FIXT.1.1/5.0SP2)
/// and 1 (partial) or 2 (fill) in FIX 4.2, which also carries ExecTransType (20=0) and calls 32 LastShares.
/// </summary>
internal readonly ref struct ExecutionReportBody : IFixBody
{
    private readonly ref readonly OutboundReport _report;
    private readonly bool _fix42;

    public ExecutionReportBody(ref readonly OutboundReport report, bool fix42)
    {
        _report = ref report;
        _fix42 = fix42;
    }

    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public void WriteBody(ref FixWriter writer)
    {
        ref readonly var r = ref _report;
        WriteOrderId(ref writer, r.OrderId);
        writer.Add(11, r.ClOrdId.Span);
        if (r.OrigClOrdId.Length > 0)
        {
            writer.Add(41, r.OrigClOrdId.Span);
        }

        writer.Add(17, r.ExecId);
        var execType = r.ExecType;
        if (_fix42)
        {
            writer.Add(20, '0');
            if (execType == 'F')
            {
                execType = r.LeavesQty == 0 ? '2' : '1';
            }
        }

        writer.Add(150, execType);
        writer.Add(39, r.OrdStatus);
        writer.Add(55, r.Symbol.Span);
        writer.Add(54, r.Side);
        writer.Add(38, r.OrderQty);
        writer.Add(40, r.OrdType);
        if (r.Price > 0)
        {
            writer.Add(44, FixPrices.ToWire(r.Price));
        }

        if (r.LastQty > 0)
        {
            writer.Add(32, r.LastQty);
            writer.Add(31, FixPrices.ToWire(r.LastPx));
        }

        writer.Add(151, r.LeavesQty);
        writer.Add(14, r.CumQty);
        writer.Add(6, FixPrices.ToWire(r.AvgPx));
        writer.AddTimestamp(60, r.TransactTime, TimestampPrecision.Millis);
        if (r.Text is { } text)
        {
            writer.Add(58, text);
        }
    }

    /// <summary>OrderID (37): the venue's id, or NONE for an order it never accepted.</summary>
    public static void WriteOrderId(ref FixWriter writer, long orderId)
    {
        if (orderId > 0)
        {
            writer.Add(37, orderId);
        }
        else
        {
            writer.Add(37, "NONE"u8);
        }
    }
}
