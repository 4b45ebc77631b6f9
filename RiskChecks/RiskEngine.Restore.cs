using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks;

/// <summary>What a restore call did. Anything but <see cref="Restored"/> left the engine as it was.</summary>
public enum RestoreResult : byte
{
    Restored = 0,

    /// <summary>A strategy, account, instrument or venue id the limits do not know.</summary>
    UnknownId = 1,

    /// <summary>Nothing left open (quantity not above what has filled), or a fill that is not positive.</summary>
    InvalidQuantity = 2,

    /// <summary>The client order id is used already (an order restored twice).</summary>
    DuplicateClientOrderId = 3,

    /// <summary>No open order with that client order id (a pending replace restored before its order).</summary>
    UnknownOrder = 4,

    /// <summary>An engine table is full: the open orders, the positions, or the strategy's client order ids.</summary>
    TableFull = 5,
}

/// <summary>
/// Start-up after a restart: the order journal puts back what the engine had before it stopped, with no limit
/// checked (those orders passed already, or the venue filled them): each fill's effect on position and filled
/// notional, each open order's reservation, each client order id used today. Risk thread, before any order.
/// <para>
/// Order of calls: start-of-day positions (admin) first; then for each order chain (an order and the records
/// that replaced it) <see cref="RestoreFills"/> once with the last record's totals; <see cref="RestoreOpenOrder"/>
/// for each open order (its filled part is already in the position); <see cref="RestorePendingReplace"/> for a
/// replace in flight; <see cref="RestoreClientOrderId"/> for the ids of final orders. The message-rate windows
/// start empty: messages sent before the restart are not counted again.
/// </para>
/// </summary>
public sealed partial class RiskEngine
{
    /// <summary>
    /// An open order back in the engine as if it had passed <see cref="Check"/> and filled <paramref name="filledQuantity"/>
    /// (restored separately by <see cref="RestoreFills"/>): it reserves what is left, counts as open and its id as used.
    /// </summary>
    public RestoreResult RestoreOpenOrder(in RiskOrder order, long filledQuantity, long nowNanos)
    {
        Prepare(nowNanos);
        if (!KnownIds(order.StrategyId, order.AccountId, order.InstrumentId, order.VenueId))
        {
            return RestoreResult.UnknownId;
        }

        if (filledQuantity < 0 || order.Quantity <= filledQuantity)
        {
            return RestoreResult.InvalidQuantity;
        }

        ref var strategy = ref _strategies[order.StrategyId];
        var ids = strategy.ClientOrderIds!;
        if (ids.Contains(order.ClientOrderId))
        {
            return RestoreResult.DuplicateClientOrderId;
        }

        var positionSlot = _positions.FindOrAdd(order.AccountId, order.InstrumentId);
        if (positionSlot < 0 || _orders.IsFull || ids.IsFull)
        {
            return RestoreResult.TableFull;
        }

        ids.Add(order.ClientOrderId);
        var slot = _orders.Add(order.StrategyId, order.ClientOrderId);
        ref var entry = ref _orders[slot];
        entry.AccountId = order.AccountId;
        entry.InstrumentId = order.InstrumentId;
        entry.VenueId = order.VenueId;
        entry.Side = order.Side;
        entry.State = State.OrderState.Open;
        entry.OrderQuantity = order.Quantity;
        entry.CumulativeQuantity = filledQuantity;
        entry.Price = order.Type == OrderType.Market ? _instruments[order.InstrumentId].ReferencePrice : order.Price;
        entry.PositionSlot = positionSlot;
        Rebalance(ref entry);
        Volatile.Write(ref strategy.Usage.OpenOrders, strategy.Usage.OpenOrders + 1);
        return RestoreResult.Restored;
    }

