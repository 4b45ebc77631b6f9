using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Strategy → gateway: cancel the rest of an open order.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = CancelOrder)
///    8  long                   ClientOrderId
///   16  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct CancelOrderMessage : IApiMessage
{
    public const int Size = 16;

    public MessageHeader Header;

    public long ClientOrderId;

    public static MessageType Type => MessageType.CancelOrder;
}
