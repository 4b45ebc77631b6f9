namespace Gateway.Venues.Ouch.Codec42;

/// <summary>
/// OUCH 4.2 message layouts: offsets from the start of the message (the type byte), big-endian unsigned integers,
/// alpha fields left-justified and space-padded. Token alpha 14, Shares uint32, Stock alpha 8, Price uint32 with 4
/// implied decimals, Time in Force uint32 seconds, outbound Timestamp uint64 nanoseconds since midnight.
/// <code>
/// Inbound
///  Enter Order 'O' (49)  0 type | 1 Token 14 | 15 Side | 16 Shares 4 | 20 Stock 8 | 28 Price 4 | 32 TIF 4 | 36 Firm 4 |
///                        40 Display | 41 Capacity | 42 ISO | 43 Min Qty 4 | 47 Cross Type | 48 Customer Type
///  Replace 'U' (47)      0 type | 1 Existing Token 14 | 15 Replacement Token 14 | 29 Shares 4 | 33 Price 4 | 37 TIF 4 |
///                        41 Display | 42 ISO | 43 Min Qty 4
///  Cancel 'X' (19)       0 type | 1 Token 14 | 15 Shares 4 (the new intended size; 0 cancels all)
/// Outbound (all: 0 type | 1 Timestamp 8 | ...)
///  System Event 'S' (10) 9 Event ('S' start of day, 'E' end of day)
///  Accepted 'A' (66)     9 Token 14 | 23 Side | 24 Shares 4 | 28 Stock 8 | 36 Price 4 | 40 TIF 4 | 44 Firm 4 | 48 Display |
///                        49 Order Reference Number 8 | 57 Capacity | 58 ISO | 59 Min Qty 4 | 63 Cross Type |
///                        64 Order State | 65 BBO Weight Indicator
///  Replaced 'U' (80)     as Accepted to 64 Order State | 65 Previous Token 14 | 79 BBO Weight Indicator
///  Canceled 'C' (28)     9 Token 14 | 23 Decrement Shares 4 | 27 Reason
///  Executed 'E' (40)     9 Token 14 | 23 Executed Shares 4 | 27 Execution Price 4 | 31 Liquidity Flag | 32 Match Number 8
///  Rejected 'J' (24)     9 Token 14 | 23 Reason
///  Broken Trade 'B' (32) 9 Token 14 | 23 Match Number 8 | 31 Reason
///  Cancel Pending 'P' (23), Cancel Reject 'I' (23): 9 Token 14
///  Priority Update 'T' (36) 9 Token 14 | 23 Price 4 | 27 Display | 28 Order Reference Number 8
///  Order Modified 'M' (28)  9 Token 14 | 23 Side | 24 Shares 4
/// </code>
/// The last five are not drawn on the shared page; their layouts are the OUCH 4.2 specification's.
/// </summary>
public static class Ouch42Layout
{
    public const int TokenLength = 14;
    public const int StockLength = 8;
    public const int FirmLength = 4;

    /// <summary>Price 0x7FFFFFFF: a market order (cross orders only).</summary>
    public const uint MarketPrice = 0x7FFFFFFF;

    /// <summary>Time in force: 0 immediate or cancel, 99998 market hours, 99999 system hours.</summary>
    public const uint TifImmediate = 0;
    public const uint TifMarketHours = 99998;
    public const uint TifSystemHours = 99999;

    public const byte EnterOrderType = (byte)'O';
    public const byte ReplaceOrderType = (byte)'U';
    public const byte CancelOrderType = (byte)'X';

    public const byte SystemEventType = (byte)'S';
    public const byte AcceptedType = (byte)'A';
    public const byte ReplacedType = (byte)'U';
    public const byte CanceledType = (byte)'C';
    public const byte ExecutedType = (byte)'E';
    public const byte RejectedType = (byte)'J';
    public const byte BrokenTradeType = (byte)'B';
    public const byte CancelPendingType = (byte)'P';
    public const byte CancelRejectType = (byte)'I';
    public const byte PriorityUpdateType = (byte)'T';
    public const byte OrderModifiedType = (byte)'M';

    public const int EnterOrderLength = 49;
    public const int ReplaceOrderLength = 47;
    public const int CancelOrderLength = 19;

    public const int SystemEventLength = 10;
    public const int AcceptedLength = 66;
    public const int ReplacedLength = 80;
    public const int CanceledLength = 28;
    public const int ExecutedLength = 40;
    public const int RejectedLength = 24;
    public const int BrokenTradeLength = 32;
    public const int CancelPendingLength = 23;
    public const int CancelRejectLength = 23;
    public const int PriorityUpdateLength = 36;
    public const int OrderModifiedLength = 28;

    /// <summary>Outbound: Timestamp at 1, Token at 9 for every order message.</summary>
    public const int TimestampOffset = 1;
    public const int OutTokenOffset = 9;

    /// <summary>The fixed length of an outbound message type, or 0 for a type OUCH 4.2 does not send.</summary>
    public static int OutboundLength(byte type) => type switch
    {
        SystemEventType => SystemEventLength,
        AcceptedType => AcceptedLength,
        ReplacedType => ReplacedLength,
        CanceledType => CanceledLength,
        ExecutedType => ExecutedLength,
        RejectedType => RejectedLength,
        BrokenTradeType => BrokenTradeLength,
        CancelPendingType => CancelPendingLength,
        CancelRejectType => CancelRejectLength,
        PriorityUpdateType => PriorityUpdateLength,
        OrderModifiedType => OrderModifiedLength,
        _ => 0,
    };

    /// <summary>The fixed length of an inbound message type, or 0 for a type OUCH 4.2 does not take.</summary>
    public static int InboundLength(byte type) => type switch
    {
        EnterOrderType => EnterOrderLength,
        ReplaceOrderType => ReplaceOrderLength,
        CancelOrderType => CancelOrderLength,
        _ => 0,
    };
}
