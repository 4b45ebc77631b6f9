using Gateway.Api.Protocol;

namespace Gateway.Api.Client;

// Convenience senders with primitive arguments: each builds the message on the stack and calls TrySend.
public sealed partial class GatewayClient
{
    /// <summary>Price in fixed point, 8 implied decimals (1.5 is 150_000_000; see <see cref="FixedPoint"/>); ignored for market orders. VenueId −1 routes by instrument.</summary>
    public bool TrySendNewOrder(long clientOrderId, int accountId, int instrumentId, int venueId, Side side, OrderType orderType,
        TimeInForce timeInForce, long quantity, long price, long sendTimeNanos = 0)
    {
        var message = new NewOrderMessage
        {
            ClientOrderId = clientOrderId,
            AccountId = accountId,
            InstrumentId = instrumentId,
            VenueId = venueId,
            Side = side,
            OrderType = orderType,
            TimeInForce = timeInForce,
            Quantity = quantity,
            Price = price,
            SendTimeNanos = sendTimeNanos,
        };
        return TrySend(ref message);
    }

    public bool TrySendCancel(long clientOrderId)
    {
        var message = new CancelOrderMessage { ClientOrderId = clientOrderId };
        return TrySend(ref message);
    }

    /// <summary>Quantity is the new total; the order takes <paramref name="clientOrderId"/> once the venue confirms.</summary>
    public bool TrySendReplace(long origClientOrderId, long clientOrderId, long quantity, long price)
    {
        var message = new ReplaceOrderMessage
        {
            OrigClientOrderId = origClientOrderId,
            ClientOrderId = clientOrderId,
            Quantity = quantity,
            Price = price,
        };
        return TrySend(ref message);
    }

    /// <summary>Cancels this strategy's open orders that match; −1 matches any.</summary>
    public bool TrySendMassCancel(int accountId = -1, int instrumentId = -1, int venueId = -1)
    {
        var message = new MassCancelMessage { AccountId = accountId, InstrumentId = instrumentId, VenueId = venueId };
        return TrySend(ref message);
    }
}
