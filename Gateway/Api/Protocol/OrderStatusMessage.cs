using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>
/// Gateway → strategy, after a login: where one of the strategy's orders stands (its open orders, and those that
/// changed while it was away; after a gateway restart, every order of the day). A strategy reconciles with these
/// rather than guessing what it missed.
/// </summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = OrderStatus)
///    8  long                   ClientOrderId
///   16  OrderStatus            Status
///   17  Side                   Side
///   18  OrderType              OrderType
///   19  TimeInForce            TimeInForce
///   20  int                    VenueId
///   24  int                    InstrumentId
///   28  int                    AccountId
///   32  long                   Quantity
///   40  long                   Price
///   48  long                   CumQuantity
///   56  long                   LeavesQuantity
///   64  long                   TimestampNanos (last change)
///   72  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct OrderStatusMessage : IApiMessage
{
    public const int Size = 72;

    public MessageHeader Header;

    public long ClientOrderId;
    public OrderStatus Status;
    public Side Side;
    public OrderType OrderType;
    public TimeInForce TimeInForce;
    public int VenueId;
    public int InstrumentId;
    public int AccountId;
    public long Quantity;
    public long Price;
    public long CumQuantity;
    public long LeavesQuantity;
    public long TimestampNanos;

    public static MessageType Type => MessageType.OrderStatus;
}

/// <summary>An order's state as the gateway knows it (the values of the gateway's order state machine).</summary>
public enum OrderStatus : byte
{
    PendingNew = 1,
    New = 2,
    PartiallyFilled = 3,
    PendingCancel = 4,
    PendingReplace = 5,

    // Final states from 10 on.
    Filled = 10,
    Canceled = 11,
    Replaced = 12,
    Rejected = 13,
    Expired = 14,
}
