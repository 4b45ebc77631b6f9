namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// One scan of a FIX frame into a table of (tag, value offset, value length), in wire order.
/// Owned and reused by one session: no allocation per message. Field access then goes through
/// <see cref="FixMessage"/>, a flyweight over the frame's bytes and this table.
///
/// <code>
///  8=FIX.4.4|9=73|35=D|34=2|...|10=123|
///  ^ index 0  ^ 1  ^ 2   ...      ^ Count-1
///  Offsets are relative to the start of the scanned span (the frame).
/// </code>
/// </summary>
public sealed class FixFieldTable
{
    public const int MaxFields = 4096;
    private const byte Soh = 0x01;
    private const byte EqualsSign = (byte)'=';

    private int[] _tags;
    private int[] _starts;
    private int[] _lengths;

    public FixFieldTable(int initialCapacity = 64)
    {
        _tags = new int[initialCapacity];
        _starts = new int[initialCapacity];
        _lengths = new int[initialCapacity];
    }

    public int Count { get; private set; }

    /// <summary>The first structural problem of the last scan.</summary>
    public FixScanError Error { get; private set; }

    /// <summary>The tag at which <see cref="Error"/> was found (0 if none or unknown).</summary>
    public int ErrorTag { get; private set; }

    /// <summary>The field index at which <see cref="Error"/> was found.</summary>
    public int ErrorIndex { get; private set; }

    /// <summary>MsgType (35) packed little-endian into a ulong (up to 8 bytes; see <see cref="MsgTypes"/>), or 0.</summary>
    public ulong MsgType { get; private set; }

    internal ReadOnlySpan<int> Tags => _tags.AsSpan(0, Count);

    internal ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    internal ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, Count);

    public int TagAt(int index) => _tags[index];

    public int StartAt(int index) => _starts[index];

    public int LengthAt(int index) => _lengths[index];

    /// <summary>
    /// Scans a whole frame (from <c>8=</c> to the SOH after the checksum). Returns the number of fields.
    /// Stops at the first structural error, recording it; the fields before it stay readable.
    /// </summary>
    public int Scan(ReadOnlySpan<byte> frame, DataFieldPairs? dataFields = null)
    {
        dataFields ??= DataFieldPairs.Standard;
        Count = 0;
        Error = FixScanError.None;
        ErrorTag = 0;
        ErrorIndex = -1;
        MsgType = 0;

        // Locals, not fields, in the loop: the JIT keeps them in registers.
        var tags = _tags;
        var starts = _starts;
        var lengths = _lengths;
        var count = 0;
        var pos = 0;
        var pendingDataTag = 0;
        var pendingDataLength = -1;
        var sohs = new SohSearch(frame);
        while (pos < frame.Length)
        {
            // Tag: digits up to '='.
            var tag = 0;
            var tagStart = pos;
            var tagValid = true;
            while (true)
            {
                if ((uint)pos >= (uint)frame.Length)
                {
                    Count = count;
                    return Fail(FixScanError.Garbled, tag);
                }

                var b = frame[pos];
                var digit = (uint)(b - '0');
                if (digit <= 9 && tag <= 100_000_000)
                {
                    tag = (tag * 10) + (int)digit;
                }
                else if (b == EqualsSign)
                {
                    break;
                }
                else if (b == Soh)
                {
                    // A field with no '=' at all.
                    Count = count;
                    return Fail(FixScanError.Garbled, tag);
                }
                else
                {
                    tagValid = false;
                }

                pos++;
            }

            if (!tagValid || pos == tagStart || tag == 0)
            {
                // Record the field so that the session can still answer, then stop.
                Count = count;
                var soh = frame[(pos + 1)..].IndexOf(Soh);
                Add(0, pos + 1, soh < 0 ? frame.Length - pos - 1 : soh);
                return Fail(FixScanError.InvalidTagNumber, 0, Count - 1);
            }

            pos++; // '='
            int valueLength;
            if (pendingDataTag != 0 && tag == pendingDataTag && pendingDataLength >= 0)
            {
                valueLength = pendingDataLength;
                if (pos + valueLength >= frame.Length || frame[pos + valueLength] != Soh)
                {
                    Count = count;
                    return Fail(FixScanError.BadDataLength, tag);
                }
            }
            else
            {
                var soh = sohs.Next(pos);
                valueLength = soh - pos;
                if (soh < 0)
                {
                    Count = count;
                    return Fail(FixScanError.Garbled, tag);
                }
            }

            if (count == tags.Length)
            {
                Count = count;
                if (!Add(tag, pos, valueLength))
                {
                    return Fail(FixScanError.TooManyFields, tag);
                }

                tags = _tags;
                starts = _starts;
                lengths = _lengths;
                count = Count;
            }
            else
            {
                tags[count] = tag;
                starts[count] = pos;
                lengths[count] = valueLength;
                count++;
            }

            if (valueLength == 0 && Error == FixScanError.None)
            {
                // Keep scanning: a later structural error could be worse, but the first one is what we report.
                Error = FixScanError.TagWithoutValue;
                ErrorTag = tag;
                ErrorIndex = count - 1;
            }

            if (tag == 35 && MsgType == 0)
            {
                MsgType = MsgTypes.Pack(frame.Slice(pos, valueLength));
            }

            pendingDataTag = dataFields.DataTagFor(tag);
            if (pendingDataTag != 0)
            {
                pendingDataLength = ParseLength(frame.Slice(pos, valueLength));
            }

            pos += valueLength + 1;
        }

        Count = count;
        return count;
    }

    private static int ParseLength(ReadOnlySpan<byte> value)
    {
        if (value.Length is 0 or > 9)
        {
            return -1;
        }

        var n = 0;
        foreach (var b in value)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return -1;
            }

            n = (n * 10) + (int)digit;
        }

        return n;
    }

    private int Fail(FixScanError error, int tag, int index = -1)
    {
        if (Error == FixScanError.None || Error == FixScanError.TagWithoutValue)
        {
            Error = error;
            ErrorTag = tag;
            ErrorIndex = index < 0 ? Count : index;
        }

        return Count;
    }

    private bool Add(int tag, int start, int length)
    {
        if (Count == _tags.Length)
        {
            if (Count >= MaxFields)
            {
                return false;
            }

            Grow();
        }

        _tags[Count] = tag;
        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
        return true;
    }

    // Cold: tables grow to the largest message seen, then stay.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var size = Math.Min(_tags.Length * 2, MaxFields);
        Array.Resize(ref _tags, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
    }

    /// <summary>Where the value of the first field with <paramref name="tag"/> is, in one call (the typed reads' path).</summary>
    internal bool TryFind(int tag, out int start, out int length)
    {
        var count = Count;
        var index = _tags.AsSpan(0, count).IndexOf(tag);
        if (index < 0)
        {
            start = 0;
            length = 0;
            return false;
        }

        start = _starts[index];
        length = _lengths[index];
        return true;
    }

    /// <summary>The index of the first field with <paramref name="tag"/> at or after <paramref name="from"/>, or -1.</summary>
    public int IndexOf(int tag, int from = 0)
    {
        if ((uint)from >= (uint)Count)
        {
            return -1;
        }

        var found = _tags.AsSpan(from, Count - from).IndexOf(tag);
        return found < 0 ? -1 : from + found;
    }
}
