using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

public enum OutboundKind : byte
{
    ExecutionReport = 0,
    OrderCancelReject = 1,
}

/// <summary>
/// One message the venue will send, as plain data: built from a matching event, sent at once or after the
/// configured latency from the delay queue, and written by <see cref="ExecutionReportBody"/> or
/// <see cref="CancelRejectBody"/>. Prices have 8 implied decimals; OrderId 0 is written as "NONE".
/// </summary>
internal struct OutboundReport
{
    public OutboundKind Kind;
    public int Session;
    public long DueNanos;
    public long OrderId;
    public long ExecId;
    public char ExecType;
    public char OrdStatus;
    public char Side;
    public char OrdType;
    public InlineText ClOrdId;
    public InlineText OrigClOrdId;
    public InlineText Symbol;
    public long OrderQty;
    public long Price;
    public long LastQty;
    public long LastPx;
    public long LeavesQty;
    public long CumQty;
    public long AvgPx;
    public long TransactTime;
    public byte[]? Text;

    /// <summary>OrderCancelReject: CxlRejResponseTo (434): '1' cancel, '2' replace.</summary>
    public char ResponseTo;

    /// <summary>OrderCancelReject: CxlRejReason (102): 0 too late, 1 unknown order, 99 other.</summary>
    public int CxlRejReason;

    public static char SideChar(MatchSide side) => side == MatchSide.Buy ? '1' : '2';
}
