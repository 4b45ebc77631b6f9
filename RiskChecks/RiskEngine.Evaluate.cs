using System.Runtime.CompilerServices;
using Gateway.RiskChecks.Orders;
using Gateway.RiskChecks.State;

namespace Gateway.RiskChecks;

/// <summary>The checks themselves: pure reads of the state, cheapest and most decisive first.</summary>
public sealed partial class RiskEngine
{
    /// <summary>Every check of a new order. Reads only; <see cref="ReserveNew"/> commits a pass.</summary>
    private RiskResult EvaluateNew(in RiskOrder order, long nowNanos, out long valuation, out long notional)
    {
        var result = EvaluateOrder(in order, out valuation, out notional);
        if (result.Rejected)
        {
            return result;
        }

        ref var strategy = ref _strategies[order.StrategyId];
        ref var usage = ref strategy.Usage;
        var ids = strategy.ClientOrderIds!;
        if (ids.Contains(order.ClientOrderId))
        {
            return RiskResult.Reject(RiskCheck.DuplicateClientOrderId, 0, order.ClientOrderId);
        }

        if (ids.IsFull)
        {
            return RiskResult.Reject(RiskCheck.ClientOrderIdCapacity, ids.Capacity, ids.Count + 1L);
        }

        if (usage.OpenOrders >= strategy.Rule.MaxOpenOrders)
        {
            return RiskResult.Reject(RiskCheck.MaxOpenOrders, strategy.Rule.MaxOpenOrders, usage.OpenOrders + 1);
        }

        if (_orders.IsFull)
        {
            return RiskResult.Reject(RiskCheck.OrderTableFull, _orders.Capacity, _orders.Count + 1L);
        }

        result = CheckPosition(in order, order.Quantity);
        if (result.Rejected)
        {
            return result;
        }

        result = CheckDailyNotional(in order, notional);
        return result.Rejected ? result : CheckMessageRates(in order, nowNanos);
    }

    /// <summary>
    /// The checks of the order on its own (for new orders and replaces alike): kill switches, who may send what
    /// where, and the order's size and price. Gives the price it is valued at and its notional.
    /// </summary>
    private RiskResult EvaluateOrder(in RiskOrder order, out long valuation, out long notional)
    {
        valuation = 0;
        notional = 0;
        if (_globalKill)
        {
            return RiskResult.Reject(RiskCheck.GlobalKillSwitch, 0, 0);
        }

        if ((uint)order.StrategyId >= (uint)_strategies.Length || !_strategies[order.StrategyId].Rule.Configured)
        {
            return RiskResult.Reject(RiskCheck.UnknownStrategy, 0, order.StrategyId);
        }

        ref var strategy = ref _strategies[order.StrategyId];
        if (strategy.Killed)
        {
            return RiskResult.Reject(RiskCheck.StrategyKillSwitch, 0, order.StrategyId);
        }

        if (!strategy.Rule.Venues.Contains(order.VenueId))
        {
            return RiskResult.Reject(RiskCheck.VenueNotEntitled, 0, order.VenueId);
        }

        if (_venues[order.VenueId].Killed)
        {
            return RiskResult.Reject(RiskCheck.VenueKillSwitch, 0, order.VenueId);
        }

        if (!strategy.Rule.Accounts.Contains(order.AccountId))
        {
            return RiskResult.Reject(RiskCheck.AccountNotEntitled, 0, order.AccountId);
        }

        if ((uint)order.InstrumentId >= (uint)_instruments.Length || !_instruments[order.InstrumentId].Rule.Configured)
        {
            return RiskResult.Reject(RiskCheck.UnknownInstrument, 0, order.InstrumentId);
        }

        ref var instrument = ref _instruments[order.InstrumentId];
        if (instrument.Rule.Restricted)
        {
            return RiskResult.Reject(RiskCheck.RestrictedInstrument, 0, order.InstrumentId);
        }

        var quantity = order.Quantity;
        if (quantity <= 0)
        {
            return RiskResult.Reject(RiskCheck.InvalidQuantity, 1, quantity);
        }

        if (quantity > strategy.Rule.MaxOrderQuantity)
        {
            return RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, strategy.Rule.MaxOrderQuantity, quantity);
        }

        if (quantity > instrument.Rule.MaxOrderQuantity)
        {
            return RiskResult.Reject(RiskCheck.InstrumentMaxOrderQuantity, instrument.Rule.MaxOrderQuantity, quantity);
        }

        var result = CheckPrice(in order, in instrument, out valuation);
        if (result.Rejected)
        {
            return result;
        }

        notional = Price.Notional(valuation, quantity);
        if (notional > strategy.Rule.MaxOrderNotional)
        {
            return RiskResult.Reject(RiskCheck.StrategyMaxOrderNotional, strategy.Rule.MaxOrderNotional, notional);
        }

