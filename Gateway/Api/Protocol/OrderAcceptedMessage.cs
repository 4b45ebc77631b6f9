using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: the order passed risk and was routed to VenueId.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = OrderAccepted)
///    8  long                   ClientOrderId
///   16  long                   GatewayOrderId
///   24  int                    VenueId
///   28  int                    Reserved
///   32  long                   TimestampNanos
///   40  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct OrderAcceptedMessage : IApiMessage
{
    public const int Size = 40;

    public MessageHeader Header;

    public long ClientOrderId;
    public long GatewayOrderId;
    public int VenueId;
    public int Reserved;
    public long TimestampNanos;

    public static MessageType Type => MessageType.OrderAccepted;
}
