namespace Gateway.Venues.Ouch.Codec50;

/// <summary>
/// Walks the optional fields of an OUCH 5.0 appendage: elements of (1 byte length, 1 byte tag, value), where the length
/// counts the tag and the value. An element with length 0 or running past the appendage stops the walk and sets
/// <see cref="IsMalformed"/>: a bad appendage is skipped safely, never read past.
/// <code>
///   | Appendage Length 2 | len | tag | value (len-1) | len | tag | value ... |
/// </code>
/// </summary>
public ref struct OuchAppendage(ReadOnlySpan<byte> appendage)
{
    private ReadOnlySpan<byte> _rest = appendage;

    public bool IsMalformed { get; private set; }

    public bool TryNext(out byte tag, out ReadOnlySpan<byte> value)
    {
        tag = 0;
        value = default;
        if (_rest.IsEmpty)
        {
            return false;
        }

        int length = _rest[0];
        if (length == 0 || length + 1 > _rest.Length)
        {
            IsMalformed = true;
            _rest = default;
            return false;
        }

        tag = _rest[1];
        value = _rest.Slice(2, length - 1);
        _rest = _rest[(length + 1)..];
        return true;
    }

    /// <summary>The appendage of a message whose fixed part is <paramref name="fixedLength"/> bytes (checked complete).</summary>
    public static ReadOnlySpan<byte> Of(ReadOnlySpan<byte> message, int fixedLength)
    {
        var length = (message[fixedLength - 2] << 8) | message[fixedLength - 1];
        return message.Slice(fixedLength, length);
    }
}
