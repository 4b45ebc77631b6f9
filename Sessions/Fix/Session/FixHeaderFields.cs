using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Extra header fields of one outbound message, collected before the header is written so that the session can
/// merge them with its own fields in ascending tag order. Values are kept as bytes in a buffer the session owns.
/// </summary>
public ref struct FixHeaderFields
{
    private readonly Span<byte> _bytes;
    private readonly Span<int> _tags;
    private readonly Span<int> _starts;
    private readonly Span<int> _lengths;
    private int _used;
    private int _count;

    internal FixHeaderFields(Span<byte> bytes, Span<int> tags, Span<int> starts, Span<int> lengths)
    {
        _bytes = bytes;
        _tags = tags;
        _starts = starts;
        _lengths = lengths;
    }

    public readonly int Count => _count;

    /// <summary>True if a field did not fit (too many, or values too long): the message is not sent.</summary>
    public bool Overflowed { get; private set; }

    public void Add(int tag, scoped ReadOnlySpan<byte> value)
    {
        var i = _count;
        if (i >= _tags.Length || value.Length > _bytes.Length - _used)
        {
            Overflowed = true;
            return;
        }

        value.CopyTo(_bytes[_used..]);
        _tags[i] = tag;
        _starts[i] = _used;
        _lengths[i] = value.Length;
        _used += value.Length;
        _count = i + 1;
    }

    public void Add(int tag, long value)
    {
        Span<byte> text = stackalloc byte[20];
        if (FixValue.TryFormatLong(value, text, out var written))
        {
            Add(tag, text[..written]);
        }
    }

    public void Add(int tag, char value)
    {
        Span<byte> text = [(byte)value];
        Add(tag, text);
    }

    internal readonly int TagAt(int index) => _tags[index];

    internal readonly ReadOnlySpan<byte> ValueAt(int index) => _bytes.Slice(_starts[index], _lengths[index]);

    /// <summary>Orders the fields by tag (insertion sort: a handful at most), keeping equal tags in order.</summary>
    internal readonly void SortByTag()
    {
        for (var i = 1; i < Count; i++)
        {
            var tag = _tags[i];
            var start = _starts[i];
            var length = _lengths[i];
            var j = i - 1;
            while (j >= 0 && _tags[j] > tag)
            {
                _tags[j + 1] = _tags[j];
                _starts[j + 1] = _starts[j];
                _lengths[j + 1] = _lengths[j];
                j--;
            }

            _tags[j + 1] = tag;
            _starts[j + 1] = start;
            _lengths[j + 1] = length;
        }
    }
}
