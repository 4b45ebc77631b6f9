using Gateway.Api.Protocol;
using Gateway.Orders;

namespace Gateway.Pipeline;

/// <summary>
/// When a strategy logs in it is told where each of its orders stands (open ones, and those that changed since it
/// last disconnected; after a gateway restart, every order of the day): a strategy that lost its connection, or a
/// gateway that was killed and restarted, never leaves the strategy guessing.
/// </summary>
public sealed partial class OrderProcessor
{
    private long[]? _disconnectedAt;

    private void SendOrderStatuses(int strategy)
    {
        _disconnectedAt ??= new long[_strategyLoggedIn.Length];
        var since = (uint)strategy < (uint)_disconnectedAt.Length ? _disconnectedAt[strategy] : 0;
        var count = _book.Count;
        for (var index = 0; index < count; index++)
        {
            ref var order = ref _book[index];
            if (order.StrategyId != strategy || order.IsPendingReplacement || (order.IsFinal && order.UpdatedNanos < since))
            {
                continue;
            }

            ref var m = ref _out.Client(strategy, MessageType.OrderStatus).OrderStatus;
            m.ClientOrderId = order.ClientOrderId;
            m.Status = (OrderStatus)order.State;
            m.Side = order.Side;
            m.OrderType = order.OrderType;
            m.TimeInForce = order.TimeInForce;
            m.VenueId = order.VenueId;
            m.InstrumentId = order.InstrumentId;
            m.AccountId = order.AccountId;
            m.Quantity = order.Quantity;
            m.Price = order.Price;
            m.CumQuantity = order.CumQuantity;
            m.LeavesQuantity = order.LeavesQuantity;
            m.TimestampNanos = order.UpdatedNanos;
            _out.Publish();
        }
    }

    private void RememberDisconnect(int strategy)
    {
        _disconnectedAt ??= new long[_strategyLoggedIn.Length];
        if ((uint)strategy < (uint)_disconnectedAt.Length)
        {
            _disconnectedAt[strategy] = _now;
        }
    }
}
