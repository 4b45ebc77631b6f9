using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Strategy → gateway, first message on a connection. Answered by SessionStatus LoggedIn or LoginRejected (then closed).</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Login)
///    8  int                    StrategyId
///   12  int                    Reserved
///   16  Ascii32                Token
///   48  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct LoginMessage : IApiMessage
{
    public const int Size = 48;

    public MessageHeader Header;

    public int StrategyId;
    public int Reserved;
    public Ascii32 Token;

    public static MessageType Type => MessageType.Login;
}
