using System.Text;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// A flyweight view of one scanned FIX frame: field access by tag without strings or dictionaries.
/// Valid only while the frame's bytes are (a ref struct cannot outlive them).
/// Typed reads (int, decimal, timestamp, char) live in <see cref="FixValue"/> and are exposed here by tag.
/// </summary>
public readonly ref struct FixMessage
{
    private readonly ReadOnlySpan<byte> _frame;
    private readonly FixFieldTable _fields;

    public FixMessage(ReadOnlySpan<byte> frame, FixFieldTable fields)
    {
        _frame = frame;
        _fields = fields;
    }

    public ReadOnlySpan<byte> Frame => _frame;

    public FixFieldTable Fields => _fields;

    public int FieldCount => _fields.Count;

    public ulong MsgType => _fields.MsgType;

    public int TagAt(int index) => _fields.TagAt(index);

    public ReadOnlySpan<byte> ValueAt(int index) => _frame.Slice(_fields.StartAt(index), _fields.LengthAt(index));

    public int IndexOf(int tag, int from = 0) => _fields.IndexOf(tag, from);

    public bool Has(int tag) => _fields.IndexOf(tag) >= 0;

    /// <summary>The raw value of the first field with <paramref name="tag"/>; empty if absent.</summary>
    public bool TryGetValue(int tag, out ReadOnlySpan<byte> value)
    {
        if (_fields.TryFind(tag, out var start, out var length))
        {
            value = _frame.Slice(start, length);
            return true;
        }

        value = default;
        return false;
    }

    public ReadOnlySpan<byte> GetValue(int tag) => TryGetValue(tag, out var v) ? v : default;

    // Typed reads of the first field with the tag: false if the field is absent or its value is not of the type
    // (see FixValue for the exact syntax each accepts). Tell the two apart with Has(tag) when it matters.

    public bool TryGetInt(int tag, out int value)
    {
        value = 0;
        return TryGetValue(tag, out var v) && FixValue.TryParseInt(v, out value);
    }

    public bool TryGetLong(int tag, out long value)
    {
        value = 0;
        return TryGetValue(tag, out var v) && FixValue.TryParseLong(v, out value);
    }

    public bool TryGetDecimal(int tag, out FixDecimal value)
    {
        value = default;
        return TryGetValue(tag, out var v) && FixValue.TryParseDecimal(v, out value);
    }

    public bool TryGetChar(int tag, out char value)
    {
        value = default;
        return TryGetValue(tag, out var v) && FixValue.TryParseChar(v, out value);
    }

    public bool TryGetBool(int tag, out bool value)
    {
        value = false;
        return TryGetValue(tag, out var v) && FixValue.TryParseBool(v, out value);
    }

    /// <summary>A UTCTimestamp (seconds to picoseconds) as UTC nanoseconds since the epoch.</summary>
    public bool TryGetTimestamp(int tag, out long epochNanos)
    {
        epochNanos = 0;
        return TryGetValue(tag, out var v) && FixValue.TryParseTimestamp(v, out epochNanos);
    }

    /// <summary>Allocates: for cold paths, logs and tests only.</summary>
    public string? GetString(int tag) => TryGetValue(tag, out var v) ? Encoding.Latin1.GetString(v) : null;

    /// <summary>True if the field is present and its value equals the ASCII bytes given.</summary>
    public bool ValueEquals(int tag, ReadOnlySpan<byte> expected) => TryGetValue(tag, out var v) && v.SequenceEqual(expected);
}