        if (notional > instrument.Rule.MaxOrderNotional)
        {
            return RiskResult.Reject(RiskCheck.InstrumentMaxOrderNotional, instrument.Rule.MaxOrderNotional, notional);
        }

        return RiskResult.Pass;
    }

    /// <summary>
    /// A limit order's price must be positive and inside the collar around the reference price (either side: a
    /// fat finger both ways). A market order is valued at the reference price, so it needs one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static RiskResult CheckPrice(in RiskOrder order, in InstrumentState instrument, out long valuation)
    {
        var reference = instrument.ReferencePrice;
        if (order.Type == OrderType.Market)
        {
            valuation = reference;
            return reference > 0 ? RiskResult.Pass : RiskResult.Reject(RiskCheck.NoReferencePrice, 0, order.InstrumentId);
        }

        valuation = order.Price;
        if (order.Price <= 0)
        {
            return RiskResult.Reject(RiskCheck.InvalidPrice, 0, order.Price);
        }

        if (!instrument.Rule.HasCollar)
        {
            return RiskResult.Pass;
        }

        if (reference <= 0)
        {
            return RiskResult.Reject(RiskCheck.NoReferencePrice, 0, order.InstrumentId);
        }

        var band = instrument.Rule.CollarBand(reference);
        if (order.Price > reference + band)
        {
            return RiskResult.Reject(RiskCheck.PriceCollar, reference + band, order.Price);
        }

        return order.Price < reference - band
            ? RiskResult.Reject(RiskCheck.PriceCollar, reference - band, order.Price)
            : RiskResult.Pass;
    }

    /// <summary>The account's position in the instrument if <paramref name="extra"/> more were open on the order's side.</summary>
    private RiskResult CheckPosition(in RiskOrder order, long extra)
    {
        var slot = _positions.Find(order.AccountId, order.InstrumentId);
        if (slot < 0 && _positions.Count >= _positions.Capacity)
        {
            return RiskResult.Reject(RiskCheck.PositionTableFull, _positions.Capacity, _positions.Count + 1L);
        }

        var position = slot >= 0 ? _positions[slot] : default;
        ref readonly var rule = ref _instruments[order.InstrumentId].Rule;
        if (order.IsBuy)
        {
            var worst = Price.AddSaturated(position.WorstLong, extra);
            return worst > rule.MaxLongPosition ? RiskResult.Reject(RiskCheck.MaxLongPosition, rule.MaxLongPosition, worst) : RiskResult.Pass;
        }

        var worstShort = Price.AddSaturated(position.WorstShort, extra);
        return worstShort > rule.MaxShortPosition
            ? RiskResult.Reject(RiskCheck.MaxShortPosition, rule.MaxShortPosition, worstShort)
            : RiskResult.Pass;
    }

    /// <summary>Today's gross notional of the strategy and the account with <paramref name="extra"/> more.</summary>
    private RiskResult CheckDailyNotional(in RiskOrder order, long extra)
    {
        ref readonly var strategy = ref _strategies[order.StrategyId];
        var strategyTotal = Price.AddSaturated(strategy.Usage.DailyNotional, extra);
        if (strategyTotal > strategy.Rule.MaxDailyNotional)
        {
            return RiskResult.Reject(RiskCheck.StrategyDailyNotional, strategy.Rule.MaxDailyNotional, strategyTotal);
        }

        ref readonly var account = ref _accounts[order.AccountId];
        var accountTotal = Price.AddSaturated(account.Usage.DailyNotional, extra);
        return accountTotal > account.Rule.CreditLimit
            ? RiskResult.Reject(RiskCheck.AccountCreditLimit, account.Rule.CreditLimit, accountTotal)
            : RiskResult.Pass;
    }

    private RiskResult CheckMessageRates(in RiskOrder order, long nowNanos)
    {
        var strategyThrottle = _strategies[order.StrategyId].Throttle;
        if (strategyThrottle is not null && !strategyThrottle.WouldAdmit(nowNanos))
        {
            return RiskResult.Reject(RiskCheck.StrategyMessageRate, strategyThrottle.MaxMessages, strategyThrottle.MaxMessages + 1L);
        }

        var venueThrottle = _venues[order.VenueId].Throttle;
        return venueThrottle is not null && !venueThrottle.WouldAdmit(nowNanos)
            ? RiskResult.Reject(RiskCheck.VenueMessageRate, venueThrottle.MaxMessages, venueThrottle.MaxMessages + 1L)
            : RiskResult.Pass;
    }

    /// <summary>Counts a message against the strategy's and the venue's rate (after every check passed).</summary>
    private void AdmitMessage(int strategyId, int venueId, long nowNanos)
    {
        _strategies[strategyId].Throttle?.Admit(nowNanos);
        _venues[venueId].Throttle?.Admit(nowNanos);
    }
}
