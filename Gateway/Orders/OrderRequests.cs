using Gateway.Venues.Orders;

namespace Gateway.Orders;

/// <summary>The venue requests for what the state machine said to send (enums map by value: see SharedEnumTests).</summary>
public static class OrderRequests
{
    public static VenueRequest NewOrder(in OrderRecord order, long nowNanos)
    {
        var request = Common(in order, nowNanos);
        request.Kind = VenueRequestKind.NewOrder;
        request.ClOrdId = order.ClOrdId;
        return request;
    }

    /// <summary>The cancel pending on <paramref name="order"/> (after <see cref="OrderAction.Send"/> of a cancel).</summary>
    public static VenueRequest Cancel(in OrderRecord order, long nowNanos)
    {
        var request = Common(in order, nowNanos);
        request.Kind = VenueRequestKind.Cancel;
        request.ClOrdId = order.PendingClOrdId;
        request.OrigClOrdId = order.ClOrdId;
        request.VenueOrderId = order.VenueOrderId;
        return request;
    }

    /// <summary>The replace of <paramref name="original"/> by <paramref name="replacement"/>.</summary>
    public static VenueRequest Replace(in OrderRecord original, in OrderRecord replacement, long nowNanos)
    {
        var request = Common(in replacement, nowNanos);
        request.Kind = VenueRequestKind.Replace;
        request.ClOrdId = replacement.ClOrdId;
        request.OrigClOrdId = original.ClOrdId;
        request.VenueOrderId = original.VenueOrderId;
        return request;
    }

    private static VenueRequest Common(in OrderRecord order, long nowNanos) => new()
    {
        Side = (Side)order.Side,
        OrderType = (OrderType)order.OrderType,
        TimeInForce = (TimeInForce)order.TimeInForce,
        VenueId = order.VenueId,
        InstrumentId = order.InstrumentId,
        AccountId = order.AccountId,
        Quantity = order.Quantity,
        Price = order.Price,
        TimestampNanos = nowNanos,
    };
}
