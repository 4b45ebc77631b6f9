using Gateway.Api.Protocol;
using Gateway.Venues.Orders;
using Notional = Gateway.RiskChecks.Orders.Price;
using TimeInForce = Gateway.Api.Protocol.TimeInForce;

namespace Gateway.Orders;

/// <summary>Venue reports, one record (or an original and its replacement) at a time.</summary>
public static partial class OrderStateMachine
{
    /// <summary>PendingNew → New (also under a pending cancel); keeps the venue's order id.</summary>
    public static OrderResult OnAccepted(ref OrderRecord order, in VenueReport report, long nowNanos)
    {
        if (order.State == OrderState.PendingNew && order.ReplacesIndex < 0)
        {
            order.State = OrderState.New;
        }
        else if (order.State == OrderState.PendingCancel && order.PriorState == OrderState.PendingNew)
        {
            order.PriorState = OrderState.New;
        }
        else
        {
            return OrderResult.Ignore(order.IsFinal ? IgnoreReason.Stale : IgnoreReason.Duplicate, order.Index);
        }

        order.VenueOrderId = report.VenueOrderId;
        Touch(ref order, in report, nowNanos);
        var result = OrderResult.For(OrderAction.Accepted, order.Index);
        result.Notice = StrategyNotice.VenueAccepted;
        result.Risk = RiskNotice.OnAccepted;
        return Amounts(ref result, in order);
    }

    /// <summary>
    /// A fill applies only when CumQuantity grows (replays and repeats change nothing); the growth is the fill's
    /// quantity. A fill during a pending cancel or replace keeps the request pending; the last one makes the order
    /// Filled. Beyond the order's quantity: applied, flagged Overfill.
    /// </summary>
    public static OrderResult OnFill(ref OrderRecord order, in VenueReport report, long nowNanos)
    {
        if (report.CumQuantity <= order.CumQuantity)
        {
            return OrderResult.Ignore(IgnoreReason.Duplicate, order.Index);
        }

        if (order.IsFinal)
        {
            return OrderResult.Unexpected(OrderAnomaly.FillOnFinalOrder, order.Index);
        }

        var quantity = report.CumQuantity - order.CumQuantity;
        var anomaly = report.CumQuantity > order.Quantity ? OrderAnomaly.Overfill
            : report.LastQuantity != quantity ? OrderAnomaly.FillQuantityMismatch
            : OrderAnomaly.None;
        order.CumQuantity = report.CumQuantity;
        order.FilledNotional = Notional.AddSaturated(order.FilledNotional, Notional.Notional(report.LastPrice, quantity));
        order.LeavesQuantity = Math.Max(0, order.Quantity - order.CumQuantity);
        if (order.LeavesQuantity == 0)
        {
            order.State = OrderState.Filled;
        }
        else if (order.State is OrderState.PendingCancel or OrderState.PendingReplace)
        {
            order.PriorState = OrderState.PartiallyFilled;
        }
        else
        {
            order.State = OrderState.PartiallyFilled;
        }

        Touch(ref order, in report, nowNanos);
        var result = OrderResult.For(OrderAction.Filled, order.Index);
        result.Notice = StrategyNotice.Fill;
        result.Risk = RiskNotice.OnFilled;
        result.Anomaly = anomaly;
        result.Quantity = quantity;
        result.Price = report.LastPrice;
        return Amounts(ref result, in order);
    }

    /// <summary>Canceled, asked for or not: what was left is released. The reason follows who asked (see README).</summary>
    public static OrderResult OnCanceled(ref OrderRecord order, in VenueReport report, long nowNanos) =>
        Close(ref order, in report, nowNanos, OrderState.Canceled);

    /// <summary>Expired (time in force, end of day): told to the strategy as a cancel with reason Expired.</summary>
    public static OrderResult OnExpired(ref OrderRecord order, in VenueReport report, long nowNanos) =>
        Close(ref order, in report, nowNanos, OrderState.Expired);

    /// <summary>The venue refused a new order (also when a cancel of it was already on its way).</summary>
    public static OrderResult OnRejected(ref OrderRecord order, in VenueReport report, long nowNanos)
    {
        if (order.State == OrderState.Rejected)
        {
            return OrderResult.Ignore(IgnoreReason.Duplicate, order.Index);
        }

        var unacknowledged = order.State == OrderState.PendingNew
            || (order.State == OrderState.PendingCancel && order.PriorState == OrderState.PendingNew);
        if (!unacknowledged || order.ReplacesIndex >= 0)
        {
            return OrderResult.Unexpected(OrderAnomaly.UnexpectedReport, order.Index);
        }

        order.State = OrderState.Rejected;
        order.LeavesQuantity = 0;
        Touch(ref order, in report, nowNanos);
        var result = OrderResult.For(OrderAction.Rejected, order.Index);
        result.Notice = StrategyNotice.OrderRejected;
        result.Risk = RiskNotice.OnRejected;
        result.Final = true;
        return Amounts(ref result, in order);
    }

