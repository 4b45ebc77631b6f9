using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Strategy → gateway. Price: fixed point, 8 implied decimals (1.5 is 150_000_000); ignored for market orders. VenueId −1: route by the instrument's routing table. SendTimeNanos: the strategy's clock, echoed in nothing, kept for latency traces.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = NewOrder)
///    8  long                   ClientOrderId
///   16  int                    AccountId
///   20  int                    InstrumentId
///   24  int                    VenueId
///   28  Side                   Side
///   29  OrderType              OrderType
///   30  TimeInForce            TimeInForce
///   31  byte                   Reserved
///   32  long                   Quantity
///   40  long                   Price
///   48  long                   SendTimeNanos
///   56  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct NewOrderMessage : IApiMessage
{
    public const int Size = 56;

    public MessageHeader Header;

    public long ClientOrderId;
    public int AccountId;
    public int InstrumentId;
    public int VenueId;
    public Side Side;
    public OrderType OrderType;
    public TimeInForce TimeInForce;
    public byte Reserved;
    public long Quantity;
    public long Price;
    public long SendTimeNanos;

    public static MessageType Type => MessageType.NewOrder;
}
