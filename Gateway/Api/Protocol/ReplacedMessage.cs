using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: the venue confirmed a replace; the order is now ClientOrderId.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Replaced)
///    8  long                   OrigClientOrderId
///   16  long                   ClientOrderId
///   24  long                   Quantity
///   32  long                   Price
///   40  long                   LeavesQuantity
///   48  long                   TimestampNanos
///   56  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct ReplacedMessage : IApiMessage
{
    public const int Size = 56;

    public MessageHeader Header;

    public long OrigClientOrderId;
    public long ClientOrderId;
    public long Quantity;
    public long Price;
    public long LeavesQuantity;
    public long TimestampNanos;

    public static MessageType Type => MessageType.Replaced;
}