    /// <summary>The venue refused a cancel: the order goes back to where it was (it may have filled meanwhile).</summary>
    public static OrderResult OnCancelRejected(ref OrderRecord order, in VenueReport report, long nowNanos)
    {
        if (order.PendingClOrdId == 0 || order.PendingClOrdId != report.ClOrdId)
        {
            return OrderResult.Ignore(report.PossibleDuplicate ? IgnoreReason.Duplicate : IgnoreReason.Stale, order.Index);
        }

        if (order.State == OrderState.PendingCancel)
        {
            order.State = order.PriorState;
        }

        order.PendingClOrdId = 0;
        order.Flags &= ~OrderFlags.GatewayCancel;
        Touch(ref order, in report, nowNanos);
        var result = OrderResult.For(OrderAction.CancelRejected, order.Index);
        result.Notice = StrategyNotice.CancelRejected;
        return Amounts(ref result, in order);
    }

    /// <summary>
    /// The venue did the replace: the original is Replaced (final), the replacement takes over with the original's
    /// fills (New, PartiallyFilled, or Filled when nothing is left) and its venue order id unless the venue gave a new one.
    /// </summary>
    public static OrderResult OnReplaced(ref OrderRecord original, ref OrderRecord replacement, in VenueReport report, long nowNanos)
    {
        if (replacement.ReplacesIndex != original.Index)
        {
            return OrderResult.Unexpected(OrderAnomaly.NoPendingReplace, replacement.Index);
        }

        if (!replacement.IsPendingReplacement || original.State != OrderState.PendingReplace)
        {
            return original.State == OrderState.Replaced && original.ReplacedByIndex == replacement.Index
                ? OrderResult.Ignore(IgnoreReason.Duplicate, original.Index)
                : OrderResult.Unexpected(OrderAnomaly.NoPendingReplace, original.Index);
        }

        original.State = OrderState.Replaced;
        original.LeavesQuantity = 0;
        original.PendingClOrdId = 0;
        Touch(ref original, in report, nowNanos);

        replacement.CumQuantity = original.CumQuantity;
        replacement.FilledNotional = original.FilledNotional;
        replacement.LeavesQuantity = Math.Max(0, replacement.Quantity - replacement.CumQuantity);
        replacement.State = replacement.LeavesQuantity == 0 ? OrderState.Filled
            : replacement.CumQuantity > 0 ? OrderState.PartiallyFilled
            : OrderState.New;
        replacement.VenueOrderId = report.VenueOrderId.IsEmpty ? original.VenueOrderId : report.VenueOrderId;
        Touch(ref replacement, in report, nowNanos);

        var result = OrderResult.For(OrderAction.Replaced, original.Index);
        result.OtherIndex = replacement.Index;
        result.Notice = StrategyNotice.Replaced;
        result.Risk = RiskNotice.OnReplaced;
        if ((original.Flags & OrderFlags.CancelDeferred) != 0)
        {
            original.Flags &= ~OrderFlags.CancelDeferred;
            replacement.Flags |= original.Flags & OrderFlags.GatewayCancel;
            replacement.CancelReason = original.CancelReason;
            result.FollowUpCancelIndex = replacement.IsFinal ? -1 : replacement.Index;
        }

        return Amounts(ref result, in replacement);
    }

