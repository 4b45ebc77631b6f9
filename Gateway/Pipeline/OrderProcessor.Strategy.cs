using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.Routing;
using RiskOrder = Gateway.RiskChecks.Orders.RiskOrder;

namespace Gateway.Pipeline;

/// <summary>Strategies' commands: new orders, cancels, replaces, mass cancels, and their connections coming and going.</summary>
public sealed partial class OrderProcessor
{
    private void OnNewOrder(int strategy, in NewOrderMessage message, long receivedTicks)
    {
        Counters.NewOrders.Increment();
        var id = message.ClientOrderId;
        if (!IsValid(in message))
        {
            RejectOrder(strategy, id, RejectReason.InvalidField, -1, "side, order type or time in force is not valid"u8);
            return;
        }

        var venue = _routes.Route(message.InstrumentId, message.VenueId);
        if (venue == RoutingTable.NoVenue)
        {
            var reason = message.VenueId < 0 && !_routes.IsKnownInstrument(message.InstrumentId)
                ? RejectReason.UnknownInstrument
                : RejectReason.UnknownVenue;
            RejectOrder(strategy, id, reason, message.VenueId, "no venue for this order (named venue or instrument's route)"u8);
            return;
        }

        if (_book.FindByClientOrderId(strategy, id) >= 0)
        {
            RejectOrder(strategy, id, RejectReason.DuplicateClientOrderId, venue, "client order id already used today"u8);
            return;
        }

        var risk = _risk.Check(ToRisk(strategy, in message, venue), _now);
        if (risk.Rejected)
        {
            RejectRisk(strategy, id, venue, risk);
            return;
        }

        if (!_venueUp[venue])
        {
            _risk.OnRejected(strategy, id);
            RejectOrder(strategy, id, RejectReason.VenueNotConnected, venue, "the venue's session is not logged on"u8);
            return;
        }

        var added = _book.TryAdd(strategy, in message, venue, _now, out var index);
        if (added != AddOrderResult.Added)
        {
            _risk.OnRejected(strategy, id);
            RejectOrder(
                strategy, id,
                added == AddOrderResult.DuplicateClientOrderId ? RejectReason.DuplicateClientOrderId : RejectReason.GatewayBusy,
                venue, "the order book cannot take the order"u8);
            return;
        }

        if (!Journal(index))
        {
            AbandonUnsent(index, "journal full: order not sent"u8);
            return;
        }

        _out.Venue(receivedTicks) = OrderRequests.NewOrder(in _book[index], _now);
        _out.Publish();
        NotifyAccepted(in _book[index]);
    }

    private void OnCancelOrder(int strategy, in CancelOrderMessage message, long receivedTicks)
    {
        Counters.Cancels.Increment();
        var index = _book.FindByClientOrderId(strategy, message.ClientOrderId);
        if (index < 0)
        {
            RejectCancel(strategy, message.ClientOrderId, 0, RejectReason.UnknownOrder, CancelRejectResponseTo.Cancel, "no such order"u8);
            return;
        }

        CancelOrder(index, CancelReason.Requested, receivedTicks, tellStrategyWhenRefused: true);
    }

    private void OnReplaceOrder(int strategy, in ReplaceOrderMessage message, long receivedTicks)
    {
        Counters.Replaces.Increment();
        var index = _book.FindByClientOrderId(strategy, message.OrigClientOrderId);
        if (index < 0)
        {
            RejectCancel(strategy, message.OrigClientOrderId, message.ClientOrderId, RejectReason.UnknownOrder,
                CancelRejectResponseTo.Replace, "no such order"u8);
            return;
        }

        if (_book.FindByClientOrderId(strategy, message.ClientOrderId) >= 0)
        {
            RejectCancel(strategy, message.OrigClientOrderId, message.ClientOrderId, RejectReason.DuplicateClientOrderId,
                CancelRejectResponseTo.Replace, "client order id already used today"u8);
            return;
        }

        ref var original = ref _book[index];
        var refused = OrderStateMachine.CheckReplace(in original, message.Quantity);
        if (refused != RejectReason.None)
        {
            RejectCancel(strategy, message.OrigClientOrderId, message.ClientOrderId, refused, CancelRejectResponseTo.Replace,
                RejectText(refused));
            return;
        }

        var replacement = ToRisk(in original, message.ClientOrderId, message.Quantity, message.Price);
        var risk = _risk.CheckReplace(replacement, original.ClientOrderId, _now);
        if (risk.Rejected)
        {
            Counters.RiskRejects.Increment();
            RejectCancel(strategy, message.OrigClientOrderId, message.ClientOrderId, RejectReason.RiskCheck,
                CancelRejectResponseTo.Replace, RiskCheckNames.Of(risk.Check));
            return;
        }

        var result = OrderStateMachine.Replace(_book, index, message.ClientOrderId, message.Quantity, message.Price, _now);
        if (result.Action != OrderAction.Send)
        {
            _risk.OnReplaceRejected(strategy, original.ClientOrderId);
            RejectCancel(strategy, message.OrigClientOrderId, message.ClientOrderId, result.RefuseReason,
                CancelRejectResponseTo.Replace, RejectText(result.RefuseReason));
            return;
        }

        if (!Journal(result.Index) || !Journal(result.OtherIndex))
        {
            // The replace stays pending in memory; without a journal the gateway must not send it.
            Counters.SendFailures.Increment();
            FailPending(result.OtherIndex, forReplace: true, "journal full: replace not sent"u8);
            return;
        }

        _out.Venue(receivedTicks) = OrderRequests.Replace(in _book[result.Index], in _book[result.OtherIndex], _now);
        _out.Publish();
    }

