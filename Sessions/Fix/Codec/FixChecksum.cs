using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// The FIX CheckSum (10): the sum of every byte before <c>10=</c>, modulo 256, written as exactly three digits.
/// Sums byte lanes with wrap-around: each lane is the sum of its bytes mod 256, so the sum of the lanes mod 256
/// is the checksum, and no lane can overflow in a way that matters.
/// </summary>
public static class FixChecksum
{
    public static int Compute(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && bytes.Length >= Vector256<byte>.Count)
        {
            var vectors = MemoryMarshal.Cast<byte, Vector256<byte>>(bytes);
            var accumulator = Vector256<byte>.Zero;
            foreach (var v in vectors)
            {
                accumulator += v;
            }

            sum = Vector256.Sum(accumulator);
            i = vectors.Length * Vector256<byte>.Count;
        }
        else if (Vector128.IsHardwareAccelerated && bytes.Length >= Vector128<byte>.Count)
        {
            var vectors = MemoryMarshal.Cast<byte, Vector128<byte>>(bytes);
            var accumulator = Vector128<byte>.Zero;
            foreach (var v in vectors)
            {
                accumulator += v;
            }

            sum = Vector128.Sum(accumulator);
            i = vectors.Length * Vector128<byte>.Count;
        }

        for (; i < bytes.Length; i++)
        {
            sum += bytes[i];
        }

        return (int)(sum & 0xFF);
    }

    /// <summary>Writes the three digits of <paramref name="checksum"/> (0–255), zero padded.</summary>
    public static void Write(int checksum, Span<byte> destination)
    {
        destination[0] = (byte)('0' + (checksum / 100));
        destination[1] = (byte)('0' + (checksum / 10 % 10));
        destination[2] = (byte)('0' + (checksum % 10));
    }

    /// <summary>Reads exactly three ASCII digits (000–255 make sense; up to 999 parse), or -1.</summary>
    public static int Parse(ReadOnlySpan<byte> value)
    {
        if (value.Length != 3)
        {
            return -1;
        }

        var a = (uint)(value[0] - '0');
        var b = (uint)(value[1] - '0');
        var c = (uint)(value[2] - '0');
        return a > 9 || b > 9 || c > 9 ? -1 : (int)((a * 100) + (b * 10) + c);
    }
}
