using Gateway.Simulators.Matching;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// Matching events to OUCH messages, sequenced to the login that owns the order; the market maker's own events are
/// dropped. Accepted and Replaced carry the open shares; Executed the shares of one match ('A' added for the resting
/// side, 'R' removed for the aggressor) with the trade id as match number; Canceled the shares taken off.
/// </summary>
internal sealed partial class OuchExchange
{
    /// <summary>Engine prices have 8 implied decimals, OUCH prices 4.</summary>
    private const long PriceScale = 10_000;

    private const byte Live = (byte)'L';
    private const byte NoBboWeight = (byte)' ';

    // The request being handled, for the events it causes.
    private int _replacement = -1;
    private long _partialCancel;
    private Bytes14 _requestClOrdId;

    private void Accepted(in OrderState order)
    {
        var slot = (int)order.ClientRef;
        ref var o = ref _orders[slot];
        o.OrderId = order.OrderId;
        Counters.Accept();
        var token = _orders.Record(o.Record).Token;
        int length;
        if (_is42)
        {
            Span<byte> text = stackalloc byte[OrderToken.Length42];
            Span<byte> firm = stackalloc byte[4];
            token.Write42(text);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(firm, o.Firm);
            length = Ouch42Writer.Accepted(_scratch, Timestamp, text, o.Side, (uint)order.Leaves, _engine.SymbolBytes(o.Symbol),
                (uint)(order.Price / PriceScale), o.TimeInForce42, firm, o.Display, (ulong)order.OrderId, o.Capacity,
                o.IntermarketSweep, o.MinimumQuantity, o.CrossType, Live, NoBboWeight);
        }
        else
        {
            length = Ouch50Writer.Accepted(_scratch, Timestamp, token.UserRefNum, o.Side, (uint)order.Leaves,
                _engine.SymbolBytes(o.Symbol), (ulong)(order.Price / PriceScale), o.TimeInForce50, o.Display,
                (ulong)order.OrderId, o.Capacity, o.IntermarketSweep, o.CrossType, Live, o.ClOrdId);
        }

        Emit(o.Login, length);
    }

    private void Executed(in OrderState order, in Trade trade, byte liquidity)
    {
        var slot = (int)order.ClientRef;
        ref var o = ref _orders[slot];
        ref var record = ref _orders.Record(o.Record);
        record.Executed += trade.Quantity;
        Counters.Execution();
        int length;
        if (_is42)
        {
            Span<byte> text = stackalloc byte[OrderToken.Length42];
            record.Token.Write42(text);
            length = Ouch42Writer.Executed(_scratch, Timestamp, text, (uint)trade.Quantity, (uint)(trade.Price / PriceScale),
                liquidity, (ulong)trade.TradeId);
        }
        else
        {
            length = Ouch50Writer.Executed(_scratch, Timestamp, record.Token.UserRefNum, (uint)trade.Quantity,
                (ulong)(trade.Price / PriceScale), liquidity, (ulong)trade.TradeId);
        }

        Emit(o.Login, length);
        if (order.Leaves == 0)
        {
            _orders.Remove(slot, OuchTokenState.Filled);
        }
    }

    private void Canceled(in OrderState order, MatchCancelReason reason)
    {
        var slot = (int)order.ClientRef;
        WriteCanceled(slot, order.Quantity - order.Filled,
            reason == MatchCancelReason.Requested ? OuchRejectReasons.UserRequested : OuchRejectReasons.ImmediateOrCancel);
        _orders.Remove(slot, OuchTokenState.Canceled);
    }

    private void Replaced(in OrderState order)
    {
        var slot = (int)order.ClientRef;
        if (_partialCancel > 0)
        {
            // A cancel down to a smaller size, done as a replace in the engine: OUCH calls it a Canceled.
            WriteCanceled(slot, _partialCancel, OuchRejectReasons.UserRequested);
            return;
        }

        ref var o = ref _orders[slot];
        var previous = _orders.Record(o.Record).Token;
        _orders.Rename(slot, _replacement, order.Leaves);
        var token = _orders.Record(_replacement).Token;
        Counters.Replace();
        int length;
        if (_is42)
        {
            Span<byte> text = stackalloc byte[OrderToken.Length42];
            Span<byte> previousText = stackalloc byte[OrderToken.Length42];
            Span<byte> firm = stackalloc byte[4];
            token.Write42(text);
            previous.Write42(previousText);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(firm, o.Firm);
            length = Ouch42Writer.Replaced(_scratch, Timestamp, text, o.Side, (uint)order.Leaves, _engine.SymbolBytes(o.Symbol),
                (uint)(order.Price / PriceScale), o.TimeInForce42, firm, o.Display, (ulong)order.OrderId, o.Capacity,
                o.IntermarketSweep, o.MinimumQuantity, o.CrossType, Live, previousText, NoBboWeight);
        }
        else
        {
            o.ClOrdId = _requestClOrdId;
            length = Ouch50Writer.Replaced(_scratch, Timestamp, previous.UserRefNum, token.UserRefNum, o.Side,
                (uint)order.Leaves, _engine.SymbolBytes(o.Symbol), (ulong)(order.Price / PriceScale), o.TimeInForce50,
                o.Display, (ulong)order.OrderId, o.Capacity, o.IntermarketSweep, o.CrossType, Live, o.ClOrdId);
        }

        Emit(o.Login, length);
    }

