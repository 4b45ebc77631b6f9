using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Tests.Matching;

/// <summary>Keeps every event the engine reports, in order.</summary>
internal sealed class RecordingListener : IMatchListener
{
    public List<OrderState> Accepted { get; } = [];

    public List<Trade> Trades { get; } = [];

    public List<(OrderState Order, MatchCancelReason Reason)> Canceled { get; } = [];

    public List<(OrderState Order, long OldQuantity, long OldPrice)> Replaced { get; } = [];

    public List<(NewOrder Order, MatchRejectReason Reason)> Rejected { get; } = [];

    public List<(long OrderId, bool IsReplace, MatchCancelRejectReason Reason)> CancelRejected { get; } = [];

    public List<string> Sequence { get; } = [];

    public void OnAccepted(in OrderState order)
    {
        Accepted.Add(order);
        Sequence.Add($"accepted {order.OrderId}");
    }

    public void OnTrade(in Trade trade)
    {
        Trades.Add(trade);
        Sequence.Add($"trade {trade.Aggressor.OrderId}x{trade.Resting.OrderId} {trade.Quantity}@{trade.Price}");
    }

    public void OnCanceled(in OrderState order, MatchCancelReason reason)
    {
        Canceled.Add((order, reason));
        Sequence.Add($"canceled {order.OrderId} {reason}");
    }

    public void OnReplaced(in OrderState order, long oldQuantity, long oldPrice)
    {
        Replaced.Add((order, oldQuantity, oldPrice));
        Sequence.Add($"replaced {order.OrderId}");
    }

    public void OnRejected(in NewOrder order, MatchRejectReason reason)
    {
        Rejected.Add((order, reason));
        Sequence.Add($"rejected {reason}");
    }

    public void OnCancelRejected(long orderId, long requestRef, bool isReplace, MatchCancelRejectReason reason)
    {
        CancelRejected.Add((orderId, isReplace, reason));
        Sequence.Add($"cancel rejected {orderId} {reason}");
    }

    public void Clear()
    {
        Accepted.Clear();
        Trades.Clear();
        Canceled.Clear();
        Replaced.Clear();
        Rejected.Clear();
        CancelRejected.Clear();
        Sequence.Clear();
    }
}
