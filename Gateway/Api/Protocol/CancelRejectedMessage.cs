using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: a cancel or replace refused by the gateway or the venue; the order stays as it was. RequestClientOrderId is the replace's new id (0 for a cancel).</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = CancelRejected)
///    8  long                   ClientOrderId
///   16  long                   RequestClientOrderId
///   24  RejectReason           Reason
///   26  CancelRejectResponseTo ResponseTo
///   27  byte                   Reserved
///   28  int                    Reserved2
///   32  long                   TimestampNanos
///   40  Ascii64                Text
///  104  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct CancelRejectedMessage : IApiMessage
{
    public const int Size = 104;

    public MessageHeader Header;

    public long ClientOrderId;
    public long RequestClientOrderId;
    public RejectReason Reason;
    public CancelRejectResponseTo ResponseTo;
    public byte Reserved;
    public int Reserved2;
    public long TimestampNanos;
    public Ascii64 Text;

    public static MessageType Type => MessageType.CancelRejected;
}
