using System.Buffers.Binary;
using Gateway.Sessions.Soup;

namespace Gateway.Venues.Ouch.Codec42;

/// <summary>
/// Writes OUCH 4.2 messages (both directions: the adapter sends the inbound ones, the simulator and tests the
/// outbound ones) into a caller's buffer and returns their length. Alpha values are padded or cut to their field.
/// </summary>
public static class Ouch42Writer
{
    public static int EnterOrder(Span<byte> m, ReadOnlySpan<byte> token, byte side, uint shares, ReadOnlySpan<byte> stock,
        uint price, uint timeInForce, ReadOnlySpan<byte> firm, byte display, byte capacity, byte intermarketSweep,
        uint minimumQuantity, byte crossType, byte customerType)
    {
        m[0] = Ouch42Layout.EnterOrderType;
        SoupAscii.WriteAlpha(m.Slice(1, Ouch42Layout.TokenLength), token);
        m[15] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[16..], shares);
        SoupAscii.WriteAlpha(m.Slice(20, Ouch42Layout.StockLength), stock);
        BinaryPrimitives.WriteUInt32BigEndian(m[28..], price);
        BinaryPrimitives.WriteUInt32BigEndian(m[32..], timeInForce);
        SoupAscii.WriteAlpha(m.Slice(36, Ouch42Layout.FirmLength), firm);
        m[40] = display;
        m[41] = capacity;
        m[42] = intermarketSweep;
        BinaryPrimitives.WriteUInt32BigEndian(m[43..], minimumQuantity);
        m[47] = crossType;
        m[48] = customerType;
        return Ouch42Layout.EnterOrderLength;
    }

    public static int ReplaceOrder(Span<byte> m, ReadOnlySpan<byte> existingToken, ReadOnlySpan<byte> replacementToken,
        uint shares, uint price, uint timeInForce, byte display, byte intermarketSweep, uint minimumQuantity)
    {
        m[0] = Ouch42Layout.ReplaceOrderType;
        SoupAscii.WriteAlpha(m.Slice(1, Ouch42Layout.TokenLength), existingToken);
        SoupAscii.WriteAlpha(m.Slice(15, Ouch42Layout.TokenLength), replacementToken);
        BinaryPrimitives.WriteUInt32BigEndian(m[29..], shares);
        BinaryPrimitives.WriteUInt32BigEndian(m[33..], price);
        BinaryPrimitives.WriteUInt32BigEndian(m[37..], timeInForce);
        m[41] = display;
        m[42] = intermarketSweep;
        BinaryPrimitives.WriteUInt32BigEndian(m[43..], minimumQuantity);
        return Ouch42Layout.ReplaceOrderLength;
    }

    public static int CancelOrder(Span<byte> m, ReadOnlySpan<byte> token, uint shares)
    {
        m[0] = Ouch42Layout.CancelOrderType;
        SoupAscii.WriteAlpha(m.Slice(1, Ouch42Layout.TokenLength), token);
        BinaryPrimitives.WriteUInt32BigEndian(m[15..], shares);
        return Ouch42Layout.CancelOrderLength;
    }

    public static int SystemEvent(Span<byte> m, ulong timestamp, byte @event)
    {
        Head(m, Ouch42Layout.SystemEventType, timestamp);
        m[9] = @event;
        return Ouch42Layout.SystemEventLength;
    }

    public static int Accepted(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, byte side, uint shares,
        ReadOnlySpan<byte> stock, uint price, uint timeInForce, ReadOnlySpan<byte> firm, byte display,
        ulong orderReferenceNumber, byte capacity, byte intermarketSweep, uint minimumQuantity, byte crossType,
        byte orderState, byte bboWeightIndicator)
    {
        OrderFields(m, Ouch42Layout.AcceptedType, timestamp, token, side, shares, stock, price, timeInForce, firm, display,
            orderReferenceNumber, capacity, intermarketSweep, minimumQuantity, crossType, orderState);
        m[65] = bboWeightIndicator;
        return Ouch42Layout.AcceptedLength;
    }

    public static int Replaced(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, byte side, uint shares,
        ReadOnlySpan<byte> stock, uint price, uint timeInForce, ReadOnlySpan<byte> firm, byte display,
        ulong orderReferenceNumber, byte capacity, byte intermarketSweep, uint minimumQuantity, byte crossType,
        byte orderState, ReadOnlySpan<byte> previousToken, byte bboWeightIndicator)
    {
        OrderFields(m, Ouch42Layout.ReplacedType, timestamp, token, side, shares, stock, price, timeInForce, firm, display,
            orderReferenceNumber, capacity, intermarketSweep, minimumQuantity, crossType, orderState);
        SoupAscii.WriteAlpha(m.Slice(65, Ouch42Layout.TokenLength), previousToken);
        m[79] = bboWeightIndicator;
        return Ouch42Layout.ReplacedLength;
    }

    public static int Canceled(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, uint decrementShares, byte reason)
    {
        HeadWithToken(m, Ouch42Layout.CanceledType, timestamp, token);
        BinaryPrimitives.WriteUInt32BigEndian(m[23..], decrementShares);
        m[27] = reason;
        return Ouch42Layout.CanceledLength;
    }

    public static int Executed(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, uint executedShares,
        uint executionPrice, byte liquidityFlag, ulong matchNumber)
    {
        HeadWithToken(m, Ouch42Layout.ExecutedType, timestamp, token);
        BinaryPrimitives.WriteUInt32BigEndian(m[23..], executedShares);
        BinaryPrimitives.WriteUInt32BigEndian(m[27..], executionPrice);
        m[31] = liquidityFlag;
        BinaryPrimitives.WriteUInt64BigEndian(m[32..], matchNumber);
        return Ouch42Layout.ExecutedLength;
    }

    public static int Rejected(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, byte reason)
    {
        HeadWithToken(m, Ouch42Layout.RejectedType, timestamp, token);
        m[23] = reason;
        return Ouch42Layout.RejectedLength;
    }

    public static int BrokenTrade(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, ulong matchNumber, byte reason)
    {
        HeadWithToken(m, Ouch42Layout.BrokenTradeType, timestamp, token);
        BinaryPrimitives.WriteUInt64BigEndian(m[23..], matchNumber);
        m[31] = reason;
        return Ouch42Layout.BrokenTradeLength;
    }

    public static int CancelPending(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token)
    {
        HeadWithToken(m, Ouch42Layout.CancelPendingType, timestamp, token);
        return Ouch42Layout.CancelPendingLength;
    }

    public static int CancelReject(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token)
    {
        HeadWithToken(m, Ouch42Layout.CancelRejectType, timestamp, token);
        return Ouch42Layout.CancelRejectLength;
    }

    public static int PriorityUpdate(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, uint price, byte display,
        ulong orderReferenceNumber)
    {
        HeadWithToken(m, Ouch42Layout.PriorityUpdateType, timestamp, token);
        BinaryPrimitives.WriteUInt32BigEndian(m[23..], price);
        m[27] = display;
        BinaryPrimitives.WriteUInt64BigEndian(m[28..], orderReferenceNumber);
        return Ouch42Layout.PriorityUpdateLength;
    }

    public static int OrderModified(Span<byte> m, ulong timestamp, ReadOnlySpan<byte> token, byte side, uint shares)
    {
        HeadWithToken(m, Ouch42Layout.OrderModifiedType, timestamp, token);
        m[23] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[24..], shares);
        return Ouch42Layout.OrderModifiedLength;
    }

    private static void Head(Span<byte> m, byte type, ulong timestamp)
    {
        m[0] = type;
        BinaryPrimitives.WriteUInt64BigEndian(m[1..], timestamp);
    }

    private static void HeadWithToken(Span<byte> m, byte type, ulong timestamp, ReadOnlySpan<byte> token)
    {
        Head(m, type, timestamp);
        SoupAscii.WriteAlpha(m.Slice(9, Ouch42Layout.TokenLength), token);
    }

    private static void OrderFields(Span<byte> m, byte type, ulong timestamp, ReadOnlySpan<byte> token, byte side,
        uint shares, ReadOnlySpan<byte> stock, uint price, uint timeInForce, ReadOnlySpan<byte> firm, byte display,
        ulong orderReferenceNumber, byte capacity, byte intermarketSweep, uint minimumQuantity, byte crossType,
        byte orderState)
    {
        HeadWithToken(m, type, timestamp, token);
        m[23] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[24..], shares);
        SoupAscii.WriteAlpha(m.Slice(28, Ouch42Layout.StockLength), stock);
        BinaryPrimitives.WriteUInt32BigEndian(m[36..], price);
        BinaryPrimitives.WriteUInt32BigEndian(m[40..], timeInForce);
        SoupAscii.WriteAlpha(m.Slice(44, Ouch42Layout.FirmLength), firm);
        m[48] = display;
        BinaryPrimitives.WriteUInt64BigEndian(m[49..], orderReferenceNumber);
        m[57] = capacity;
        m[58] = intermarketSweep;
        BinaryPrimitives.WriteUInt32BigEndian(m[59..], minimumQuantity);
        m[63] = crossType;
        m[64] = orderState;
    }
}
