using System.Runtime.CompilerServices;

namespace Gateway.Simulators.Fix;

/// <summary>64 bytes held inline (a ClOrdID): records and queued reports copy ids without allocating.</summary>
[InlineArray(Length)]
internal struct Bytes64
{
    public const int Length = 64;

    private byte _first;
}

/// <summary>A short ASCII value held inline with its length.</summary>
internal struct InlineText
{
    private Bytes64 _bytes;
    private byte _length;

    public readonly int Length => _length;

    /// <summary>Copies the value, cut to 64 bytes (callers refuse longer ids before they get here).</summary>
    public void Set(ReadOnlySpan<byte> value)
    {
        var n = Math.Min(value.Length, Bytes64.Length);
        value[..n].CopyTo(_bytes);
        _length = (byte)n;
    }

    public void Clear() => _length = 0;

    [System.Diagnostics.CodeAnalysis.UnscopedRef]
    public readonly ReadOnlySpan<byte> Span => ((ReadOnlySpan<byte>)_bytes)[.._length];
}
