using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>
/// Reading NewOrderSingle (D), OrderCancelRequest (F) and OrderCancelReplaceRequest (G) and handing them to the
/// matching engine. Bad fields on a new order get an ExecutionReport Rejected (39=8) with Text; a message without
/// the ids to answer it by (ClOrdID, OrigClOrdID) gets a BusinessMessageReject.
/// </summary>
internal sealed partial class SimulatorApplication
{
    // The request being handled, for the events it causes (cancel and replace answers carry its ids).
    private InlineText _requestClOrdId;
    private InlineText _requestOrigClOrdId;
    private int _requestSession;

    private FixAppResult OnNewOrder(VenueSession state, in FixMessage message)
    {
        _counters.Order();
        if (!message.TryGetValue(11, out var clOrdId) || clOrdId.IsEmpty)
        {
            _counters.Unsupport();
            return FixAppResult.BusinessReject(BusinessRejectReason.ConditionallyRequiredFieldMissing, "ClOrdID (11) missing");
        }

        message.TryGetValue(55, out var symbolName);
        var hasSide = message.TryGetChar(54, out var sideChar);
        var hasType = message.TryGetChar(40, out var ordType);
        var hasQuantity = FixPrices.TryReadQuantity(in message, 38, out var quantity);
        var hasPrice = FixPrices.TryRead(in message, 44, out var price);
        var tif = message.TryGetChar(59, out var tifChar) ? tifChar : '0';

        byte[]? problem = null;
        var symbol = -1;
        var side = sideChar switch { '1' => MatchSide.Buy, '2' or '5' or '6' => MatchSide.Sell, _ => default };
        var type = ordType switch { '1' => MatchOrderType.Market, '2' => MatchOrderType.Limit, _ => default };
        var timeInForce = tif switch
        {
            '0' or '1' or '6' => MatchTimeInForce.Day,
            '3' => MatchTimeInForce.ImmediateOrCancel,
            '4' => MatchTimeInForce.FillOrKill,
            _ => (MatchTimeInForce)255,
        };
        if (clOrdId.Length > Bytes64.Length)
        {
            problem = VenueTexts.LongClOrdId;
        }
        else if (_orders.Contains(state.Index, clOrdId))
        {
            problem = VenueTexts.DuplicateClOrdId;
        }
        else if (!_engine.TryFindSymbol(symbolName, out symbol))
        {
            problem = VenueTexts.UnknownSymbol;
        }
        else if (!hasSide || side == default)
        {
            problem = VenueTexts.BadSide;
        }
        else if (!hasType || type == default)
        {
            problem = VenueTexts.BadOrdType;
        }
        else if ((byte)timeInForce == 255)
        {
            problem = VenueTexts.BadTimeInForce;
        }
        else if (!hasQuantity || quantity <= 0)
        {
            problem = VenueTexts.BadQuantity;
        }
        else if (type == MatchOrderType.Limit && (!hasPrice || price <= 0))
        {
            problem = VenueTexts.BadPrice;
        }
        else if (RejectRatio > 0 && _random.NextDouble() < RejectRatio)
        {
            problem = VenueTexts.Simulated;
        }

        if (problem is not null)
        {
            ref var reject = ref Begin(state.Index, OutboundKind.ExecutionReport);
            reject.ExecId = ++_execId;
            reject.ExecType = '8';
            reject.OrdStatus = '8';
            reject.ClOrdId.Set(clOrdId);
            reject.Symbol.Set(symbolName);
            reject.Side = hasSide ? sideChar : '1';
            reject.OrdType = hasType ? ordType : '2';
            reject.OrderQty = hasQuantity ? Math.Max(0, quantity) : 0;
            reject.Price = hasPrice ? Math.Max(0, price) : 0;
            reject.Text = problem;
            Commit(ref reject);
            _counters.Reject();
            return FixAppResult.Accepted;
        }

        var slot = _orders.Add(state.Index, clOrdId);
        ref var record = ref _orders[slot];
        record.Symbol = symbol;
        record.Side = sideChar;
        record.OrdType = ordType;
        record.Quantity = quantity;
        record.Price = type == MatchOrderType.Limit ? price : 0;
        var order = new NewOrder
        {
            Symbol = symbol,
            Owner = state.Index,
            ClientRef = slot,
            Side = side,
            Type = type,
            TimeInForce = timeInForce,
            Quantity = quantity,
            Price = record.Price,
        };
        var events = new Events(this);
        _engine.Submit(in order, ref events);
        return FixAppResult.Accepted;
    }

