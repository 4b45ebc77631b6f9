using System.Runtime.InteropServices;

namespace Gateway.Orders;

/// <summary>
/// The journal form of an <see cref="OrderRecord"/>: its <see cref="OrderRecord.Size"/> bytes as laid out in memory
/// (little-endian; the layout is drawn on the record and held by a test). A change in the layout needs a new
/// journal version.
/// </summary>
public static class OrderRecordCodec
{
    public const int Size = OrderRecord.Size;

    /// <summary>Writes the record into the first <see cref="Size"/> bytes of <paramref name="destination"/>; false if too short.</summary>
    public static bool TryWrite(in OrderRecord record, Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            return false;
        }

        MemoryMarshal.Write(destination, in record);
        return true;
    }

    /// <summary>Reads a record from the first <see cref="Size"/> bytes of <paramref name="source"/>; false if too short.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out OrderRecord record)
    {
        if (source.Length < Size)
        {
            record = default;
            return false;
        }

        record = MemoryMarshal.Read<OrderRecord>(source);
        return true;
    }
}
