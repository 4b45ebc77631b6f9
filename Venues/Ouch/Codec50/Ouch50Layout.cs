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
/// </code>
/// </summary>
public static class Ouch50Layout
{
    public const int SymbolLength = 8;
    public const int ClOrdIdLength = 14;

    public const byte TifDay = (byte)'0';
    public const byte TifImmediateOrCancel = (byte)'3';
    public const byte TifGoodTillExtendedHours = (byte)'5';
    public const byte TifGoodTillTime = (byte)'6';
    public const byte TifAfterHours = (byte)'E';

    public const byte EnterOrderType = (byte)'O';
    public const byte ReplaceOrderType = (byte)'U';
    public const byte CancelOrderType = (byte)'X';

    public const byte SystemEventType = (byte)'S';
    public const byte AcceptedType = (byte)'A';
    public const byte ReplacedType = (byte)'U';
    public const byte CanceledType = (byte)'C';
    public const byte ExecutedType = (byte)'E';
    public const byte RejectedType = (byte)'J';
    public const byte CancelRejectType = (byte)'I';

    public const int EnterOrderFixedLength = 47;
    public const int ReplaceOrderFixedLength = 40;
    public const int CancelOrderFixedLength = 11;

    public const int SystemEventLength = 10;
    public const int AcceptedFixedLength = 64;
    public const int ReplacedFixedLength = 68;
    public const int CanceledFixedLength = 20;
    public const int ExecutedFixedLength = 36;
    public const int RejectedFixedLength = 31;
    public const int CancelRejectFixedLength = 15;

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
        _ => 0,
    };

    /// <summary>The fixed part of an inbound message type; 0 if unknown.</summary>
    public static int InboundFixedLength(byte type) => type switch
    {
        EnterOrderType => EnterOrderFixedLength,
        ReplaceOrderType => ReplaceOrderFixedLength,
        CancelOrderType => CancelOrderFixedLength,
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
