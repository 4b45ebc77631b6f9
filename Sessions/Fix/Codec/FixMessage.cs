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
        var i = _fields.IndexOf(tag);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = ValueAt(i);
        return true;
    }

    public ReadOnlySpan<byte> GetValue(int tag) => TryGetValue(tag, out var v) ? v : default;

    /// <summary>Allocates: for cold paths, logs and tests only.</summary>
    public string? GetString(int tag) => TryGetValue(tag, out var v) ? Encoding.Latin1.GetString(v) : null;

    /// <summary>True if the field is present and its value equals the ASCII bytes given.</summary>
    public bool ValueEquals(int tag, ReadOnlySpan<byte> expected) => TryGetValue(tag, out var v) && v.SequenceEqual(expected);
}