    /// <summary>The engine refused a new order the checks let through (it should not happen): Rejected all the same.</summary>
    private void EngineRejected(in NewOrder order, MatchRejectReason reason)
    {
        var slot = (int)order.ClientRef;
        ref var o = ref _orders[slot];
        var token = _orders.Record(o.Record).Token;
        Counters.Reject();
        int length;
        if (_is42)
        {
            Span<byte> text = stackalloc byte[OrderToken.Length42];
            token.Write42(text);
            length = Ouch42Writer.Rejected(_scratch, Timestamp, text, reason switch
            {
                MatchRejectReason.UnknownSymbol => OuchRejectReasons.InvalidStock42,
                MatchRejectReason.InvalidPrice => OuchRejectReasons.InvalidPrice42,
                _ => OuchRejectReasons.Other42,
            });
        }
        else
        {
            length = Ouch50Writer.Rejected(_scratch, Timestamp, token.UserRefNum, reason switch
            {
                MatchRejectReason.UnknownSymbol => OuchRejectReasons.InvalidSymbol50,
                MatchRejectReason.InvalidPrice => OuchRejectReasons.InvalidPrice50,
                MatchRejectReason.InvalidQuantity => OuchRejectReasons.InvalidQuantity50,
                MatchRejectReason.InvalidSide => OuchRejectReasons.InvalidSide50,
                _ => OuchRejectReasons.Other50,
            }, o.ClOrdId);
        }

        Emit(o.Login, length);
        _orders.Remove(slot, OuchTokenState.Rejected);
    }

    /// <summary>A replace or cancel the engine refused (the checks let it through: a race with a fill, or a quantity).</summary>
    private void CancelRejected(long requestRef, bool isReplace, MatchCancelRejectReason reason)
    {
        var slot = (int)requestRef;
        var login = _orders[slot].Login;
        if (isReplace && _partialCancel == 0 && _replacement >= 0)
        {
            RejectReplace(_logins[login], _replacement,
                reason == MatchCancelRejectReason.InvalidPrice ? OuchRejectReasons.InvalidPrice42 : OuchRejectReasons.Other42,
                reason == MatchCancelRejectReason.InvalidPrice ? OuchRejectReasons.InvalidPrice50 : OuchRejectReasons.Other50);
        }
        else if (_is42)
        {
            Counters.Ignore();
        }
        else
        {
            Counters.CancelReject();
            Emit(login, Ouch50Writer.CancelReject(_scratch, Timestamp, _orders.Record(_orders[slot].Record).Token.UserRefNum));
        }
    }

    /// <summary>Rejected on a replacement token / UserRefNum: the replace failed, the order stands as it was.</summary>
    private void RejectReplace(OuchLoginSession login, int record, byte reason42, ushort reason50)
    {
        Counters.ReplaceReject();
        var token = _orders.Record(record).Token;
        int length;
        if (_is42)
        {
            Span<byte> text = stackalloc byte[OrderToken.Length42];
            token.Write42(text);
            length = Ouch42Writer.Rejected(_scratch, Timestamp, text, reason42);
        }
        else
        {
            length = Ouch50Writer.Rejected(_scratch, Timestamp, token.UserRefNum, reason50, _requestClOrdId);
        }

        Emit(login.Index, length);
    }

    private void WriteCanceled(int slot, long decrement, byte reason)
    {
        ref var o = ref _orders[slot];
        var token = _orders.Record(o.Record).Token;
        Counters.Cancel();
        int length;
        if (_is42)
        {
            Span<byte> text = stackalloc byte[OrderToken.Length42];
            token.Write42(text);
            length = Ouch42Writer.Canceled(_scratch, Timestamp, text, (uint)decrement, reason);
        }
        else
        {
            length = Ouch50Writer.Canceled(_scratch, Timestamp, token.UserRefNum, (uint)decrement, reason);
        }

        Emit(o.Login, length);
    }

    /// <summary>The engine's listener: forwards client orders' events (owner ≥ 0) to the exchange.</summary>
    private readonly struct Events(OuchExchange exchange) : IMatchListener
    {
        public void OnAccepted(in OrderState order)
        {
            if (order.Owner >= 0)
            {
                exchange.Accepted(in order);
            }
        }

        public void OnTrade(in Trade trade)
        {
            if (trade.Resting.Owner >= 0)
            {
                exchange.Executed(trade.Resting, in trade, OuchRejectReasons.Added);
            }

            if (trade.Aggressor.Owner >= 0)
            {
                exchange.Executed(trade.Aggressor, in trade, OuchRejectReasons.Removed);
            }
        }

        public void OnCanceled(in OrderState order, MatchCancelReason reason)
        {
            if (order.Owner >= 0)
            {
                exchange.Canceled(in order, reason);
            }
        }

        public void OnReplaced(in OrderState order, long oldQuantity, long oldPrice)
        {
            if (order.Owner >= 0)
            {
                exchange.Replaced(in order);
            }
        }

        public void OnRejected(in NewOrder order, MatchRejectReason reason)
        {
            if (order.Owner >= 0)
            {
                exchange.EngineRejected(in order, reason);
            }
        }

        public void OnCancelRejected(long orderId, long requestRef, bool isReplace, MatchCancelRejectReason reason) =>
            exchange.CancelRejected(requestRef, isReplace, reason);
    }
}