    private void OnMassCancel(int strategy, in MassCancelMessage message)
    {
        Counters.MassCancels.Increment();
        CancelWhere(new OpenOrderFilter(strategy, message.AccountId, message.InstrumentId, message.VenueId), CancelReason.MassCancel);
    }

    private void OnClientLoggedIn(int strategy)
    {
        if ((uint)strategy < (uint)_strategyLoggedIn.Length)
        {
            _strategyLoggedIn[strategy] = true;
        }

        SendOrderStatuses(strategy);
        for (var venue = 0; venue < _venueUp.Length; venue++)
        {
            if (_venueUp[venue])
            {
                NotifyStatus(strategy, SessionStatusCode.VenueUp, venue, "venue session logged on"u8);
            }
        }
    }

    private void OnClientDisconnected(int strategy)
    {
        if ((uint)strategy < (uint)_strategyLoggedIn.Length)
        {
            _strategyLoggedIn[strategy] = false;
        }

        RememberDisconnect(strategy);

        if (_cancelOnDisconnect)
        {
            CancelWhere(new OpenOrderFilter(StrategyId: strategy), CancelReason.Disconnect);
        }
    }

    /// <summary>
    /// Cancels an order (a strategy's request, or the gateway's own: kill switch, disconnect, mass cancel). A refusal
    /// is told to the strategy only for its own requests; the gateway's own skip orders already on their way out.
    /// </summary>
    private void CancelOrder(int index, CancelReason reason, long receivedTicks, bool tellStrategyWhenRefused)
    {
        var result = OrderStateMachine.Cancel(_book, index, reason, _now);
        switch (result.Action)
        {
            case OrderAction.Send:
                if (!Journal(result.Index))
                {
                    FailPending(result.Index, forReplace: false, "journal full: cancel not sent"u8);
                    return;
                }

                _out.Venue(receivedTicks) = OrderRequests.Cancel(in _book[result.Index], _now);
                _out.Publish();
                return;
            case OrderAction.Deferred:
                Journal(result.Index);
                return;
            default:
                if (tellStrategyWhenRefused)
                {
                    ref var order = ref _book[index];
                    RejectCancel(order.StrategyId, order.ClientOrderId, 0, result.RefuseReason, CancelRejectResponseTo.Cancel,
                        RejectText(result.RefuseReason));
                }

                return;
        }
    }

    private void CancelWhere(OpenOrderFilter filter, CancelReason reason)
    {
        var visitor = new CancelVisitor(this, reason);
        _book.ForEachOpen(in filter, ref visitor);
    }

    private static bool IsValid(in NewOrderMessage message) =>
        message.Side is Side.Buy or Side.Sell or Side.SellShort
        && message.OrderType is OrderType.Limit or OrderType.Market
        && message.TimeInForce is TimeInForce.Day or TimeInForce.GoodTillCancel or TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill;

    private static RiskOrder ToRisk(int strategy, in NewOrderMessage m, int venue) => new(
        strategy, m.AccountId, m.InstrumentId, venue, (RiskChecks.Orders.Side)m.Side, (RiskChecks.Orders.OrderType)m.OrderType,
        (RiskChecks.Orders.TimeInForce)m.TimeInForce, m.Quantity, m.Price, m.ClientOrderId);

    private static RiskOrder ToRisk(in OrderRecord o, long clientOrderId, long quantity, long price) => new(
        o.StrategyId, o.AccountId, o.InstrumentId, o.VenueId, (RiskChecks.Orders.Side)o.Side, (RiskChecks.Orders.OrderType)o.OrderType,
        (RiskChecks.Orders.TimeInForce)o.TimeInForce, quantity, price, clientOrderId);

    /// <summary>The book walks the open orders that match the filter; each gets the gateway's own cancel.</summary>
    private readonly struct CancelVisitor(OrderProcessor processor, CancelReason reason) : Orders.IOpenOrderVisitor
    {
        public void Visit(int index, ref OrderRecord order)
        {
            processor.Counters.GatewayCancels.Increment();
            processor.CancelOrder(index, reason, 0, tellStrategyWhenRefused: false);
        }
    }
}
