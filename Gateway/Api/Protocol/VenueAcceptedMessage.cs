using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: the venue acknowledged the order (FIX 39=0, OUCH Accepted).</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = VenueAccepted)
///    8  long                   ClientOrderId
///   16  int                    VenueId
///   20  int                    Reserved
///   24  long                   TimestampNanos
///   32  Ascii32                VenueOrderId
///   64  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct VenueAcceptedMessage : IApiMessage
{
    public const int Size = 64;

    public MessageHeader Header;

    public long ClientOrderId;
    public int VenueId;
    public int Reserved;
    public long TimestampNanos;
    public Ascii32 VenueOrderId;

    public static MessageType Type => MessageType.VenueAccepted;
}
