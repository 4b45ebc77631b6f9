using System.Buffers.Binary;
using Gateway.Sessions.Soup;
using Gateway.Simulators.Matching;
using Gateway.Venues.Ouch.Codec42;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// OUCH 4.2 requests. A token must be new for the day: an Enter or Replace naming a used one is ignored (a
/// retransmission). A cancel of an order that is not live is ignored, as the 4.2 specification says; a replace of one
/// is answered Rejected on the replacement token, so the client learns its request failed.
/// </summary>
internal sealed partial class OuchExchange
{
    private void On42(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        var length = Ouch42Layout.InboundLength(m[0]);
        if (length == 0)
        {
            Counters.Unsupport();
        }
        else if (m.Length < length)
        {
            Counters.Malform();
        }
        else if (m[0] == Ouch42Layout.EnterOrderType)
        {
            Enter42(login, m);
        }
        else if (m[0] == Ouch42Layout.ReplaceOrderType)
        {
            Replace42(login, m);
        }
        else
        {
            Cancel42(login, m);
        }
    }

    private void Enter42(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        Counters.Order();
        var order = new Ouch42EnterOrder(m);
        var token = OrderToken.Of42(order.Token);
        if (!TryTake(login, token, out var record))
        {
            return;
        }

        var side = SideOf(order.Side);
        byte reason = 0;
        if (!_engine.TryFindSymbol(SoupAscii.TrimAlpha(order.Stock), out var symbol))
        {
            reason = OuchRejectReasons.InvalidStock42;
        }
        else if (side == default)
        {
            reason = OuchRejectReasons.Other42;
        }
        else if (order.Shares == 0 || order.Shares > _maxShares)
        {
            reason = OuchRejectReasons.SharesExceedThreshold42;
        }
        else if (order.Price is 0 or >= Ouch42Layout.MarketPrice)
        {
            reason = OuchRejectReasons.InvalidPrice42;
        }
        else if (order.MinimumQuantity > order.Shares)
        {
            reason = OuchRejectReasons.InvalidMinimumQuantity42;
        }
        else if (DrawReject())
        {
            reason = OuchRejectReasons.Other42;
        }

        if (reason != 0)
        {
            Counters.Reject();
            Emit(login.Index, Ouch42Writer.Rejected(_scratch, Timestamp, order.Token, reason));
            return;
        }

        var slot = _orders.Add(record);
        ref var o = ref _orders[slot];
        o.Symbol = symbol;
        o.Side = order.Side;
        o.TimeInForce42 = order.TimeInForce;
        o.Display = order.Display;
        o.Capacity = order.Capacity;
        o.IntermarketSweep = order.IntermarketSweep;
        o.CrossType = order.CrossType;
        o.MinimumQuantity = order.MinimumQuantity;
        o.Firm = BinaryPrimitives.ReadUInt32BigEndian(order.Firm);
        _orders.Record(record).Shares = order.Shares;
        Submit(login, slot, side, order.TimeInForce == Ouch42Layout.TifImmediate, order.Shares, order.Price);
    }

    private void Replace42(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        var replace = new Ouch42ReplaceOrder(m);
        if (!TryTake(login, OrderToken.Of42(replace.ReplacementToken), out var record))
        {
            return;
        }

        if (!TryFindLive(login, OrderToken.Of42(replace.ExistingToken), out var slot))
        {
            RejectReplace(login, record, OuchRejectReasons.Other42, 0);
            return;
        }

        if (replace.Price is 0 or >= Ouch42Layout.MarketPrice)
        {
            RejectReplace(login, record, OuchRejectReasons.InvalidPrice42, 0);
            return;
        }

        if (replace.Shares == 0 || replace.Shares > _maxShares)
        {
            RejectReplace(login, record, OuchRejectReasons.SharesExceedThreshold42, 0);
            return;
        }

        ref var o = ref _orders[slot];
        o.Display = replace.Display;
        o.IntermarketSweep = replace.IntermarketSweep;
        o.MinimumQuantity = replace.MinimumQuantity;
        ReplaceInEngine(slot, record, replace.Shares, replace.Price);
    }

    private void Cancel42(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        var cancel = new Ouch42CancelOrder(m);
        if (!TryFindLive(login, OrderToken.Of42(cancel.Token), out var slot))
        {
            Counters.Ignore();
            return;
        }

        CancelInEngine(slot, cancel.Shares);
    }

    /// <summary>A new client order into the book: its events (Accepted, Executed, Canceled) come back through <see cref="Events"/>.</summary>
    private void Submit(OuchLoginSession login, int slot, MatchSide side, bool immediate, long shares, ulong price4)
    {
        var order = new NewOrder
        {
            Symbol = _orders[slot].Symbol,
            Owner = login.Index,
            ClientRef = slot,
            Side = side,
            Type = MatchOrderType.Limit,
            TimeInForce = immediate ? MatchTimeInForce.ImmediateOrCancel : MatchTimeInForce.Day,
            Quantity = shares,
            Price = (long)price4 * PriceScale,
        };
        var events = new Events(this);
        _engine.Submit(in order, ref events);
    }

    /// <summary>OUCH replace shares are the new open shares: the engine's total is what is filled plus them.</summary>
    private void ReplaceInEngine(int slot, int replacement, long openShares, ulong price4)
    {
        var orderId = _orders[slot].OrderId;
        _engine.TryGetOrder(orderId, out var state);
        _replacement = replacement;
        var events = new Events(this);
        _engine.Replace(orderId, state.Filled + openShares, (long)price4 * PriceScale, slot, ref events);
        _replacement = -1;
    }

    /// <summary>
    /// Cancel with OUCH's intended size: 0 cancels what is open; a smaller open size reduces the order in place (a
    /// Canceled for the difference, the order keeps its place); a size not below what is open changes nothing.
    /// </summary>
    private void CancelInEngine(int slot, uint intendedShares)
    {
        var orderId = _orders[slot].OrderId;
        _engine.TryGetOrder(orderId, out var state);
        var events = new Events(this);
        if (intendedShares == 0)
        {
            _engine.Cancel(orderId, slot, ref events);
        }
        else if (intendedShares < state.Leaves)
        {
            _partialCancel = state.Leaves - intendedShares;
            _engine.Replace(orderId, state.Filled + intendedShares, state.Price, slot, ref events);
            _partialCancel = 0;
        }
        else
        {
            Counters.Ignore();
        }
    }
}
