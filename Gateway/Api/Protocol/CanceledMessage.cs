using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: the order is canceled; CanceledQuantity is what was left open.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Canceled)
///    8  long                   ClientOrderId
///   16  long                   CanceledQuantity
///   24  CancelReason           Reason
///   25  byte                   Reserved
///   26  ushort                 Reserved2
///   28  int                    Reserved3
///   32  long                   TimestampNanos
///   40  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct CanceledMessage : IApiMessage
{
    public const int Size = 40;

    public MessageHeader Header;

    public long ClientOrderId;
    public long CanceledQuantity;
    public CancelReason Reason;
    public byte Reserved;
    public ushort Reserved2;
    public int Reserved3;
    public long TimestampNanos;

    public static MessageType Type => MessageType.Canceled;
}
