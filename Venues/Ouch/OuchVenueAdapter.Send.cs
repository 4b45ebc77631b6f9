using Gateway.Sessions.Soup;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Venues.Ouch;

public sealed partial class OuchVenueAdapter
{
    private const long MaxPrice42 = 0x7FFFFFFE; // 0x7FFFFFFF is the market (cross) price
    private const long MaxPrice50 = long.MaxValue / OuchMapping.PriceScale;

    /// <inheritdoc />
    /// <remarks>
    /// Invalid: an instrument without a symbol, an unknown order to cancel or replace, a market order, a price with
    /// digits past the 4th decimal (or beyond the field), a time in force OUCH lacks (GTC, FOK), a quantity that does not
    /// fit (a replace must leave open shares), or a full token table. The message is written straight into the Soup
    /// session's send buffer.
    /// </remarks>
    public VenueSendResult TrySend(in VenueRequest request)
    {
        if (!Session.IsLoggedIn)
        {
            Counters.Increment(OuchVenueCounter.SendsNotConnected);
            return VenueSendResult.NotConnected;
        }

        var result = request.Kind switch
        {
            VenueRequestKind.NewOrder => SendNew(in request),
            VenueRequestKind.Replace => SendReplace(in request),
            VenueRequestKind.Cancel => SendCancel(in request),
            _ => VenueSendResult.Invalid,
        };

        Counters.Increment(result switch
        {
            VenueSendResult.Sent => OuchVenueCounter.RequestsSent,
            VenueSendResult.BackPressured => OuchVenueCounter.SendsBackPressured,
            VenueSendResult.NotConnected => OuchVenueCounter.SendsNotConnected,
            _ => OuchVenueCounter.InvalidRequests,
        });
        return result;
    }

    private VenueSendResult SendNew(in VenueRequest request)
    {
        var is42 = Options.Dialect == OuchDialect.Ouch42;
        var side = OuchMapping.SideCode(request.Side);
        if (!_symbols.TryGetValue(request.InstrumentId, out var symbol) || side == 0
            || request.OrderType != OrderType.Limit
            || request.Quantity is <= 0 or > uint.MaxValue
            || !OuchMapping.TryToOuchPrice(request.Price, is42 ? MaxPrice42 : MaxPrice50, out var price))
        {
            return VenueSendResult.Invalid;
        }

        if (_table.IsFull)
        {
            Counters.Increment(OuchVenueCounter.TokensExhausted);
            return VenueSendResult.Invalid;
        }

        int length;
        var payload = Session.PayloadBuffer;
        if (is42)
        {
            if (!OuchMapping.TryTimeInForce42(request.TimeInForce, Options.DayTimeInForce42, out var tif))
            {
                return VenueSendResult.Invalid;
            }

            var token = _table.Reserve(request.ClOrdId, 0, request.Quantity, 0);
            Span<byte> text = stackalloc byte[Ouch42Layout.TokenLength];
            OuchMapping.WriteToken42(text, token);
            length = Ouch42Writer.EnterOrder(payload, text, side, (uint)request.Quantity, symbol, (uint)price, tif, _firm,
                _display, _capacity, (byte)'N', 0, (byte)'N', (byte)'R');
            return Send(length, token);
        }
        else
        {
            if (!OuchMapping.TryTimeInForce50(request.TimeInForce, out var tif))
            {
                return VenueSendResult.Invalid;
            }

            var token = _table.Reserve(request.ClOrdId, 0, request.Quantity, 0);
            Span<byte> clOrdId = stackalloc byte[Ouch50Layout.ClOrdIdLength];
            SoupAscii.WriteNumeric(clOrdId, request.ClOrdId);
            length = Ouch50Writer.EnterOrder(payload, (uint)token, side, (uint)request.Quantity, symbol, (ulong)price, tif,
                _display, _capacity, (byte)'N', (byte)'N', clOrdId.TrimStart((byte)' '));
            return Send(length, token);
        }
    }

