using Gateway.Simulators.Matching;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// OUCH 5.0 requests. UserRefNums strictly increase for the day per login: an Enter or Replace whose UserRefNum is not
/// above the last one is ignored (a retransmission). A cancel of an order that is not live is answered Cancel Reject;
/// a replace of one, Rejected on the new UserRefNum. Appendages (optional fields) are accepted and not interpreted.
/// </summary>
internal sealed partial class OuchExchange
{
    private const long MaxPrice50 = long.MaxValue / PriceScale;

    private void On50(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        var fixedLength = Ouch50Layout.InboundFixedLength(m[0]);
        if (fixedLength == 0)
        {
            Counters.Unsupport();
        }
        else if (!Ouch50Layout.IsComplete(m, fixedLength))
        {
            Counters.Malform();
        }
        else if (m[0] == Ouch50Layout.EnterOrderType)
        {
            Enter50(login, m);
        }
        else if (m[0] == Ouch50Layout.ReplaceOrderType)
        {
            Replace50(login, m);
        }
        else if (m[0] == Ouch50Layout.CancelOrderType)
        {
            Cancel50(login, m);
        }
        else
        {
            Counters.Unsupport(); // Mass Cancel, Disable / Enable Order Entry, Account Query: not simulated
        }
    }

    /// <summary>Takes a new UserRefNum: above the last one of the day, else ignored as a retransmission.</summary>
    private bool TryTake50(OuchLoginSession login, uint userRefNum, out int record)
    {
        if (userRefNum <= login.LastUserRefNum)
        {
            Counters.Duplicate();
            record = -1;
            return false;
        }

        login.LastUserRefNum = userRefNum;
        return TryTake(login, OrderToken.Of50(userRefNum), out record);
    }

    private void Enter50(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        Counters.Order();
        var order = new Ouch50EnterOrder(m);
        if (!TryTake50(login, order.UserRefNum, out var record))
        {
            return;
        }

        var side = SideOf(order.Side);
        var tif = order.TimeInForce;
        ushort reason = 0;
        if (!_engine.TryFindSymbol(Sessions.Soup.SoupAscii.TrimAlpha(order.Symbol), out var symbol))
        {
            reason = OuchRejectReasons.InvalidSymbol50;
        }
        else if (side == default)
        {
            reason = OuchRejectReasons.InvalidSide50;
        }
        else if (order.Quantity == 0)
        {
            reason = OuchRejectReasons.InvalidQuantity50;
        }
        else if (order.Quantity > _maxShares)
        {
            reason = OuchRejectReasons.SharesExceedThreshold50;
        }
        else if (order.Price is 0 or > MaxPrice50)
        {
            reason = OuchRejectReasons.InvalidPrice50;
        }
        else if (tif is not (Ouch50Layout.TifDay or Ouch50Layout.TifImmediateOrCancel or Ouch50Layout.TifGoodTillExtendedHours
                 or Ouch50Layout.TifGoodTillTime or Ouch50Layout.TifAfterHours) || DrawReject())
        {
            reason = OuchRejectReasons.Other50;
        }

        if (reason != 0)
        {
            Counters.Reject();
            Emit(login.Index, Ouch50Writer.Rejected(_scratch, Timestamp, order.UserRefNum, reason, order.ClOrdId));
            return;
        }

        var slot = _orders.Add(record);
        ref var o = ref _orders[slot];
        o.Symbol = symbol;
        o.Side = order.Side;
        o.TimeInForce50 = tif;
        o.Display = order.Display;
        o.Capacity = order.Capacity;
        o.IntermarketSweep = order.IntermarketSweep;
        o.CrossType = order.CrossType;
        order.ClOrdId.CopyTo(o.ClOrdId);
        _orders.Record(record).Shares = order.Quantity;
        Submit(login, slot, side, tif == Ouch50Layout.TifImmediateOrCancel, order.Quantity, order.Price);
    }

    private void Replace50(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        var replace = new Ouch50ReplaceOrder(m);
        if (!TryTake50(login, replace.UserRefNum, out var record))
        {
            return;
        }

        replace.ClOrdId.CopyTo(_requestClOrdId);
        if (!TryFindLive(login, OrderToken.Of50(replace.OrigUserRefNum), out var slot))
        {
            RejectReplace(login, record, 0, OuchRejectReasons.Other50);
            return;
        }

        if (replace.Price is 0 or > MaxPrice50)
        {
            RejectReplace(login, record, 0, OuchRejectReasons.InvalidPrice50);
            return;
        }

        if (replace.Quantity == 0 || replace.Quantity > _maxShares)
        {
            RejectReplace(login, record, 0, replace.Quantity == 0 ? OuchRejectReasons.InvalidQuantity50 : OuchRejectReasons.SharesExceedThreshold50);
            return;
        }

        ref var o = ref _orders[slot];
        o.Display = replace.Display;
        o.IntermarketSweep = replace.IntermarketSweep;
        ReplaceInEngine(slot, record, replace.Quantity, replace.Price);
    }

    private void Cancel50(OuchLoginSession login, ReadOnlySpan<byte> m)
    {
        var cancel = new Ouch50CancelOrder(m);
        if (!TryFindLive(login, OrderToken.Of50(cancel.UserRefNum), out var slot))
        {
            Counters.CancelReject();
            Emit(login.Index, Ouch50Writer.CancelReject(_scratch, Timestamp, cancel.UserRefNum));
            return;
        }

        CancelInEngine(slot, cancel.Quantity);
    }
}
