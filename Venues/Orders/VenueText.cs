using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gateway.Venues.Orders;

/// <summary>
/// Up to 32 ASCII bytes held inline (a venue's OrderID or ExecID, the start of a reject text): copying a request or
/// a report never allocates. Longer values are cut at 32 bytes.
/// </summary>
public struct VenueText
{
    public const int Capacity = 32;

    private Bytes32 _bytes;
    private byte _length;

    public readonly int Length => _length;

    public readonly bool IsEmpty => _length == 0;

    [UnscopedRef]
    public readonly ReadOnlySpan<byte> Span => ((ReadOnlySpan<byte>)_bytes)[.._length];

    public void Set(ReadOnlySpan<byte> value)
    {
        var n = Math.Min(value.Length, Capacity);
        value[..n].CopyTo(_bytes);
        _length = (byte)n;
    }

    public void Clear() => _length = 0;

    public readonly bool SequenceEqual(ReadOnlySpan<byte> other) => Span.SequenceEqual(other);

    /// <summary>Cold path.</summary>
    public readonly override string ToString() => Encoding.ASCII.GetString(Span);

    /// <summary>Cold path.</summary>
    public static VenueText From(string value)
    {
        var text = default(VenueText);
        text.Set(Encoding.ASCII.GetBytes(value));
        return text;
    }

    [InlineArray(Capacity)]
    private struct Bytes32
    {
        private byte _first;
    }
}
