using System.Buffers.Binary;
using Gateway.Sessions.Soup;

namespace Gateway.Venues.Ouch.Codec50;

// Writers for the order events beyond the core five and the account-level requests / responses (layouts in
// Ouch50Layout).
public static partial class Ouch50Writer
{
    public static int MassCancelRequest(Span<byte> m, uint userRefNum, ReadOnlySpan<byte> firm, ReadOnlySpan<byte> symbol,
        ReadOnlySpan<byte> appendage = default)
    {
        m[0] = Ouch50Layout.MassCancelRequestType;
        BinaryPrimitives.WriteUInt32BigEndian(m[1..], userRefNum);
        SoupAscii.WriteAlpha(m.Slice(5, Ouch50Layout.FirmLength), firm);
        SoupAscii.WriteAlpha(m.Slice(9, Ouch50Layout.SymbolLength), symbol);
        return Tail(m, Ouch50Layout.MassCancelRequestFixedLength, appendage);
    }

    /// <summary>Disable Order Entry 'D' (<paramref name="enable"/> false) or Enable Order Entry 'E'.</summary>
    public static int OrderEntryRequest(Span<byte> m, bool enable, uint userRefNum, ReadOnlySpan<byte> firm,
        ReadOnlySpan<byte> appendage = default)
    {
        m[0] = enable ? Ouch50Layout.EnableOrderEntryType : Ouch50Layout.DisableOrderEntryType;
        BinaryPrimitives.WriteUInt32BigEndian(m[1..], userRefNum);
        SoupAscii.WriteAlpha(m.Slice(5, Ouch50Layout.FirmLength), firm);
        return Tail(m, Ouch50Layout.OrderEntryRequestFixedLength, appendage);
    }

    public static int AccountQueryRequest(Span<byte> m, ReadOnlySpan<byte> appendage = default)
    {
        m[0] = Ouch50Layout.AccountQueryRequestType;
        return Tail(m, Ouch50Layout.AccountQueryRequestFixedLength, appendage);
    }

    public static int CancelPending(Span<byte> m, ulong timestamp, uint userRefNum, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.CancelPendingType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        return Tail(m, Ouch50Layout.CancelPendingFixedLength, appendage);
    }

    public static int BrokenTrade(Span<byte> m, ulong timestamp, uint userRefNum, ulong matchNumber, byte reason,
        ReadOnlySpan<byte> clOrdId, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.BrokenTradeType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        BinaryPrimitives.WriteUInt64BigEndian(m[13..], matchNumber);
        m[21] = reason;
        SoupAscii.WriteAlpha(m.Slice(22, Ouch50Layout.ClOrdIdLength), clOrdId);
        return Tail(m, Ouch50Layout.BrokenTradeFixedLength, appendage);
    }

    public static int PriorityUpdate(Span<byte> m, ulong timestamp, uint userRefNum, ulong price, byte display,
        ulong orderReferenceNumber, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.PriorityUpdateType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        BinaryPrimitives.WriteUInt64BigEndian(m[13..], price);
        m[21] = display;
        BinaryPrimitives.WriteUInt64BigEndian(m[22..], orderReferenceNumber);
        return Tail(m, Ouch50Layout.PriorityUpdateFixedLength, appendage);
    }

    public static int OrderModified(Span<byte> m, ulong timestamp, uint userRefNum, byte side, uint quantity,
        ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.OrderModifiedType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        m[13] = side;
        BinaryPrimitives.WriteUInt32BigEndian(m[14..], quantity);
        return Tail(m, Ouch50Layout.OrderModifiedFixedLength, appendage);
    }

    public static int MassCancelResponse(Span<byte> m, ulong timestamp, uint userRefNum, ReadOnlySpan<byte> firm,
        ReadOnlySpan<byte> symbol, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.MassCancelResponseType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        SoupAscii.WriteAlpha(m.Slice(13, Ouch50Layout.FirmLength), firm);
        SoupAscii.WriteAlpha(m.Slice(17, Ouch50Layout.SymbolLength), symbol);
        return Tail(m, Ouch50Layout.MassCancelResponseFixedLength, appendage);
    }

    /// <summary>Disable Order Entry Response 'G' (<paramref name="enable"/> false) or Enable Order Entry Response 'K'.</summary>
    public static int OrderEntryResponse(Span<byte> m, bool enable, ulong timestamp, uint userRefNum, ReadOnlySpan<byte> firm,
        ReadOnlySpan<byte> appendage = default)
    {
        Head(m, enable ? Ouch50Layout.EnableOrderEntryResponseType : Ouch50Layout.DisableOrderEntryResponseType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], userRefNum);
        SoupAscii.WriteAlpha(m.Slice(13, Ouch50Layout.FirmLength), firm);
        return Tail(m, Ouch50Layout.OrderEntryResponseFixedLength, appendage);
    }

    public static int AccountQueryResponse(Span<byte> m, ulong timestamp, uint nextUserRefNum, ReadOnlySpan<byte> appendage = default)
    {
        Head(m, Ouch50Layout.AccountQueryResponseType, timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(m[9..], nextUserRefNum);
        return Tail(m, Ouch50Layout.AccountQueryResponseFixedLength, appendage);
    }
}
