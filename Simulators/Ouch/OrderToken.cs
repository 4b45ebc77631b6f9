using System.Buffers.Binary;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// An order's name on one login, as a value: a 4.2 token's 14 bytes as they came (padding included, case-sensitive)
/// packed into two longs, or a 5.0 UserRefNum in the low one.
/// <code>
///   4.2  Low = token bytes 0..7, High = bytes 8..13 (little-endian, 2 zero bytes on top)
///   5.0  Low = UserRefNum, High = 0
/// </code>
/// </summary>
internal readonly record struct OrderToken(ulong Low, ulong High)
{
    public const int Length42 = 14;

    public uint UserRefNum => (uint)Low;

    public static OrderToken Of42(ReadOnlySpan<byte> field)
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        field[..Length42].CopyTo(bytes);
        return new OrderToken(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
    }

    public static OrderToken Of50(uint userRefNum) => new(userRefNum, 0);

    /// <summary>The 14 bytes of a 4.2 token, as received.</summary>
    public void Write42(Span<byte> field)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], High);
        bytes[..Length42].CopyTo(field);
    }

    /// <summary>Cold (test snapshots): a 4.2 token trimmed, a 5.0 UserRefNum in decimal.</summary>
    public string Text(bool is42)
    {
        if (!is42)
        {
            return UserRefNum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Span<byte> field = stackalloc byte[Length42];
        Write42(field);
        return System.Text.Encoding.ASCII.GetString(field.TrimEnd((byte)' '));
    }
}
