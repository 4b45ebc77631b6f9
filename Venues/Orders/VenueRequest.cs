namespace Gateway.Venues.Orders;

public enum VenueRequestKind : byte
{
    NewOrder = 1,
    Cancel = 2,
    Replace = 3,
}

/// <summary>
/// What the gateway asks a venue to do, written by the order thread into the outbound ring and handed to the
/// venue's adapter on the I/O thread. A value type: no allocation on the way.
/// </summary>
/// <remarks>
/// <see cref="ClOrdId"/> is the gateway's id for this request, unique for the venue and the day and strictly
/// increasing (the FIX adapter writes it as the decimal ClOrdID (11); OUCH as the order token / UserRefNum).
/// A cancel or replace has a ClOrdId of its own and names the order's current one in <see cref="OrigClOrdId"/>.
/// Quantities are whole units; <see cref="Price"/> has 8 implied decimals (ignored for market orders).
/// </remarks>
public struct VenueRequest
{
    public VenueRequestKind Kind;
    public Side Side;
    public OrderType OrderType;
    public TimeInForce TimeInForce;
    public int VenueId;
    public int InstrumentId;
    public int AccountId;

    public long ClOrdId;

    /// <summary>Cancel/replace: the ClOrdId the venue knows the order by now.</summary>
    public long OrigClOrdId;

    /// <summary>New order: the quantity; replace: the new total quantity; cancel: the order's quantity (FIX 4.2 wants it).</summary>
    public long Quantity;

    public long Price;

    /// <summary>Cancel/replace: the venue's order id when it gave one (FIX 37), else empty.</summary>
    public VenueText VenueOrderId;

    /// <summary>The gateway's clock when the request was made (UTC epoch nanoseconds): TransactTime (60).</summary>
    public long TimestampNanos;
}