    /// <summary>
    /// A replace sent and not answered before the restart: as after <see cref="CheckReplace"/>, the larger of the old
    /// and the new exposure is reserved until <see cref="OnReplaced"/> or <see cref="OnReplaceRejected"/>.
    /// </summary>
    public RestoreResult RestorePendingReplace(in RiskOrder replacement, long originalClientOrderId, long nowNanos)
    {
        Prepare(nowNanos);
        if (!KnownIds(replacement.StrategyId, replacement.AccountId, replacement.InstrumentId, replacement.VenueId))
        {
            return RestoreResult.UnknownId;
        }

        var slot = _orders.Find(replacement.StrategyId, originalClientOrderId);
        if (slot < 0 || _orders[slot].HasPendingReplace)
        {
            return RestoreResult.UnknownOrder;
        }

        ref var order = ref _orders[slot];
        if (replacement.Quantity <= 0)
        {
            return RestoreResult.InvalidQuantity;
        }

        var ids = _strategies[replacement.StrategyId].ClientOrderIds!;
        if (ids.Contains(replacement.ClientOrderId))
        {
            return RestoreResult.DuplicateClientOrderId;
        }

        if (!ids.Add(replacement.ClientOrderId))
        {
            return RestoreResult.TableFull;
        }

        order.PendingClientOrderId = replacement.ClientOrderId;
        order.PendingQuantity = replacement.Quantity;
        order.PendingPrice = replacement.Type == OrderType.Market
            ? _instruments[replacement.InstrumentId].ReferencePrice
            : replacement.Price;
        Rebalance(ref order);
        return RestoreResult.Restored;
    }

    /// <summary>
    /// What an order chain has filled today, at once: <paramref name="quantity"/> moves the position,
    /// <paramref name="notional"/> (Σ price × quantity of the fills, fixed-point) adds to the filled notional of the
    /// strategy and the account, <paramref name="lastPrice"/> becomes the instrument's last trade. No order is touched.
    /// </summary>
    public RestoreResult RestoreFills(int strategyId, int accountId, int instrumentId, Side side, long quantity, long notional,
        long lastPrice, long nowNanos)
    {
        Prepare(nowNanos);
        if (!KnownIds(strategyId, accountId, instrumentId, venueId: 0))
        {
            return RestoreResult.UnknownId;
        }

        if (quantity <= 0 || notional < 0)
        {
            return RestoreResult.InvalidQuantity;
        }

        var slot = _positions.FindOrAdd(accountId, instrumentId);
        if (slot < 0)
        {
            return RestoreResult.TableFull;
        }

        ref var position = ref _positions[slot];
        Volatile.Write(ref position.Position, position.Position + (side == Side.Buy ? quantity : -quantity));
        ref var strategyUsage = ref _strategies[strategyId].Usage;
        Volatile.Write(ref strategyUsage.FilledNotional, Price.AddSaturated(strategyUsage.FilledNotional, notional));
        ref var accountUsage = ref _accounts[accountId].Usage;
        Volatile.Write(ref accountUsage.FilledNotional, Price.AddSaturated(accountUsage.FilledNotional, notional));
        if (lastPrice > 0)
        {
            _instruments[instrumentId].LastTrade = lastPrice;
        }

        return RestoreResult.Restored;
    }

    /// <summary>A client order id of a final order: used today, so it cannot be sent again.</summary>
    public RestoreResult RestoreClientOrderId(int strategyId, long clientOrderId, long nowNanos)
    {
        Prepare(nowNanos);
        if ((uint)strategyId >= (uint)_strategies.Length || _strategies[strategyId].ClientOrderIds is not { } ids)
        {
            return RestoreResult.UnknownId;
        }

        if (ids.Contains(clientOrderId))
        {
            return RestoreResult.DuplicateClientOrderId;
        }

        return ids.Add(clientOrderId) ? RestoreResult.Restored : RestoreResult.TableFull;
    }

    /// <summary>Ids inside the tables and a configured strategy (entitlements are not checked: the order was sent).</summary>
    private bool KnownIds(int strategyId, int accountId, int instrumentId, int venueId) =>
        (uint)strategyId < (uint)_strategies.Length && _strategies[strategyId].Rule.Configured
        && _strategies[strategyId].ClientOrderIds is not null
        && (uint)accountId < (uint)_accounts.Length
        && (uint)instrumentId < (uint)_instruments.Length
        && (uint)venueId < (uint)_venues.Length;
}