    /// <summary>
    /// The venue refused the replace (a cancel reject for it, or a reject of the replacement): the replacement is
    /// Rejected, the original goes back to where it was, fills it had meanwhile kept.
    /// </summary>
    public static OrderResult OnReplaceRejected(ref OrderRecord original, ref OrderRecord replacement, in VenueReport report,
        long nowNanos)
    {
        if (replacement.ReplacesIndex != original.Index)
        {
            return OrderResult.Unexpected(OrderAnomaly.NoPendingReplace, replacement.Index);
        }

        if (!replacement.IsPendingReplacement)
        {
            return replacement.State == OrderState.Rejected
                ? OrderResult.Ignore(IgnoreReason.Duplicate, original.Index)
                : OrderResult.Unexpected(OrderAnomaly.NoPendingReplace, original.Index);
        }

        replacement.State = OrderState.Rejected;
        replacement.LeavesQuantity = 0;
        Touch(ref replacement, in report, nowNanos);

        var result = OrderResult.For(OrderAction.ReplaceRejected, original.Index);
        result.OtherIndex = replacement.Index;
        result.Notice = StrategyNotice.CancelRejected;
        result.ForReplace = true;
        if (original.State == OrderState.PendingReplace)
        {
            original.State = original.PriorState;
            result.Risk = RiskNotice.OnReplaceRejected;
        }

        Unlink(ref original, in replacement);
        Touch(ref original, in report, nowNanos);
        if ((original.Flags & OrderFlags.CancelDeferred) != 0)
        {
            original.Flags &= ~OrderFlags.CancelDeferred;
            result.FollowUpCancelIndex = original.IsFinal ? -1 : original.Index;
        }

        return Amounts(ref result, in original);
    }

    /// <summary>
    /// The original ended (canceled, expired) while its replace was pending: the replacement will never work, so it
    /// is rejected with it. Returns whether there was one.
    /// </summary>
    public static bool AbandonReplacement(ref OrderRecord original, ref OrderRecord replacement, long nowNanos)
    {
        if (replacement.ReplacesIndex != original.Index || !replacement.IsPendingReplacement)
        {
            return false;
        }

        replacement.State = OrderState.Rejected;
        replacement.LeavesQuantity = 0;
        replacement.UpdatedNanos = nowNanos;
        Unlink(ref original, in replacement);
        return true;
    }

    private static OrderResult Close(ref OrderRecord order, in VenueReport report, long nowNanos, OrderState final)
    {
        if (order.State == final)
        {
            return OrderResult.Ignore(IgnoreReason.Duplicate, order.Index);
        }

        if (order.IsFinal)
        {
            return OrderResult.Unexpected(OrderAnomaly.UnexpectedReport, order.Index);
        }

        var reason = final == OrderState.Expired ? CancelReason.Expired : ReasonOfCancel(in order);
        var left = order.LeavesQuantity;
        order.State = final;
        order.CancelReason = reason;
        order.LeavesQuantity = 0;
        order.PendingClOrdId = 0;
        order.Flags &= ~OrderFlags.CancelDeferred;
        Touch(ref order, in report, nowNanos);
        var result = OrderResult.For(final == OrderState.Expired ? OrderAction.Expired : OrderAction.Canceled, order.Index);
        result.Notice = StrategyNotice.Canceled;
        result.Risk = final == OrderState.Expired ? RiskNotice.OnExpired : RiskNotice.OnCanceled;
        result.CancelReason = reason;
        Amounts(ref result, in order);
        result.Quantity = left;
        return result;
    }

    /// <summary>The gateway's own reason if it asked; Requested if the strategy did; else IOC remainder or the venue's own doing.</summary>
    private static CancelReason ReasonOfCancel(in OrderRecord order)
    {
        if ((order.Flags & OrderFlags.GatewayCancel) != 0)
        {
            return order.CancelReason;
        }

        if (order.State == OrderState.PendingCancel || (order.Flags & OrderFlags.CancelDeferred) != 0)
        {
            return CancelReason.Requested;
        }

        return order.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill
            ? CancelReason.ImmediateOrCancel
            : CancelReason.Venue;
    }

    private static void Unlink(ref OrderRecord original, in OrderRecord replacement)
    {
        if (original.ReplacedByIndex == replacement.Index)
        {
            original.ReplacedByIndex = -1;
        }

        if (original.PendingClOrdId == replacement.ClOrdId)
        {
            original.PendingClOrdId = 0;
        }
    }

    private static void Touch(ref OrderRecord order, in VenueReport report, long nowNanos)
    {
        // Some venues answer a new order with its first fill and no New (QuickFIX's executor): keep their order id
        // from whichever report brings it first, so later cancels and replaces can name it.
        if (order.VenueOrderId.IsEmpty && !report.VenueOrderId.IsEmpty)
        {
            order.VenueOrderId = report.VenueOrderId;
        }

        order.LastVenueSequence = Math.Max(order.LastVenueSequence, report.VenueSequence);
        order.UpdatedNanos = nowNanos;
    }

    private static OrderResult Amounts(ref OrderResult result, in OrderRecord order)
    {
        result.CumQuantity = order.CumQuantity;
        result.LeavesQuantity = order.LeavesQuantity;
        result.Final = order.IsFinal;
        return result;
    }
}
