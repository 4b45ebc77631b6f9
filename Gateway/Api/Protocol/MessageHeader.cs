using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>
/// The 8 bytes in front of every message, both ways. Little-endian, like every field of the protocol.
/// <code>
///  0       2      3         4                 8
///  +-------+------+---------+-----------------+
///  |length | type | version |    reserved     |  length: the whole message, header included
///  |  u16  |  u8  |   u8    |  u32 (zero)     |  version: <see cref="ProtocolVersion.Current"/>
///  +-------+------+---------+-----------------+
/// </code>
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = Size)]
public struct MessageHeader
{
    public const int Size = 8;

    public ushort Length;
    public MessageType Type;
    public byte Version;
    public uint Reserved;
}

public static class ProtocolVersion
{
    public const byte Current = 1;
}
