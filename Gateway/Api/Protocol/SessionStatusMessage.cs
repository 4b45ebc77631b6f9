using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: login answer, venue up/down, kill switch.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = SessionStatus)
///    8  SessionStatusCode      Code
///    9  byte                   Reserved
///   10  ushort                 Reserved2
///   12  int                    StrategyId
///   16  int                    VenueId
///   20  int                    Reserved3
///   24  long                   TimestampNanos
///   32  Ascii64                Text
///   96  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct SessionStatusMessage : IApiMessage
{
    public const int Size = 96;

    public MessageHeader Header;

    public SessionStatusCode Code;
    public byte Reserved;
    public ushort Reserved2;
    public int StrategyId;
    public int VenueId;
    public int Reserved3;
    public long TimestampNanos;
    public Ascii64 Text;

    public static MessageType Type => MessageType.SessionStatus;
}
