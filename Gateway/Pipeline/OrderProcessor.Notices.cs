using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

/// <summary>Messages to strategies, written in place into the outbound ring.</summary>
public sealed partial class OrderProcessor
{
    private void NotifyAccepted(in OrderRecord order)
    {
        Counters.Accepted.Increment();
        ref var m = ref _out.Client(order.StrategyId, MessageType.OrderAccepted).OrderAccepted;
        m.ClientOrderId = order.ClientOrderId;
        m.GatewayOrderId = order.Index;
        m.VenueId = order.VenueId;
        m.Reserved = 0;
        m.TimestampNanos = _now;
        _out.Publish();
    }

    private void RejectOrder(int strategy, long clientOrderId, RejectReason reason, int venue, ReadOnlySpan<byte> text)
    {
        Counters.Rejected.Increment();
        ref var m = ref _out.Client(strategy, MessageType.OrderRejected).OrderRejected;
        m.ClientOrderId = clientOrderId;
        m.Reason = reason;
        m.RiskCheck = 0;
        m.VenueId = venue;
        m.Limit = 0;
        m.Actual = 0;
        m.TimestampNanos = _now;
        m.Text.Set(text);
        _out.Publish();
    }

    private void RejectRisk(int strategy, long clientOrderId, int venue, RiskResult risk)
    {
        Counters.Rejected.Increment();
        Counters.RiskRejects.Increment();
        ref var m = ref _out.Client(strategy, MessageType.OrderRejected).OrderRejected;
        m.ClientOrderId = clientOrderId;
        m.Reason = RejectReason.RiskCheck;
        m.RiskCheck = (ushort)risk.Check;
        m.VenueId = venue;
        m.Limit = risk.Limit;
        m.Actual = risk.Actual;
        m.TimestampNanos = _now;
        m.Text.Set(RiskCheckNames.Of(risk.Check));
        _out.Publish();
    }

    private void RejectCancel(int strategy, long clientOrderId, long requestClientOrderId, RejectReason reason,
        CancelRejectResponseTo responseTo, ReadOnlySpan<byte> text)
    {
        Counters.CancelRejects.Increment();
        ref var m = ref _out.Client(strategy, MessageType.CancelRejected).CancelRejected;
        m.ClientOrderId = clientOrderId;
        m.RequestClientOrderId = requestClientOrderId;
        m.Reason = reason;
        m.ResponseTo = responseTo;
        m.Reserved = 0;
        m.Reserved2 = 0;
        m.TimestampNanos = _now;
        m.Text.Set(text);
        _out.Publish();
    }

    private void NotifyStatus(int strategy, SessionStatusCode code, int venue, ReadOnlySpan<byte> text)
    {
        ref var m = ref _out.Client(strategy, MessageType.SessionStatus).SessionStatus;
        m.Code = code;
        m.Reserved = 0;
        m.Reserved2 = 0;
        m.StrategyId = strategy;
        m.VenueId = venue;
        m.Reserved3 = 0;
        m.TimestampNanos = _now;
        m.Text.Set(text);
        _out.Publish();
    }

    /// <summary>What a state machine result tells the strategy that owns the order.</summary>
    private void TellStrategy(in OrderResult result, in VenueReport report)
    {
        if (result.Index < 0)
        {
            return;
        }

        ref var order = ref _book[result.Index];
        switch (result.Notice)
        {
            case StrategyNotice.VenueAccepted:
                {
                    ref var m = ref _out.Client(order.StrategyId, MessageType.VenueAccepted).VenueAccepted;
                    m.ClientOrderId = order.ClientOrderId;
                    m.VenueId = order.VenueId;
                    m.Reserved = 0;
                    m.TimestampNanos = _now;
                    m.VenueOrderId.Set(order.VenueOrderId.Span);
                    _out.Publish();
                    break;
                }

            case StrategyNotice.Fill:
                {
                    Counters.Fills.Increment();
                    ref var m = ref _out.Client(order.StrategyId, MessageType.Fill).Fill;
                    m.ClientOrderId = order.ClientOrderId;
                    m.Quantity = result.Quantity;
                    m.Price = result.Price;
                    m.CumQuantity = result.CumQuantity;
                    m.LeavesQuantity = result.LeavesQuantity;
                    m.Kind = result.LeavesQuantity == 0 && order.State == OrderState.Filled ? FillKind.Full : FillKind.Partial;
                    m.Reserved = 0;
                    m.Reserved2 = 0;
                    m.Reserved3 = 0;
                    m.TimestampNanos = _now;
                    m.ExecId.Set(report.ExecId.Span);
                    _out.Publish();
                    break;
                }

            case StrategyNotice.Canceled:
                NotifyCanceled(in order, result.CancelReason, result.Quantity);
                break;
            case StrategyNotice.Replaced:
                {
                    ref var replacement = ref _book[result.OtherIndex];
                    ref var m = ref _out.Client(order.StrategyId, MessageType.Replaced).Replaced;
                    m.OrigClientOrderId = order.ClientOrderId;
                    m.ClientOrderId = replacement.ClientOrderId;
                    m.Quantity = replacement.Quantity;
                    m.Price = replacement.Price;
                    m.LeavesQuantity = replacement.LeavesQuantity;
                    m.TimestampNanos = _now;
                    _out.Publish();
                    break;
                }

            case StrategyNotice.OrderRejected:
                RejectOrder(order.StrategyId, order.ClientOrderId, _refusalReason, order.VenueId, report.Text.Span);
                break;
            case StrategyNotice.CancelRejected:
                RejectCancel(
                    order.StrategyId, order.ClientOrderId, result.ForReplace && result.OtherIndex >= 0 ? _book[result.OtherIndex].ClientOrderId : 0,
                    _refusalReason, result.ForReplace ? CancelRejectResponseTo.Replace : CancelRejectResponseTo.Cancel,
                    report.Text.Span);
                break;
        }

        if (result.ReplaceAbandoned && result.OtherIndex >= 0)
        {
            RejectCancel(order.StrategyId, order.ClientOrderId, _book[result.OtherIndex].ClientOrderId, RejectReason.OrderNotOpen,
                CancelRejectResponseTo.Replace, "the order was canceled before the venue answered the replace"u8);
        }
    }

    private void NotifyCanceled(in OrderRecord order, CancelReason reason, long quantity)
    {
        ref var m = ref _out.Client(order.StrategyId, MessageType.Canceled).Canceled;
        m.ClientOrderId = order.ClientOrderId;
        m.CanceledQuantity = quantity;
        m.Reason = reason == 0 ? CancelReason.Venue : reason;
        m.Reserved = 0;
        m.Reserved2 = 0;
        m.Reserved3 = 0;
        m.TimestampNanos = _now;
        _out.Publish();
    }

    private static ReadOnlySpan<byte> RejectText(RejectReason reason) => reason switch
    {
        RejectReason.UnknownOrder => "no such order"u8,
        RejectReason.OrderNotOpen => "the order is no longer open"u8,
        RejectReason.RequestPending => "a cancel or replace of this order is pending"u8,
        RejectReason.InvalidField => "the new quantity is not above what has filled"u8,
        RejectReason.DuplicateClientOrderId => "client order id already used today"u8,
        RejectReason.GatewayBusy => "the gateway's tables are full"u8,
        _ => "refused"u8,
    };
}
