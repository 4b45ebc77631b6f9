using Gateway.RiskChecks.Orders;
using Gateway.RiskChecks.State;

namespace Gateway.RiskChecks;

/// <summary>What the venue did with an order, and how that moves usage.</summary>
public sealed partial class RiskEngine
{
    /// <summary>The venue acknowledged the order: it is open (its usage was reserved when it passed).</summary>
    public LifecycleResult OnAccepted(int strategyId, long clientOrderId)
    {
        var slot = _orders.Find(strategyId, clientOrderId);
        if (slot < 0)
        {
            return Anomaly(LifecycleResult.UnknownOrder);
        }

        _orders[slot].State = OrderState.Open;
        return LifecycleResult.Applied;
    }

    /// <summary>
    /// A fill: the position moves, the filled notional of the day grows, the order's reservation shrinks, and a
    /// fully filled order closes. The fill price becomes the instrument's last trade.
    /// </summary>
    public LifecycleResult OnFilled(int strategyId, long clientOrderId, long quantity, long price, long nowNanos)
    {
        Prepare(nowNanos);
        var slot = _orders.Find(strategyId, clientOrderId);
        if (slot < 0)
        {
            return Anomaly(LifecycleResult.UnknownOrder);
        }

        if (quantity <= 0 || price <= 0)
        {
            return Anomaly(LifecycleResult.InvalidFill);
        }

        ref var order = ref _orders[slot];
        var outcome = quantity > Math.Max(order.LeavesQuantity, order.PendingQuantity - order.CumulativeQuantity)
            ? LifecycleResult.Overfill
            : LifecycleResult.Applied;

        ref var position = ref _positions[order.PositionSlot];
        Volatile.Write(ref position.Position, position.Position + (order.Side == Side.Buy ? quantity : -quantity));
        var filled = Price.Notional(price, quantity);
        ref var strategyUsage = ref _strategies[order.StrategyId].Usage;
        Volatile.Write(ref strategyUsage.FilledNotional, Price.AddSaturated(strategyUsage.FilledNotional, filled));
        ref var accountUsage = ref _accounts[order.AccountId].Usage;
        Volatile.Write(ref accountUsage.FilledNotional, Price.AddSaturated(accountUsage.FilledNotional, filled));
        _instruments[order.InstrumentId].LastTrade = price;

        order.CumulativeQuantity += quantity;
        Rebalance(ref order);
        if (order.LeavesQuantity == 0)
        {
            Close(slot);
        }

        return outcome == LifecycleResult.Applied ? outcome : Anomaly(outcome);
    }

    /// <summary>The order was canceled: what it had left is released.</summary>
    public LifecycleResult OnCanceled(int strategyId, long clientOrderId) => Close(strategyId, clientOrderId);

    /// <summary>The venue (or a later check) rejected the order: everything it reserved is released.</summary>
    public LifecycleResult OnRejected(int strategyId, long clientOrderId) => Close(strategyId, clientOrderId);

    /// <summary>The order expired (end of day, IOC remainder): what it had left is released.</summary>
    public LifecycleResult OnExpired(int strategyId, long clientOrderId) => Close(strategyId, clientOrderId);

    private LifecycleResult Close(int strategyId, long clientOrderId)
    {
        var slot = _orders.Find(strategyId, clientOrderId);
        if (slot < 0)
        {
            return Anomaly(LifecycleResult.UnknownOrder);
        }

        Close(slot);
        return LifecycleResult.Applied;
    }

    /// <summary>Creates the order's entry and reserves its worst case (after every check passed).</summary>
    private void ReserveNew(in RiskOrder order, long nowNanos, long valuation)
    {
        ref var strategy = ref _strategies[order.StrategyId];
        strategy.ClientOrderIds!.Add(order.ClientOrderId);
        var slot = _orders.Add(order.StrategyId, order.ClientOrderId);
        ref var entry = ref _orders[slot];
        entry.AccountId = order.AccountId;
        entry.InstrumentId = order.InstrumentId;
        entry.VenueId = order.VenueId;
        entry.Side = order.Side;
        entry.State = OrderState.PendingNew;
        entry.OrderQuantity = order.Quantity;
        entry.Price = valuation;
        entry.PositionSlot = _positions.FindOrAdd(order.AccountId, order.InstrumentId);
        Rebalance(ref entry);
        Volatile.Write(ref strategy.Usage.OpenOrders, strategy.Usage.OpenOrders + 1);
        AdmitMessage(order.StrategyId, order.VenueId, nowNanos);
    }

    /// <summary>Releases what an order still reserves and forgets it.</summary>
    private void Close(int slot)
    {
        ref var order = ref _orders[slot];
        order.OrderQuantity = order.CumulativeQuantity;
        order.PendingQuantity = 0;
        Rebalance(ref order);
        ref var usage = ref _strategies[order.StrategyId].Usage;
        Volatile.Write(ref usage.OpenOrders, usage.OpenOrders - 1);
        _orders.Remove(slot);
    }

    /// <summary>
    /// Brings what the order reserves in line with what it could still do: its leaves at its price, or while a
    /// replace is pending the larger of the old and the new. The difference moves the open quantity of the
    /// position and the open notional of the strategy and the account.
    /// </summary>
    private void Rebalance(ref OpenOrder order)
    {
        var quantity = order.LeavesQuantity;
        var notional = Price.Notional(order.Price, quantity);
        if (order.HasPendingReplace)
        {
            var pending = Math.Max(0, order.PendingQuantity - order.CumulativeQuantity);
            quantity = Math.Max(quantity, pending);
            notional = Math.Max(notional, Price.Notional(order.PendingPrice, pending));
        }

        var quantityChange = quantity - order.ReservedQuantity;
        if (quantityChange != 0)
        {
            ref var position = ref _positions[order.PositionSlot];
            if (order.Side == Side.Buy)
            {
                Volatile.Write(ref position.OpenBuy, position.OpenBuy + quantityChange);
            }
            else
            {
                Volatile.Write(ref position.OpenSell, position.OpenSell + quantityChange);
            }
        }

        var notionalChange = notional - order.ReservedNotional;
        if (notionalChange != 0)
        {
            ref var strategyUsage = ref _strategies[order.StrategyId].Usage;
            Volatile.Write(ref strategyUsage.OpenNotional, strategyUsage.OpenNotional + notionalChange);
            ref var accountUsage = ref _accounts[order.AccountId].Usage;
            Volatile.Write(ref accountUsage.OpenNotional, accountUsage.OpenNotional + notionalChange);
        }

        order.ReservedQuantity = quantity;
        order.ReservedNotional = notional;
    }

    private LifecycleResult Anomaly(LifecycleResult result)
    {
        _counters.LifecycleAnomalies[(int)result]++;
        return result;
    }
}
