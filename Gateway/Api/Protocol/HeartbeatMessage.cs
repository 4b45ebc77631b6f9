using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Both ways, when nothing else was sent for the heartbeat interval (1 s); a connection silent for 5 s is dropped.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Heartbeat)
///       (no body)
///    8  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct HeartbeatMessage : IApiMessage
{
    public const int Size = 8;

    public MessageHeader Header;

    public static MessageType Type => MessageType.Heartbeat;
}
