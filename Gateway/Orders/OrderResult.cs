using Gateway.Api.Protocol;

namespace Gateway.Orders;

/// <summary>What a request or a venue report did to an order.</summary>
public enum OrderAction : byte
{
    None = 0,

    /// <summary>Request taken: send the venue request (<see cref="OrderRequests"/> builds it).</summary>
    Send = 1,

    /// <summary>A cancel of an order with a replace pending: sent once the venue answers the replace (<see cref="OrderResult.FollowUpCancelIndex"/>).</summary>
    Deferred = 2,

    /// <summary>Request refused by the book: <see cref="OrderResult.RefuseReason"/>; nothing changed, nothing to send.</summary>
    Refused = 3,

    Accepted = 10,
    Filled = 11,
    Canceled = 12,
    Replaced = 13,
    Rejected = 14,
    CancelRejected = 15,
    ReplaceRejected = 16,
    Expired = 17,

    /// <summary>A report that changes nothing (<see cref="OrderResult.Ignored"/> says why): counted, not journaled.</summary>
    Ignored = 30,

    /// <summary>A report that contradicts the order (<see cref="OrderResult.Anomaly"/>): counted, nothing changed.</summary>
    Anomaly = 31,
}

/// <summary>What to tell the strategy about <see cref="OrderResult.Index"/>.</summary>
public enum StrategyNotice : byte
{
    None = 0,

    /// <summary>VenueAcceptedMessage.</summary>
    VenueAccepted = 1,

    /// <summary>FillMessage: Quantity/Price this fill, CumQuantity/LeavesQuantity, Final.</summary>
    Fill = 2,

    /// <summary>CanceledMessage: CancelReason, Quantity (what was left).</summary>
    Canceled = 3,

    /// <summary>ReplacedMessage: Index the original, OtherIndex the replacement.</summary>
    Replaced = 4,

    /// <summary>OrderRejectedMessage with the venue's text.</summary>
    OrderRejected = 5,

    /// <summary>CancelRejectedMessage: ForReplace, the venue's text; for a replace OtherIndex is the refused replacement.</summary>
    CancelRejected = 6,
}

/// <summary>
/// What to tell the risk engine, always about <c>book[Index]</c>'s (StrategyId, ClientOrderId): for a replace that is
/// the original, as the engine keys it until the replace is done.
/// </summary>
public enum RiskNotice : byte
{
    None = 0,
    OnAccepted = 1,

    /// <summary>OnFilled(Quantity, Price).</summary>
    OnFilled = 2,

    OnCanceled = 3,
    OnRejected = 4,
    OnExpired = 5,
    OnReplaced = 6,
    OnReplaceRejected = 7,
}

public enum IgnoreReason : byte
{
    None = 0,

    /// <summary>Seen already (a replayed or repeated report, a fill whose CumQuantity does not grow).</summary>
    Duplicate = 1,

    /// <summary>Status reports and session events: nothing for an order to do.</summary>
    NoChange = 2,

    /// <summary>An answer to a request that is no longer pending (the order moved on).</summary>
    Stale = 3,
}

public enum OrderAnomaly : byte
{
    None = 0,

    /// <summary>No order has the report's ClOrdId (nor its OrigClOrdId).</summary>
    UnknownClOrdId = 1,

    /// <summary>A fill beyond the order's quantity: applied (the venue says it happened), the order is filled.</summary>
    Overfill = 2,

    /// <summary>A fill's LastQuantity differs from the growth of CumQuantity: the growth is applied.</summary>
    FillQuantityMismatch = 3,

    /// <summary>A fill for a canceled, rejected or expired order.</summary>
    FillOnFinalOrder = 4,

    /// <summary>A report the order's state does not allow (an accept of a filled order, a cancel of a rejected one...).</summary>
    UnexpectedReport = 5,

    /// <summary>Replaced (or a replace refusal) for an order without that replace pending.</summary>
    NoPendingReplace = 6,

    /// <summary>A report kind the state machine does not know.</summary>
    UnknownReportKind = 7,
}

/// <summary>
/// The answer of <see cref="OrderStateMachine"/>: what happened, what to tell the strategy and the risk engine, and
/// which records changed (journal <c>book[Index]</c> and, when not −1, <c>book[OtherIndex]</c>, in that order).
/// </summary>
public struct OrderResult
{
    public OrderAction Action;
    public StrategyNotice Notice;
    public RiskNotice Risk;
    public RejectReason RefuseReason;
    public IgnoreReason Ignored;

    /// <summary>Set with <see cref="OrderAction.Anomaly"/>, and beside a fill that was applied anyway (over-fill, quantity mismatch).</summary>
    public OrderAnomaly Anomaly;

    public CancelReason CancelReason;

    /// <summary>The order is done (filled, canceled, rejected, expired, replaced).</summary>
    public bool Final;

    /// <summary>A cancel reject that answers a replace.</summary>
    public bool ForReplace;

    /// <summary>The original was canceled or expired while its replace was pending: the replacement (OtherIndex) is rejected too; tell the strategy CancelRejected(ForReplace) for it.</summary>
    public bool ReplaceAbandoned;

    /// <summary>Index and OtherIndex changed: journal them.</summary>
    public bool Changed;

    /// <summary>The order the result is about (−1: none found).</summary>
    public int Index;

    /// <summary>The linked record a replace touched: the replacement (−1: none).</summary>
    public int OtherIndex;

    /// <summary>A deferred cancel is due now: call <see cref="OrderStateMachine.Cancel"/> for this index (−1: none).</summary>
    public int FollowUpCancelIndex;

    /// <summary>Fill: this fill's quantity; Canceled/Expired: what was left open.</summary>
    public long Quantity;

    /// <summary>Fill: this fill's price.</summary>
    public long Price;

    public long CumQuantity;
    public long LeavesQuantity;

    internal static OrderResult For(OrderAction action, int index) => new()
    {
        Action = action,
        Index = index,
        OtherIndex = -1,
        FollowUpCancelIndex = -1,
        Changed = action is not (OrderAction.Refused or OrderAction.Ignored or OrderAction.Anomaly or OrderAction.None),
    };

    internal static OrderResult Refuse(RejectReason reason, int index)
    {
        var result = For(OrderAction.Refused, index);
        result.RefuseReason = reason;
        return result;
    }

    internal static OrderResult Ignore(IgnoreReason reason, int index)
    {
        var result = For(OrderAction.Ignored, index);
        result.Ignored = reason;
        return result;
    }

    internal static OrderResult Unexpected(OrderAnomaly anomaly, int index)
    {
        var result = For(OrderAction.Anomaly, index);
        result.Anomaly = anomaly;
        return result;
    }
}
