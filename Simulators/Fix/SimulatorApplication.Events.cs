using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>Matching events to ExecutionReports and OrderCancelRejects; the market maker's own events are dropped.</summary>
internal sealed partial class SimulatorApplication
{
    private void Accepted(in OrderState order)
    {
        var slot = (int)order.ClientRef;
        ref var record = ref _orders[slot];
        record.OrderId = order.OrderId;
        _counters.Accept();
        ref var report = ref StartExecution(in record, '0', '0');
        report.LeavesQty = order.Leaves;
        Commit(ref report);
    }

    private void Filled(in OrderState order, in Trade trade)
    {
        var slot = (int)order.ClientRef;
        ref var record = ref _orders[slot];
        record.CumQty = order.Filled;
        record.Notional += (Int128)trade.Price * trade.Quantity;
        _counters.Fill();
        ref var report = ref StartExecution(in record, 'F', order.Leaves == 0 ? '2' : '1');
        report.LastQty = trade.Quantity;
        report.LastPx = trade.Price;
        report.LeavesQty = order.Leaves;
        Commit(ref report);
        if (order.Leaves == 0)
        {
            _orders.Remove(slot);
        }
    }

    private void Canceled(in OrderState order, MatchCancelReason reason)
    {
        var slot = (int)order.ClientRef;
        ref var record = ref _orders[slot];
        _counters.Cancel();
        ref var report = ref StartExecution(in record, '4', '4');
        if (reason == MatchCancelReason.Requested)
        {
            report.ClOrdId = _requestClOrdId;
            report.OrigClOrdId = record.ClOrdId;
        }

        report.Text = VenueTexts.Of(reason);
        Commit(ref report);
        _orders.Remove(slot);
    }

    private void Replaced(in OrderState order)
    {
        var slot = (int)order.ClientRef;
        ref var record = ref _orders[slot];
        record.Quantity = order.Quantity;
        record.Price = order.Price;
        _counters.Replace();
        ref var report = ref StartExecution(in record, '5', order.Filled > 0 ? '1' : '0');
        report.ClOrdId = _requestClOrdId;
        report.OrigClOrdId = record.ClOrdId;
        report.LeavesQty = order.Leaves;
        Commit(ref report);
        _orders.Rename(slot, _requestClOrdId.Span);
    }

    private void Rejected(in NewOrder order, MatchRejectReason reason)
    {
        var slot = (int)order.ClientRef;
        ref var record = ref _orders[slot];
        _counters.Reject();
        ref var report = ref StartExecution(in record, '8', '8');
        report.Text = VenueTexts.Of(reason);
        Commit(ref report);
        _orders.Remove(slot);
    }

    /// <summary>
    /// OrderCancelReject: OrdStatus is the live order's (0 or 1), 2 for an order no longer live (the venue does
    /// not remember whether it filled or was canceled) and 8 for an unknown one.
    /// </summary>
    private void CancelRejected(long orderId, bool isReplace, MatchCancelRejectReason reason, byte[]? text = null)
    {
        _counters.CancelReject();
        ref var report = ref Begin(_requestSession, OutboundKind.OrderCancelReject);
        var live = _engine.TryGetOrder(orderId, out var order);
        report.OrderId = reason == MatchCancelRejectReason.UnknownOrder ? 0 : orderId;
        report.ClOrdId = _requestClOrdId;
        report.OrigClOrdId = _requestOrigClOrdId;
        report.OrdStatus = live ? (order.Filled > 0 ? '1' : '0') : reason == MatchCancelRejectReason.UnknownOrder ? '8' : '2';
        report.ResponseTo = isReplace ? '2' : '1';
        report.CxlRejReason = reason switch
        {
            MatchCancelRejectReason.TooLate => 0,
            MatchCancelRejectReason.UnknownOrder => 1,
            _ => 99,
        };
        report.Text = text ?? VenueTexts.Of(reason);
        Commit(ref report);
    }

    /// <summary>An ExecutionReport with the order's ids, terms and totals; the caller adds the event's fields.</summary>
    private ref OutboundReport StartExecution(ref readonly ClientOrder record, char execType, char ordStatus)
    {
        ref var report = ref Begin(record.Session, OutboundKind.ExecutionReport);
        report.OrderId = record.OrderId;
        report.ExecId = ++_execId;
        report.ExecType = execType;
        report.OrdStatus = ordStatus;
        report.ClOrdId = record.ClOrdId;
        report.Symbol.Set(_engine.SymbolBytes(record.Symbol));
        report.Side = record.Side;
        report.OrdType = record.OrdType;
        report.OrderQty = record.Quantity;
        report.Price = record.Price;
        report.CumQty = record.CumQty;
        report.AvgPx = record.AvgPx;
        return ref report;
    }

    /// <summary>The engine's listener: forwards client orders' events (owner ≥ 0) to the application.</summary>
    private readonly struct Events(SimulatorApplication app) : IMatchListener
    {
        public void OnAccepted(in OrderState order)
        {
            if (order.Owner >= 0)
            {
                app.Accepted(in order);
            }
        }

        public void OnTrade(in Trade trade)
        {
            if (trade.Resting.Owner >= 0)
            {
                app.Filled(trade.Resting, in trade);
            }

            if (trade.Aggressor.Owner >= 0)
            {
                app.Filled(trade.Aggressor, in trade);
            }
        }

        public void OnCanceled(in OrderState order, MatchCancelReason reason)
        {
            if (order.Owner >= 0)
            {
                app.Canceled(in order, reason);
            }
        }

        public void OnReplaced(in OrderState order, long oldQuantity, long oldPrice)
        {
            if (order.Owner >= 0)
            {
                app.Replaced(in order);
            }
        }

        public void OnRejected(in NewOrder order, MatchRejectReason reason)
        {
            if (order.Owner >= 0)
            {
                app.Rejected(in order, reason);
            }
        }

        public void OnCancelRejected(long orderId, long requestRef, bool isReplace, MatchCancelRejectReason reason) =>
            app.CancelRejected(orderId, isReplace, reason);
    }
}
