using System.Buffers.Binary;
using System.Numerics;

namespace Gateway.Sessions.Fix.Store;

/// <summary>CRC-32C (Castagnoli) of a span: the SSE4.2 / ARMv8 CRC instructions where present, eight bytes a step.</summary>
internal static class Crc32C
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data[i..]));
        }

        for (; i < data.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, data[i]);
        }

        return ~crc;
    }
}
