namespace Gateway.Venues.Ouch.Codec50;

/// <summary>
/// OUCH 5.0 message layouts: offsets from the start of the message, big-endian unsigned integers, alpha fields
/// left-justified and space-padded. Orders are named by UserRefNum (uint32, strictly increasing per connection for the
/// day); Price is uint64 with 4 implied decimals; Time in Force one character; every message ends with a uint16
/// Appendage Length and that many bytes of optional fields (see <see cref="OuchAppendage"/>).
/// <code>
/// Inbound
///  Enter Order 'O' (47+)  0 type | 1 UserRefNum 4 | 5 Side | 6 Quantity 4 | 10 Symbol 8 | 18 Price 8 | 26 TIF |
///                         27 Display | 28 Capacity | 29 ISO | 30 Cross Type | 31 ClOrdID 14 | 45 Appendage Length 2 | 47 …
///  Replace 'U' (40+)      0 type | 1 Orig UserRefNum 4 | 5 UserRefNum 4 | 9 Quantity 4 | 13 Price 8 | 21 TIF | 22 Display |
///                         23 ISO | 24 ClOrdID 14 | 38 Appendage Length 2 | 40 …
///  Cancel 'X' (11+)       0 type | 1 UserRefNum 4 | 5 Quantity 4 | 9 Appendage Length 2 | 11 …
///  Mass Cancel 'C' (19+)  0 type | 1 UserRefNum 4 | 5 Firm 4 | 9 Symbol 8 | 17 Appendage Length 2 | 19 …
///  Disable Order Entry 'D' (11+), Enable Order Entry 'E' (11+)
///                         0 type | 1 UserRefNum 4 | 5 Firm 4 | 9 Appendage Length 2 | 11 …
///  Account Query 'Q' (3+) 0 type | 1 Appendage Length 2 | 3 …
/// Outbound (all: 0 type | 1 Timestamp 8 | ...)
///  System Event 'S' (10)  9 Event
///  Accepted 'A' (64+)     9 UserRefNum 4 | 13 Side | 14 Quantity 4 | 18 Symbol 8 | 26 Price 8 | 34 TIF | 35 Display |
///                         36 Order Reference Number 8 | 44 Capacity | 45 ISO | 46 Cross Type | 47 Order State |
///                         48 ClOrdID 14 | 62 Appendage Length 2 | 64 …
///  Replaced 'U' (68+)     9 Orig UserRefNum 4 | 13 UserRefNum 4 | 17 Side | 18 Quantity 4 | 22 Symbol 8 | 30 Price 8 |
///                         38 TIF | 39 Display | 40 Order Reference Number 8 | 48 Capacity | 49 ISO | 50 Cross Type |
///                         51 Order State | 52 ClOrdID 14 | 66 Appendage Length 2 | 68 …
///  Canceled 'C' (20+)     9 UserRefNum 4 | 13 Quantity 4 (decrement) | 17 Reason | 18 Appendage Length 2 | 20 …
///  Executed 'E' (36+)     9 UserRefNum 4 | 13 Quantity 4 | 17 Price 8 | 25 Liquidity Flag | 26 Match Number 8 |
///                         34 Appendage Length 2 | 36 …
///  Rejected 'J' (31+)     9 UserRefNum 4 | 13 Reason 2 (numeric code) | 15 ClOrdID 14 | 29 Appendage Length 2 | 31 …
///  Cancel Reject 'I' (15+) 9 UserRefNum 4 | 13 Appendage Length 2 | 15 …   (the OUCH 5.0 specification's layout)
///  Cancel Pending 'P' (15+) 9 UserRefNum 4 | 13 Appendage Length 2 | 15 …
///  Broken Trade 'B' (38+) 9 UserRefNum 4 | 13 Match Number 8 | 21 Reason | 22 ClOrdID 14 | 36 Appendage Length 2 | 38 …
///  Priority Update 'T' (32+) 9 UserRefNum 4 | 13 Price 8 | 21 Display | 22 Order Reference Number 8 |
///                         30 Appendage Length 2 | 32 …
///  Order Modified 'M' (20+) 9 UserRefNum 4 | 13 Side | 14 Quantity 4 (open shares) | 18 Appendage Length 2 | 20 …
///  Mass Cancel Response 'X' (27+) 9 UserRefNum 4 | 13 Firm 4 | 17 Symbol 8 | 25 Appendage Length 2 | 27 …
///  Disable Order Entry Response 'G' (19+), Enable Order Entry Response 'K' (19+)
///                         9 UserRefNum 4 | 13 Firm 4 | 17 Appendage Length 2 | 19 …
///  Account Query Response 'Q' (15+) 9 Next UserRefNum 4 | 13 Appendage Length 2 | 15 …
/// </code>
/// The messages below Cancel Reject are not drawn on the shared page; their layouts are the OUCH 5.0 specification's.
/// The responses echo the request's fields; Account Query Response carries the next UserRefNum the venue will accept.
/// </summary>
public static class Ouch50Layout
{
    public const int SymbolLength = 8;
    public const int ClOrdIdLength = 14;
    public const int FirmLength = 4;