    private VenueSendResult SendReplace(in VenueRequest request)
    {
        var is42 = Options.Dialect == OuchDialect.Ouch42;
        var original = _table.TokenOf(request.OrigClOrdId);
        if (original == 0 || request.OrderType != OrderType.Limit
            || !OuchMapping.TryToOuchPrice(request.Price, is42 ? MaxPrice42 : MaxPrice50, out var price))
        {
            return VenueSendResult.Invalid;
        }

        var cum = _table.CumOf(original);
        var open = request.Quantity - cum;
        if (open is <= 0 or > uint.MaxValue)
        {
            return VenueSendResult.Invalid;
        }

        if (_table.IsFull)
        {
            Counters.Increment(OuchVenueCounter.TokensExhausted);
            return VenueSendResult.Invalid;
        }

        var payload = Session.PayloadBuffer;
        if (is42)
        {
            if (!OuchMapping.TryTimeInForce42(request.TimeInForce, Options.DayTimeInForce42, out var tif))
            {
                return VenueSendResult.Invalid;
            }

            var token = _table.Reserve(request.ClOrdId, original, request.Quantity, cum);
            Span<byte> existing = stackalloc byte[Ouch42Layout.TokenLength];
            Span<byte> replacement = stackalloc byte[Ouch42Layout.TokenLength];
            OuchMapping.WriteToken42(existing, original);
            OuchMapping.WriteToken42(replacement, token);
            var length = Ouch42Writer.ReplaceOrder(payload, existing, replacement, (uint)open, (uint)price, tif, _display, (byte)'N', 0);
            return Send(length, token);
        }
        else
        {
            if (!OuchMapping.TryTimeInForce50(request.TimeInForce, out var tif))
            {
                return VenueSendResult.Invalid;
            }

            var token = _table.Reserve(request.ClOrdId, original, request.Quantity, cum);
            Span<byte> clOrdId = stackalloc byte[Ouch50Layout.ClOrdIdLength];
            SoupAscii.WriteNumeric(clOrdId, request.ClOrdId);
            var length = Ouch50Writer.ReplaceOrder(payload, (uint)original, (uint)token, (uint)open, (ulong)price, tif,
                _display, (byte)'N', clOrdId.TrimStart((byte)' '));
            return Send(length, token);
        }
    }

    private VenueSendResult SendCancel(in VenueRequest request)
    {
        var token = _table.TokenOf(request.OrigClOrdId);
        if (token == 0)
        {
            return VenueSendResult.Invalid;
        }

        int length;
        if (Options.Dialect == OuchDialect.Ouch42)
        {
            Span<byte> text = stackalloc byte[Ouch42Layout.TokenLength];
            OuchMapping.WriteToken42(text, token);
            length = Ouch42Writer.CancelOrder(Session.PayloadBuffer, text, 0);
        }
        else
        {
            length = Ouch50Writer.CancelOrder(Session.PayloadBuffer, (uint)token, 0);
        }

        var result = ToVenueResult(Session.SendUnsequenced(length));
        if (result == VenueSendResult.Sent)
        {
            Sent(length, request.ClOrdId);
            _table.SetCancel(token, request.ClOrdId);
        }

        return result;
    }

    /// <summary>Sends the message written for a reserved token; commits the token if it left, frees it if not.</summary>
    private VenueSendResult Send(int length, long token)
    {
        var result = ToVenueResult(Session.SendUnsequenced(length));
        if (result == VenueSendResult.Sent)
        {
            Sent(length, _table.ClOrdIdOf(token));
            _table.Commit(token);
        }
        else
        {
            _table.Release(token);
        }

        return result;
    }

    private static VenueSendResult ToVenueResult(SoupSendResult result) => result switch
    {
        SoupSendResult.Sent => VenueSendResult.Sent,
        SoupSendResult.BackPressured => VenueSendResult.BackPressured,
        SoupSendResult.NotConnected => VenueSendResult.NotConnected,
        _ => VenueSendResult.Invalid,
    };
}
