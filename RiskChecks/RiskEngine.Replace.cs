using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks;

/// <summary>
/// Cancel/replace: the new quantity and price are checked like a new order's; while the venue has not answered,
/// the larger of the old and the new exposure is reserved; the answer settles on one of them.
/// </summary>
public sealed partial class RiskEngine
{
    /// <summary>
    /// Checks a replace of open order <paramref name="originalClientOrderId"/> by <paramref name="replacement"/>
    /// (a new client order id; the new total quantity, including what has filled; the new price). Only quantity
    /// and price may change. Passing reserves the larger exposure until <see cref="OnReplaced"/> or
    /// <see cref="OnReplaceRejected"/>.
    /// </summary>
    public RiskResult CheckReplace(in RiskOrder replacement, long originalClientOrderId, long nowNanos)
    {
        Prepare(nowNanos);
        var result = EvaluateReplace(in replacement, originalClientOrderId, nowNanos, out var slot, out var valuation);
        if (result.Passed)
        {
            ref var order = ref _orders[slot];
            _strategies[replacement.StrategyId].ClientOrderIds!.Add(replacement.ClientOrderId);
            order.PendingClientOrderId = replacement.ClientOrderId;
            order.PendingQuantity = replacement.Quantity;
            order.PendingPrice = valuation;
            Rebalance(ref order);
            AdmitMessage(replacement.StrategyId, replacement.VenueId, nowNanos);
        }

        Count(result, replacement.StrategyId);
        return result;
    }

    /// <summary>The venue replaced the order: it carries the new client order id, quantity and price from now on.</summary>
    public LifecycleResult OnReplaced(int strategyId, long originalClientOrderId)
    {
        var slot = _orders.Find(strategyId, originalClientOrderId);
        if (slot < 0)
        {
            return Anomaly(LifecycleResult.UnknownOrder);
        }

        if (!_orders[slot].HasPendingReplace)
        {
            return Anomaly(LifecycleResult.NoPendingReplace);
        }

        // Move the entry to its new key with what it reserves, then let the reservation shrink to the new order.
        var order = _orders[slot];
        _orders.Remove(slot);
        slot = _orders.Add(strategyId, order.PendingClientOrderId);
        ref var entry = ref _orders[slot];
        entry = order;
        entry.ClientOrderId = order.PendingClientOrderId;
        entry.OrderQuantity = order.PendingQuantity;
        entry.Price = order.PendingPrice;
        entry.PendingClientOrderId = 0;
        entry.PendingQuantity = 0;
        entry.PendingPrice = 0;
        Rebalance(ref entry);
        if (entry.LeavesQuantity == 0)
        {
            Close(slot);
        }

        return LifecycleResult.Applied;
    }

    /// <summary>The venue refused the replace: the order stays as it was, the extra reservation is released.</summary>
    public LifecycleResult OnReplaceRejected(int strategyId, long originalClientOrderId)
    {
        var slot = _orders.Find(strategyId, originalClientOrderId);
        if (slot < 0)
        {
            return Anomaly(LifecycleResult.UnknownOrder);
        }

        ref var order = ref _orders[slot];
        if (!order.HasPendingReplace)
        {
            return Anomaly(LifecycleResult.NoPendingReplace);
        }

        order.PendingClientOrderId = 0;
        order.PendingQuantity = 0;
        order.PendingPrice = 0;
        Rebalance(ref order);
        return LifecycleResult.Applied;
    }

    private RiskResult EvaluateReplace(in RiskOrder replacement, long originalClientOrderId, long nowNanos, out int slot,
        out long valuation)
    {
        slot = -1;
        var result = EvaluateOrder(in replacement, out valuation, out _);
        if (result.Rejected)
        {
            return result;
        }

        slot = _orders.Find(replacement.StrategyId, originalClientOrderId);
        if (slot < 0)
        {
            return RiskResult.Reject(RiskCheck.UnknownOrder, 0, originalClientOrderId);
        }

        ref readonly var order = ref _orders[slot];
        if (order.HasPendingReplace)
        {
            return RiskResult.Reject(RiskCheck.ReplacePending, 0, originalClientOrderId);
        }

        if (order.AccountId != replacement.AccountId || order.InstrumentId != replacement.InstrumentId
            || order.VenueId != replacement.VenueId || (order.Side == Side.Buy) != replacement.IsBuy)
        {
            return RiskResult.Reject(RiskCheck.ReplaceMismatch, 0, 0);
        }

        if (replacement.Quantity <= order.CumulativeQuantity)
        {
            return RiskResult.Reject(RiskCheck.InvalidQuantity, order.CumulativeQuantity + 1, replacement.Quantity);
        }

        var ids = _strategies[replacement.StrategyId].ClientOrderIds!;
        if (ids.Contains(replacement.ClientOrderId))
        {
            return RiskResult.Reject(RiskCheck.DuplicateClientOrderId, 0, replacement.ClientOrderId);
        }

        if (ids.IsFull)
        {
            return RiskResult.Reject(RiskCheck.ClientOrderIdCapacity, ids.Capacity, ids.Count + 1L);
        }

        // While pending, the larger of the old and the new counts: the increase is what must fit.
        var newLeaves = replacement.Quantity - order.CumulativeQuantity;
        var oldLeaves = order.LeavesQuantity;
        var quantityIncrease = Math.Max(oldLeaves, newLeaves) - order.ReservedQuantity;
        var notionalIncrease = Math.Max(Price.Notional(order.Price, oldLeaves), Price.Notional(valuation, newLeaves))
            - order.ReservedNotional;
        result = CheckPosition(in replacement, quantityIncrease);
        if (result.Rejected)
        {
            return result;
        }

        result = CheckDailyNotional(in replacement, notionalIncrease);
        return result.Rejected ? result : CheckMessageRates(in replacement, nowNanos);
    }
}