    private FixAppResult OnCancel(VenueSession state, in FixMessage message)
    {
        if (!ReadIds(state, in message, out var orderId))
        {
            _counters.Unsupport();
            return FixAppResult.BusinessReject(
                BusinessRejectReason.ConditionallyRequiredFieldMissing, "ClOrdID (11) and OrigClOrdID (41) are required");
        }

        var events = new Events(this);
        if (orderId < 0)
        {
            events.OnCancelRejected(0, 0, isReplace: false, MatchCancelRejectReason.UnknownOrder);
        }
        else
        {
            _engine.Cancel(orderId, state.Index, ref events);
        }

        return FixAppResult.Accepted;
    }

    private FixAppResult OnReplace(VenueSession state, in FixMessage message)
    {
        if (!ReadIds(state, in message, out var orderId))
        {
            _counters.Unsupport();
            return FixAppResult.BusinessReject(
                BusinessRejectReason.ConditionallyRequiredFieldMissing, "ClOrdID (11) and OrigClOrdID (41) are required");
        }

        var events = new Events(this);
        if (orderId < 0)
        {
            events.OnCancelRejected(0, 0, isReplace: true, MatchCancelRejectReason.UnknownOrder);
            return FixAppResult.Accepted;
        }

        _engine.TryGetOrder(orderId, out var current);
        var newClOrdId = _requestClOrdId.Span;
        var renamesToLive = !newClOrdId.SequenceEqual(_requestOrigClOrdId.Span) && _orders.Contains(state.Index, newClOrdId);
        if (!FixPrices.TryReadQuantity(in message, 38, out var quantity) || quantity <= 0 || renamesToLive)
        {
            // Refused here, not by the engine: CxlRejReason 99 (Other) with the reason in Text.
            CancelRejected(orderId, isReplace: true, MatchCancelRejectReason.QuantityNotAboveFilled,
                renamesToLive ? VenueTexts.DuplicateClOrdId : VenueTexts.BadQuantity);
            return FixAppResult.Accepted;
        }

        var price = FixPrices.TryRead(in message, 44, out var newPrice) ? newPrice : current.Price;
        _engine.Replace(orderId, quantity, price, state.Index, ref events);
        return FixAppResult.Accepted;
    }

    /// <summary>
    /// Reads ClOrdID and OrigClOrdID into the request context and finds the order: by OrigClOrdID among the
    /// session's live orders, else by OrderID (37) if it names one of the session's orders or one no longer live
    /// (the engine then answers "too late"). <paramref name="orderId"/> is -1 when nothing matches. False when an
    /// id needed to answer is missing.
    /// </summary>
    private bool ReadIds(VenueSession state, in FixMessage message, out long orderId)
    {
        orderId = -1;
        if (!message.TryGetValue(11, out var clOrdId) || clOrdId.IsEmpty || !message.TryGetValue(41, out var orig))
        {
            return false;
        }

        _requestSession = state.Index;
        _requestClOrdId.Set(clOrdId);
        _requestOrigClOrdId.Set(orig);
        if (clOrdId.Length <= Bytes64.Length && _orders.TryFind(state.Index, orig, out var slot))
        {
            orderId = _orders[slot].OrderId;
            return true;
        }

        if (message.TryGetLong(37, out var byOrderId) && byOrderId > 0)
        {
            var live = _engine.TryGetOrder(byOrderId, out var order);
            if (!live || order.Owner == state.Index)
            {
                orderId = byOrderId;
            }
        }

        return true;
    }
}
