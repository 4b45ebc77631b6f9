using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: a new order refused by the gateway or the venue. For risk rejects RiskCheck is the check's number (Gateway.RiskChecks.RiskCheck) and Limit/Actual the numbers in its units.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = OrderRejected)
///    8  long                   ClientOrderId
///   16  RejectReason           Reason
///   18  ushort                 RiskCheck
///   20  int                    VenueId
///   24  long                   Limit
///   32  long                   Actual
///   40  long                   TimestampNanos
///   48  Ascii64                Text
///  112  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct OrderRejectedMessage : IApiMessage
{
    public const int Size = 112;

    public MessageHeader Header;

    public long ClientOrderId;
    public RejectReason Reason;
    public ushort RiskCheck;
    public int VenueId;
    public long Limit;
    public long Actual;
    public long TimestampNanos;
    public Ascii64 Text;

    public static MessageType Type => MessageType.OrderRejected;
}
