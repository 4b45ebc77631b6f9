using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>Gateway → strategy: an execution. Quantity/Price are this fill's; CumQuantity/LeavesQuantity the order's after it.</summary>
/// <code>
///  off  type                   field
///    0  MessageHeader          Header (Type = Fill)
///    8  long                   ClientOrderId
///   16  long                   Quantity
///   24  long                   Price
///   32  long                   CumQuantity
///   40  long                   LeavesQuantity
///   48  FillKind               Kind
///   49  byte                   Reserved
///   50  ushort                 Reserved2
///   52  int                    Reserved3
///   56  long                   TimestampNanos
///   64  Ascii32                ExecId
///   96  (end)
/// </code>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct FillMessage : IApiMessage
{
    public const int Size = 96;

    public MessageHeader Header;

    public long ClientOrderId;
    public long Quantity;
    public long Price;
    public long CumQuantity;
    public long LeavesQuantity;
    public FillKind Kind;
    public byte Reserved;
    public ushort Reserved2;
    public int Reserved3;
    public long TimestampNanos;
    public Ascii32 ExecId;

    public static MessageType Type => MessageType.Fill;
}
