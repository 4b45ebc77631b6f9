using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Strategy → gateway: close this connection (open orders are canceled if cancel-on-disconnect is on).</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Logout)
///       (no body)
///    8  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct LogoutMessage : IApiMessage
{
    public const int Size = 8;

    public MessageHeader Header;

    public static MessageType Type => MessageType.Logout;
}
