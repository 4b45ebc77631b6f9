using System.Buffers.Binary;
using Gateway.Sessions.Soup;

namespace Gateway.Venues.Ouch.Codec50;

/// <summary>
/// Writes OUCH 5.0 messages (both directions) into a caller's buffer and returns their length; the appendage bytes
/// (already encoded elements, or empty) follow the Appendage Length.
/// </summary>
public static partial class Ouch50Writer
{
    public static int EnterOrder(Span<byte> m, uint userRefNum, byte side, uint quantity, ReadOnlySpan<byte> symbol,
        ulong price, byte timeInForce, byte display, byte capacity, byte intermarketSweep, byte crossType,
        ReadOnlySpan<byte> clOrdId, ReadOnlySpan<byte> appendage = default)
    {
        m[0] = Ouch50Layout.EnterOrderType;
        BinaryPrimitives.WriteUInt32BigEndian(m[1..], userRefNum);
        m[5] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[6..], quantity);
        SoupAscii.WriteAlpha(m.Slice(10, Ouch50Layout.SymbolLength), symbol);
        BinaryPrimitives.WriteUInt64BigEndian(m[18..], price);
        m[26] = timeInForce;
        m[27] = display;
        m[28] = capacity;
        m[29] = intermarketSweep;
        m[30] = crossType;
        SoupAscii.WriteAlpha(m.Slice(31, Ouch50Layout.ClOrdIdLength), clOrdId);
        return Tail(m, Ouch50Layout.EnterOrderFixedLength, appendage);
    }

    public static int ReplaceOrder(Span<byte> m, uint origUserRefNum, uint userRefNum, uint quantity, ulong price,
        byte timeInForce, byte display, byte intermarketSweep, ReadOnlySpan<byte> clOrdId, ReadOnlySpan<byte> appendage = default)
    {
        m[0] = Ouch50Layout.ReplaceOrderType;
        BinaryPrimitives.WriteUInt32BigEndian(m[1..], origUserRefNum);
        BinaryPrimitives.WriteUInt32BigEndian(m[5..], userRefNum);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], quantity);
        BinaryPrimitives.WriteUInt64BigEndian(m[13..], price);
        m[21] = timeInForce;
        m[22] = display;
        m[23] = intermarketSweep;
        SoupAscii.WriteAlpha(m.Slice(24, Ouch50Layout.ClOrdIdLength), clOrdId);
        return Tail(m, Ouch50Layout.ReplaceOrderFixedLength, appendage);
    }

    public static int CancelOrder(Span<byte> m, uint userRefNum, uint quantity, ReadOnlySpan<byte> appendage = default)
    {
        m[0] = Ouch50Layout.CancelOrderType;
        BinaryPrimitives.WriteUInt32BigEndian(m[1..], userRefNum);
        BinaryPrimitives.WriteUInt32BigEndian(m[5..], quantity);
        return Tail(m, Ouch50Layout.CancelOrderFixedLength, appendage);
    }

    public static int SystemEvent(Span<byte> m, ulong timestamp, byte @event)
    {
        Head(m, Ouch50Layout.SystemEventType, timestamp);
        m[9] = @event;
        return Ouch50Layout.SystemEventLength;
    }

    public static int Accepted(Span<byte> m, ulong timestamp, uint userRefNum, byte side, uint quantity,
        ReadOnlySpan<byte> symbol, ulong price, byte timeInForce, byte display, ulong orderReferenceNumber, byte capacity,
        byte intermarketSweep, byte crossType, byte orderState, ReadOnlySpan<byte> clOrdId,
        ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.AcceptedType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        m[13] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[14..], quantity);
        SoupAscii.WriteAlpha(m.Slice(18, Ouch50Layout.SymbolLength), symbol);
        BinaryPrimitives.WriteUInt64BigEndian(m[26..], price);
        m[34] = timeInForce;
        m[35] = display;
        BinaryPrimitives.WriteUInt64BigEndian(m[36..], orderReferenceNumber);
        m[44] = capacity;
        m[45] = intermarketSweep;
        m[46] = crossType;
        m[47] = orderState;
        SoupAscii.WriteAlpha(m.Slice(48, Ouch50Layout.ClOrdIdLength), clOrdId);
        return Tail(m, Ouch50Layout.AcceptedFixedLength, appendage);
    }

    public static int Replaced(Span<byte> m, ulong timestamp, uint origUserRefNum, uint userRefNum, byte side,
        uint quantity, ReadOnlySpan<byte> symbol, ulong price, byte timeInForce, byte display, ulong orderReferenceNumber,
        byte capacity, byte intermarketSweep, byte crossType, byte orderState, ReadOnlySpan<byte> clOrdId,
        ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.ReplacedType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], origUserRefNum);
        BinaryPrimitives.WriteUInt32BigEndian(m[13..], userRefNum);
        m[17] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[18..], quantity);
        SoupAscii.WriteAlpha(m.Slice(22, Ouch50Layout.SymbolLength), symbol);
        BinaryPrimitives.WriteUInt64BigEndian(m[30..], price);
        m[38] = timeInForce;
        m[39] = display;
        BinaryPrimitives.WriteUInt64BigEndian(m[40..], orderReferenceNumber);
        m[48] = capacity;
        m[49] = intermarketSweep;
        m[50] = crossType;
        m[51] = orderState;
        SoupAscii.WriteAlpha(m.Slice(52, Ouch50Layout.ClOrdIdLength), clOrdId);
        return Tail(m, Ouch50Layout.ReplacedFixedLength, appendage);
    }

    public static int Canceled(Span<byte> m, ulong timestamp, uint userRefNum, uint quantity, byte reason,
        ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.CanceledType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        BinaryPrimitives.WriteUInt32BigEndian(m[13..], quantity);
        m[17] = reason;
        return Tail(m, Ouch50Layout.CanceledFixedLength, appendage);
    }

    public static int Executed(Span<byte> m, ulong timestamp, uint userRefNum, uint quantity, ulong price,
        byte liquidityFlag, ulong matchNumber, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.ExecutedType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        BinaryPrimitives.WriteUInt32BigEndian(m[13..], quantity);
        BinaryPrimitives.WriteUInt64BigEndian(m[17..], price);
        m[25] = liquidityFlag;
        BinaryPrimitives.WriteUInt64BigEndian(m[26..], matchNumber);
        return Tail(m, Ouch50Layout.ExecutedFixedLength, appendage);
    }

    public static int Rejected(Span<byte> m, ulong timestamp, uint userRefNum, ushort reason, ReadOnlySpan<byte> clOrdId,
        ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.RejectedType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        BinaryPrimitives.WriteUInt16BigEndian(m[13..], reason);
        SoupAscii.WriteAlpha(m.Slice(15, Ouch50Layout.ClOrdIdLength), clOrdId);
        return Tail(m, Ouch50Layout.RejectedFixedLength, appendage);
    }

    public static int CancelReject(Span<byte> m, ulong timestamp, uint userRefNum, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.CancelRejectType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        return Tail(m, Ouch50Layout.CancelRejectFixedLength, appendage);
    }

    private static void Head(Span<byte> m, byte type, ulong timestamp)
    {
        m[0] = type;
        BinaryPrimitives.WriteUInt64BigEndian(m[1..], timestamp);
    }

    /// <summary>Appendage Length in the fixed part's last two bytes, then the appendage.</summary>
    private static int Tail(Span<byte> m, int fixedLength, ReadOnlySpan<byte> appendage)
    {
        BinaryPrimitives.WriteUInt16BigEndian(m[(fixedLength - 2)..], (ushort)appendage.Length);
        appendage.CopyTo(m[fixedLength..]);
        return fixedLength + appendage.Length;
    }
}
