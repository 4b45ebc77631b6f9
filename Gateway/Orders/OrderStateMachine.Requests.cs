using Gateway.Api.Protocol;

namespace Gateway.Orders;

/// <summary>
/// The order state machine: pure functions of one or two records (see README.md for the diagram). Nothing here
/// allocates, throws or looks at a clock; every outcome is an <see cref="OrderResult"/>.
/// </summary>
public static partial class OrderStateMachine
{
    /// <summary>Why a cancel of <paramref name="order"/> cannot go now (<see cref="RejectReason.None"/>: it can).</summary>
    public static RejectReason CheckCancel(in OrderRecord order)
    {
        if (order.IsFinal)
        {
            return RejectReason.OrderNotOpen;
        }

        var pending = order.State == OrderState.PendingCancel || order.IsPendingReplacement
            || (order.Flags & OrderFlags.CancelDeferred) != 0;
        return pending ? RejectReason.RequestPending : RejectReason.None;
    }

    /// <summary>
    /// A cancel: the order goes to PendingCancel with <paramref name="cancelClOrdId"/> pending (send it), or, while a
    /// replace is pending, the cancel waits for the venue's answer (Deferred, no id needed). A reason other than
    /// <see cref="CancelReason.Requested"/> marks the cancel as the gateway's own, so the strategy learns why.
    /// </summary>
    public static OrderResult RequestCancel(ref OrderRecord order, long cancelClOrdId, CancelReason reason, long nowNanos)
    {
        var refused = CheckCancel(in order);
        if (refused != RejectReason.None)
        {
            return OrderResult.Refuse(refused, order.Index);
        }

        if (reason != CancelReason.Requested)
        {
            order.Flags |= OrderFlags.GatewayCancel;
            order.CancelReason = reason;
        }
        else if ((order.Flags & OrderFlags.GatewayCancel) == 0)
        {
            order.CancelReason = CancelReason.Requested;
        }

        order.UpdatedNanos = nowNanos;
        if (order.State == OrderState.PendingReplace)
        {
            order.Flags |= OrderFlags.CancelDeferred;
            return OrderResult.For(OrderAction.Deferred, order.Index);
        }

        order.PriorState = order.State;
        order.State = OrderState.PendingCancel;
        order.PendingClOrdId = cancelClOrdId;
        return OrderResult.For(OrderAction.Send, order.Index);
    }

    /// <summary>Why <paramref name="original"/> cannot be replaced by a new total <paramref name="quantity"/> now.</summary>
    public static RejectReason CheckReplace(in OrderRecord original, long quantity)
    {
        if (original.IsFinal)
        {
            return RejectReason.OrderNotOpen;
        }

        if (original.State is not (OrderState.New or OrderState.PartiallyFilled) || (original.Flags & OrderFlags.CancelDeferred) != 0)
        {
            return RejectReason.RequestPending;
        }

        return quantity <= original.CumQuantity ? RejectReason.InvalidField : RejectReason.None;
    }

    /// <summary>
    /// A replace: <paramref name="original"/> goes to PendingReplace with the replacement's request id pending, linked
    /// to <paramref name="replacement"/> (made by <see cref="OrderBook.TryAddReplacement"/>). Refused: the replacement
    /// is rejected at once (OtherIndex, changed) and the original stays as it was.
    /// </summary>
    public static OrderResult RequestReplace(ref OrderRecord original, ref OrderRecord replacement, long nowNanos)
    {
        var refused = CheckReplace(in original, replacement.Quantity);
        if (refused == RejectReason.None && replacement.ReplacesIndex != original.Index)
        {
            refused = RejectReason.InvalidField;
        }

        if (refused != RejectReason.None)
        {
            replacement.State = OrderState.Rejected;
            replacement.LeavesQuantity = 0;
            replacement.UpdatedNanos = nowNanos;
            var result = OrderResult.Refuse(refused, original.Index);
            result.OtherIndex = replacement.Index;
            result.Changed = true;
            return result;
        }

        original.PriorState = original.State;
        original.State = OrderState.PendingReplace;
        original.PendingClOrdId = replacement.ClOrdId;
        original.ReplacedByIndex = replacement.Index;
        original.UpdatedNanos = nowNanos;
        var sent = OrderResult.For(OrderAction.Send, original.Index);
        sent.OtherIndex = replacement.Index;
        return sent;
    }
}
