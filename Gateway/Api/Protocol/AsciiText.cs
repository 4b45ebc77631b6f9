using System.Runtime.CompilerServices;
using System.Text;

namespace Gateway.Api.Protocol;

// Fixed-width ASCII fields: unused bytes are zero. Set them from spans on the hot path; strings are for the cold path.

[InlineArray(16)]
public struct Ascii16
{
    private byte _first;

    public void Set(ReadOnlySpan<byte> value) => AsciiText.Set(this, value);

    public readonly override string ToString() => AsciiText.ToString(this);
}

[InlineArray(32)]
public struct Ascii32
{
    private byte _first;

    public void Set(ReadOnlySpan<byte> value) => AsciiText.Set(this, value);

    public readonly override string ToString() => AsciiText.ToString(this);
}

[InlineArray(64)]
public struct Ascii64
{
    private byte _first;

    public void Set(ReadOnlySpan<byte> value) => AsciiText.Set(this, value);

    public readonly override string ToString() => AsciiText.ToString(this);
}

public static class AsciiText
{
    /// <summary>Copies as much of <paramref name="value"/> as fits and zeroes the rest.</summary>
    public static void Set(Span<byte> field, ReadOnlySpan<byte> value)
    {
        var n = Math.Min(field.Length, value.Length);
        value[..n].CopyTo(field);
        field[n..].Clear();
    }

    /// <summary>Cold path: the text, up to the first zero byte.</summary>
    public static void Set(Span<byte> field, string value)
    {
        field.Clear();
        var n = Math.Min(field.Length, value.Length);
        for (var i = 0; i < n; i++)
        {
            var c = value[i];
            field[i] = c is >= ' ' and <= '~' ? (byte)c : (byte)'?';
        }
    }

    /// <summary>The bytes up to the first zero.</summary>
    public static ReadOnlySpan<byte> Trimmed(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        return end < 0 ? field : field[..end];
    }

    public static string ToString(ReadOnlySpan<byte> field) => Encoding.ASCII.GetString(Trimmed(field));
}
