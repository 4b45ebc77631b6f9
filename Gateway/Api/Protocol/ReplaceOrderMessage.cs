using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Strategy → gateway: change quantity (the new total) and price of an open order. The order takes the new client order id once the venue confirms.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = ReplaceOrder)
///    8  long                   OrigClientOrderId
///   16  long                   ClientOrderId
///   24  long                   Quantity
///   32  long                   Price
///   40  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct ReplaceOrderMessage : IApiMessage
{
    public const int Size = 40;

    public MessageHeader Header;

    public long OrigClientOrderId;
    public long ClientOrderId;
    public long Quantity;
    public long Price;

    public static MessageType Type => MessageType.ReplaceOrder;
}
