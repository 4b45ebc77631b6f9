using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Simulators.Fix;

/// <summary>
/// OrderCancelReject (35=9), the same in every version but for CxlRejReason 99, which FIX 4.2 lacks.
/// <code>
/// 37=OrderID|11=ClOrdID|41=OrigClOrdID|39=OrdStatus|434=CxlRejResponseTo|102=CxlRejReason|58=Text|
/// </code>
/// </summary>
internal readonly ref struct CancelRejectBody : IFixBody
{
    private readonly ref readonly OutboundReport _report;
    private readonly bool _fix42;

    public CancelRejectBody(ref readonly OutboundReport report, bool fix42)
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
        ExecutionReportBody.WriteOrderId(ref writer, r.OrderId);
        writer.Add(11, r.ClOrdId.Span);
        writer.Add(41, r.OrigClOrdId.Span);
        writer.Add(39, r.OrdStatus);
        writer.Add(434, r.ResponseTo);
        // FIX 4.2 has no 99 (Other): 2 (Broker/Exchange option) stands in for it.
        writer.Add(102, _fix42 && r.CxlRejReason == 99 ? 2 : r.CxlRejReason);
        if (r.Text is { } text)
        {
            writer.Add(58, text);
        }
    }
}
