using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Strategy → gateway: cancel all of this strategy's open orders that match; −1 matches any.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = MassCancel)
///    8  int                    AccountId
///   12  int                    InstrumentId
///   16  int                    VenueId
///   20  int                    Reserved
///   24  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct MassCancelMessage : IApiMessage
{
    public const int Size = 24;

    public MessageHeader Header;

    public int AccountId;
    public int InstrumentId;
    public int VenueId;
    public int Reserved;

    public static MessageType Type => MessageType.MassCancel;
}
