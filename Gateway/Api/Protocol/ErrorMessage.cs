using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: a message the gateway could not take (protocol error). RefType is the type of the offending message.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Error)
///    8  ErrorCode              Code
///   10  MessageType            RefType
///   11  byte                   Reserved
///   12  int                    Reserved2
///   16  long                   ClientOrderId
///   24  Ascii64                Text
///   88  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct ErrorMessage : IApiMessage
{
    public const int Size = 88;

    public MessageHeader Header;

    public ErrorCode Code;
    public MessageType RefType;
    public byte Reserved;
    public int Reserved2;
    public long ClientOrderId;
    public Ascii64 Text;

    public static MessageType Type => MessageType.Error;
}