    public const byte TifDay = (byte)'0';
    public const byte TifImmediateOrCancel = (byte)'3';
    public const byte TifGoodTillExtendedHours = (byte)'5';
    public const byte TifGoodTillTime = (byte)'6';
    public const byte TifAfterHours = (byte)'E';

    public const byte EnterOrderType = (byte)'O';
    public const byte ReplaceOrderType = (byte)'U';
    public const byte CancelOrderType = (byte)'X';
    public const byte MassCancelRequestType = (byte)'C';
    public const byte DisableOrderEntryType = (byte)'D';
    public const byte EnableOrderEntryType = (byte)'E';
    public const byte AccountQueryRequestType = (byte)'Q';

    public const byte SystemEventType = (byte)'S';
    public const byte AcceptedType = (byte)'A';
    public const byte ReplacedType = (byte)'U';
    public const byte CanceledType = (byte)'C';
    public const byte ExecutedType = (byte)'E';
    public const byte RejectedType = (byte)'J';
    public const byte CancelRejectType = (byte)'I';
    public const byte CancelPendingType = (byte)'P';
    public const byte BrokenTradeType = (byte)'B';
    public const byte PriorityUpdateType = (byte)'T';
    public const byte OrderModifiedType = (byte)'M';
    public const byte MassCancelResponseType = (byte)'X';
    public const byte DisableOrderEntryResponseType = (byte)'G';
    public const byte EnableOrderEntryResponseType = (byte)'K';
    public const byte AccountQueryResponseType = (byte)'Q';

    public const int EnterOrderFixedLength = 47;
    public const int ReplaceOrderFixedLength = 40;
    public const int CancelOrderFixedLength = 11;
    public const int MassCancelRequestFixedLength = 19;
    public const int OrderEntryRequestFixedLength = 11;
    public const int AccountQueryRequestFixedLength = 3;

    public const int SystemEventLength = 10;
    public const int AcceptedFixedLength = 64;
    public const int ReplacedFixedLength = 68;
    public const int CanceledFixedLength = 20;
    public const int ExecutedFixedLength = 36;
    public const int RejectedFixedLength = 31;
    public const int CancelRejectFixedLength = 15;
    public const int CancelPendingFixedLength = 15;
    public const int BrokenTradeFixedLength = 38;
    public const int PriorityUpdateFixedLength = 32;
    public const int OrderModifiedFixedLength = 20;
    public const int MassCancelResponseFixedLength = 27;
    public const int OrderEntryResponseFixedLength = 19;
    public const int AccountQueryResponseFixedLength = 15;

    public const int TimestampOffset = 1;

    /// <summary>The fixed part of an outbound message type (the Appendage Length is its last two bytes); 0 if unknown.</summary>
    public static int OutboundFixedLength(byte type) => type switch
    {
        SystemEventType => SystemEventLength,
        AcceptedType => AcceptedFixedLength,
        ReplacedType => ReplacedFixedLength,
        CanceledType => CanceledFixedLength,
        ExecutedType => ExecutedFixedLength,
        RejectedType => RejectedFixedLength,
        CancelRejectType => CancelRejectFixedLength,
        CancelPendingType => CancelPendingFixedLength,
        BrokenTradeType => BrokenTradeFixedLength,
        PriorityUpdateType => PriorityUpdateFixedLength,
        OrderModifiedType => OrderModifiedFixedLength,
        MassCancelResponseType => MassCancelResponseFixedLength,
        DisableOrderEntryResponseType or EnableOrderEntryResponseType => OrderEntryResponseFixedLength,
        AccountQueryResponseType => AccountQueryResponseFixedLength,
        _ => 0,
    };

    /// <summary>The fixed part of an inbound message type; 0 if unknown.</summary>
    public static int InboundFixedLength(byte type) => type switch
    {
        EnterOrderType => EnterOrderFixedLength,
        ReplaceOrderType => ReplaceOrderFixedLength,
        CancelOrderType => CancelOrderFixedLength,
        MassCancelRequestType => MassCancelRequestFixedLength,
        DisableOrderEntryType or EnableOrderEntryType => OrderEntryRequestFixedLength,
        AccountQueryRequestType => AccountQueryRequestFixedLength,
        _ => 0,
    };

    /// <summary>
    /// True when <paramref name="message"/> holds the fixed part of a message of that size and all the appendage its
    /// Appendage Length announces (System Event has none).
    /// </summary>
    public static bool IsComplete(ReadOnlySpan<byte> message, int fixedLength)
    {
        if (fixedLength == 0 || message.Length < fixedLength)
        {
            return false;
        }

        if (fixedLength == SystemEventLength && message[0] == SystemEventType)
        {
            return true;
        }

        var appendage = (message[fixedLength - 2] << 8) | message[fixedLength - 1];
        return message.Length >= fixedLength + appendage;
    }
}
