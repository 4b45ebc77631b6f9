using Gateway.Api.Protocol;
using Gateway.Venues.Orders;

namespace Gateway.Orders;

/// <summary>
/// The entry points the pipeline calls: they find the records a request or report is about, take request ids
/// from the book, call the record functions and keep <see cref="OrderBook.OpenCount"/> right.
/// </summary>
public static partial class OrderStateMachine
{
    /// <summary>
    /// Cancels the order at <paramref name="index"/> (a replacement not yet confirmed: its original, the order in
    /// force). Send: <c>OrderRequests.Cancel(book[result.Index])</c>. Refused: OrderNotOpen, RequestPending,
    /// UnknownOrder, GatewayBusy (no request id left).
    /// </summary>
    public static OrderResult Cancel(OrderBook book, int index, CancelReason reason, long nowNanos)
    {
        if ((uint)index >= (uint)book.Count)
        {
            return OrderResult.Refuse(RejectReason.UnknownOrder, -1);
        }

        if (book[index].IsPendingReplacement)
        {
            index = book[index].ReplacesIndex;
        }

        ref var order = ref book[index];
        var refused = CheckCancel(in order);
        if (refused != RejectReason.None)
        {
            return OrderResult.Refuse(refused, index);
        }

        long clOrdId = 0;
        if (order.State != OrderState.PendingReplace && !book.TryNextRequestId(index, out clOrdId))
        {
            return OrderResult.Refuse(RejectReason.GatewayBusy, index);
        }

        var result = RequestCancel(ref order, clOrdId, reason, nowNanos);
        book.Recount(index);
        return result;
    }

    /// <summary>
    /// Replaces the order at <paramref name="originalIndex"/> by a new client order id with a new total quantity and
    /// price. Send: <c>OrderRequests.Replace(book[result.Index], book[result.OtherIndex])</c>. Refused: OrderNotOpen,
    /// RequestPending, InvalidField (quantity not above what has filled), DuplicateClientOrderId, GatewayBusy.
    /// </summary>
    public static OrderResult Replace(OrderBook book, int originalIndex, long clientOrderId, long quantity, long price,
        long nowNanos)
    {
        if ((uint)originalIndex >= (uint)book.Count)
        {
            return OrderResult.Refuse(RejectReason.UnknownOrder, -1);
        }

        var refused = CheckReplace(in book[originalIndex], quantity);
        if (refused != RejectReason.None)
        {
            return OrderResult.Refuse(refused, originalIndex);
        }

        var added = book.TryAddReplacement(originalIndex, clientOrderId, quantity, price, nowNanos, out var replacementIndex);
        if (added != AddOrderResult.Added)
        {
            return OrderResult.Refuse(
                added == AddOrderResult.DuplicateClientOrderId ? RejectReason.DuplicateClientOrderId : RejectReason.GatewayBusy,
                originalIndex);
        }

        var result = RequestReplace(ref book[originalIndex], ref book[replacementIndex], nowNanos);
        book.Recount(originalIndex);
        book.Recount(replacementIndex);
        return result;
    }

    /// <summary>
    /// A venue report: finds the order by ClOrdId (then OrigClOrdId) and applies it. Fills, cancels and expiries
    /// that name a replacement not yet confirmed apply to its original (the order in force); a fill naming a
    /// replaced original applies to the order that replaced it.
    /// </summary>
    public static OrderResult OnReport(OrderBook book, in VenueReport report, long nowNanos)
    {
        if (report.Kind is VenueReportKind.Status or VenueReportKind.SessionUp or VenueReportKind.SessionDown
            or VenueReportKind.Unrecognised)
        {
            return OrderResult.Ignore(IgnoreReason.NoChange, -1);
        }

        var index = book.FindByClOrdId(report.ClOrdId);
        if (index < 0)
        {
            index = book.FindByClOrdId(report.OrigClOrdId);
        }

        if (index < 0)
        {
            return OrderResult.Unexpected(OrderAnomaly.UnknownClOrdId, -1);
        }

        var result = Dispatch(book, index, in report, nowNanos);
        if (result.Index >= 0)
        {
            book.Recount(result.Index);
        }

        if (result.OtherIndex >= 0)
        {
            book.Recount(result.OtherIndex);
        }

        return result;
    }

    private static OrderResult Dispatch(OrderBook book, int index, in VenueReport report, long nowNanos)
    {
        ref var order = ref book[index];
        switch (report.Kind)
        {
            case VenueReportKind.Accepted:
                return order.IsPendingReplacement
                    ? OrderResult.Ignore(IgnoreReason.NoChange, order.ReplacesIndex)
                    : OnAccepted(ref order, in report, nowNanos);
            case VenueReportKind.Fill:
                return OnFill(ref book[InForce(book, index, followReplaced: true)], in report, nowNanos);
            case VenueReportKind.Canceled:
            case VenueReportKind.Expired:
                return CloseInForce(book, InForce(book, index, followReplaced: false), in report, nowNanos);
            case VenueReportKind.Replaced:
                return order.ReplacesIndex >= 0
                    ? OnReplaced(ref book[order.ReplacesIndex], ref order, in report, nowNanos)
                    : OrderResult.Unexpected(OrderAnomaly.NoPendingReplace, index);
            case VenueReportKind.Rejected:
                return order.IsPendingReplacement
                    ? OnReplaceRejected(ref book[order.ReplacesIndex], ref order, in report, nowNanos)
                    : OnRejected(ref order, in report, nowNanos);
            case VenueReportKind.CancelRejected:
                return report.ForReplace || order.IsPendingReplacement
                    ? ReplaceRejected(book, index, in report, nowNanos)
                    : OnCancelRejected(ref order, in report, nowNanos);
            default:
                return OrderResult.Unexpected(OrderAnomaly.UnknownReportKind, index);
        }
    }

    /// <summary>A replace refusal names the replacement (its request id) or, from some venues, the original.</summary>
    private static OrderResult ReplaceRejected(OrderBook book, int index, in VenueReport report, long nowNanos)
    {
        ref var order = ref book[index];
        if (order.ReplacesIndex >= 0)
        {
            return OnReplaceRejected(ref book[order.ReplacesIndex], ref order, in report, nowNanos);
        }

        return order.ReplacedByIndex >= 0
            ? OnReplaceRejected(ref order, ref book[order.ReplacedByIndex], in report, nowNanos)
            : OrderResult.Unexpected(OrderAnomaly.NoPendingReplace, index);
    }

    private static OrderResult CloseInForce(OrderBook book, int index, in VenueReport report, long nowNanos)
    {
        ref var order = ref book[index];
        var replacementIndex = order.ReplacedByIndex;
        var result = report.Kind == VenueReportKind.Expired
            ? OnExpired(ref order, in report, nowNanos)
            : OnCanceled(ref order, in report, nowNanos);
        if (result.Changed && replacementIndex >= 0
            && AbandonReplacement(ref order, ref book[replacementIndex], nowNanos))
        {
            result.OtherIndex = replacementIndex;
            result.ReplaceAbandoned = true;
        }

        return result;
    }

    /// <summary>The record a report about <paramref name="index"/> acts on: see <see cref="OnReport"/>.</summary>
    private static int InForce(OrderBook book, int index, bool followReplaced)
    {
        if (book[index].IsPendingReplacement)
        {
            return book[index].ReplacesIndex;
        }

        // Links only point to later records, so the walk ends.
        while (followReplaced && book[index].State == OrderState.Replaced && book[index].ReplacedByIndex > index)
        {
            index = book[index].ReplacedByIndex;
        }

        return index;
    }
}
