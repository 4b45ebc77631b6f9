using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// Encodes one FIX message straight into a caller's buffer (a transport's send buffer): no allocation, no copies
/// of field values beyond writing them once.
///
/// <code>
///  8=FIX.4.4|9=NNN|35=D|49=...|...|10=CCC|
///  ^0          ^ body length digits, reserved by Begin and filled by Finish
///                  ^ body start           ^ Finish appends the trailer
/// </code>
/// Begin reserves <see cref="ReservedLengthDigits"/> digits for BodyLength (9). Finish writes the real length
/// without zero padding (peers and the acceptance scripts compare 9= exactly); if it needs a different number of
/// digits, Finish moves the body by that difference, so the frame always starts at index 0.
///
/// A buffer that is too small never throws: the writer stops writing, <see cref="IsTooSmall"/> turns true and
/// <see cref="Finish()"/> returns <see cref="BufferTooSmall"/>. Calling Add before Begin is a bug and throws.
/// <example><code>
/// var w = FixWriter.Start(pipeWriter, 512);
/// w.Begin("FIX.4.4"u8, "D"u8);
/// w.Add(49, sender); w.Add(34, seqNum); w.AddTimestamp(52, now, TimestampPrecision.Millis);
/// ...
/// if (w.Finish(pipeWriter) &lt; 0) { /* back-pressure: buffer too small */ }
/// </code></example>
/// </summary>
public ref struct FixWriter
{
    /// <summary>Returned by <see cref="Finish()"/> when the message did not fit.</summary>
    public const int BufferTooSmall = -1;

    /// <summary>Bodies of 100–999 bytes (most orders and reports) need no move at Finish.</summary>
    public const int ReservedLengthDigits = 3;

    private const byte Soh = 0x01;
    private const int TrailerLength = 7; // 10=CCC|

    private readonly Span<byte> _buffer;
    private int _position;
    private int _limit; // how far fields may be written: 0 before Begin and once too small, so one check covers all three
    private int _lengthDigitsStart; // where the reserved body-length digits start; 0 until Begin
    private int _bodyStart;
    private bool _tooSmall;

    public FixWriter(Span<byte> buffer)
    {
        _buffer = buffer;
    }

    /// <summary>Bytes written so far.</summary>
    public readonly int Length => _position;

    /// <summary>True once something did not fit; every later Add is ignored.</summary>
    public readonly bool IsTooSmall => _tooSmall;

    /// <summary>A writer over <c>output.GetSpan(sizeHint)</c>; finish it with <see cref="Finish(IBufferWriter{byte})"/>.</summary>
    public static FixWriter Start(IBufferWriter<byte> output, int sizeHint) => new(output.GetSpan(sizeHint));

    /// <summary>Writes <c>8=beginString|9=___|35=msgType|</c>; starts the message over if called again.</summary>
    public void Begin(scoped ReadOnlySpan<byte> beginString, scoped ReadOnlySpan<byte> msgType)
    {
        _position = 0;
        _tooSmall = false;
        _limit = _buffer.Length;
        var needed = 2 + beginString.Length + 1 + 2 + ReservedLengthDigits + 1 + 3 + msgType.Length + 1;
        if (needed > _buffer.Length)
        {
            MarkTooSmall();
            _lengthDigitsStart = 1; // begun, but nothing fits
            return;
        }

        var b = _buffer;
        b[0] = (byte)'8';
        b[1] = (byte)'=';
        beginString.CopyTo(b[2..]);
        var pos = 2 + beginString.Length;
        b[pos++] = Soh;
        b[pos++] = (byte)'9';
        b[pos++] = (byte)'=';
        _lengthDigitsStart = pos;
        pos += ReservedLengthDigits;
        b[pos++] = Soh;
        _bodyStart = pos;
        b[pos++] = (byte)'3';
        b[pos++] = (byte)'5';
        b[pos++] = (byte)'=';
        msgType.CopyTo(b[pos..]);
        pos += msgType.Length;
        b[pos++] = Soh;
        _position = pos;
    }

    /// <summary>The value's bytes as they are; they must not contain SOH (a data field goes after its length field).</summary>
    public void Add(int tag, scoped ReadOnlySpan<byte> value)
    {
        var valueStart = BeginField(tag, value.Length);
        if (valueStart >= 0)
        {
            value.CopyTo(_buffer[valueStart..]);
            EndField(valueStart + value.Length);
        }
    }

    /// <summary>Latin-1 text (cold paths: Text 58, CompIDs from config). Characters above U+00FF become '?'.</summary>
    public void AddString(int tag, scoped ReadOnlySpan<char> value)
    {
        var valueStart = BeginField(tag, value.Length);
        if (valueStart >= 0)
        {
            var destination = _buffer.Slice(valueStart, value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                destination[i] = value[i] <= 0xFF ? (byte)value[i] : (byte)'?';
            }

            EndField(valueStart + value.Length);
        }
    }

    public void Add(int tag, int value) => Add(tag, (long)value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int tag, long value)
    {
        if ((ulong)value < 100)
        {
            // 0-99 (group counts, roles, small quantities): the digits written directly, no digit count.
            var length = value < 10 ? 1 : 2;
            var valueStart = BeginField(tag, length);
            if (valueStart >= 0)
            {
                if (length == 1)
                {
                    _buffer[valueStart] = (byte)('0' + value);
                }
                else
                {
                    FixValue.WriteTwoDigits((uint)value, _buffer.Slice(valueStart, 2));
                }

                EndField(valueStart + length);
            }

            return;
        }

        AddAnyLong(tag, value);
    }

    private void AddAnyLong(int tag, long value)
    {
        var magnitude = value < 0 ? 0 - (ulong)value : (ulong)value;
        var digits = FixValue.CountDigits(magnitude);
        var length = digits + (value < 0 ? 1 : 0);
        var valueStart = BeginField(tag, length);
        if (valueStart >= 0)
        {
            if (value < 0)
            {
                _buffer[valueStart] = (byte)'-';
            }

            FixValue.WriteDigits(magnitude, _buffer.Slice(valueStart + length - digits, digits));
            EndField(valueStart + length);
        }
    }

    /// <summary>Written with exactly <see cref="FixDecimal.Scale"/> fraction digits.</summary>
    public void Add(int tag, FixDecimal value)
    {
        var wasTooSmall = _tooSmall;
        var valueStart = BeginField(tag, FixValue.MaxDecimalLength);
        if (valueStart >= 0)
        {
            FixValue.TryFormatDecimal(value, _buffer[valueStart..], out var written);
            EndField(valueStart + written);
        }
        else if (!wasTooSmall && _lengthDigitsStart != 0)
        {
            AddSlow(tag, value);
        }
    }

    /// <summary>One byte: <paramref name="value"/> must be ASCII (or Latin-1).</summary>
    public void Add(int tag, char value)
    {
        var valueStart = BeginField(tag, 1);
        if (valueStart >= 0)
        {
            _buffer[valueStart] = (byte)value;
            EndField(valueStart + 1);
        }
    }

    /// <summary>Y or N.</summary>
    public void Add(int tag, bool value) => Add(tag, value ? 'Y' : 'N');

    /// <summary>A UTCTimestamp with the fraction digits of <paramref name="precision"/> (truncated, not rounded).</summary>
    public void AddTimestamp(int tag, long epochNanos, TimestampPrecision precision)
    {
        var length = 17 + (precision == TimestampPrecision.Seconds ? 0 : (int)precision + 1);
        var valueStart = BeginField(tag, length);
        if (valueStart >= 0)
        {
            if (!FixValue.TryFormatTimestamp(epochNanos, precision, _buffer[valueStart..], out var written))
            {
                ThrowBadPrecision(precision);
            }

            EndField(valueStart + written);
        }
    }

    /// <summary>A UTCTimeOnly (HH:mm:ss[.f…]) for nanoseconds since midnight (0 to one day, exclusive).</summary>
    public void AddTimeOnly(int tag, long nanosOfDay, TimestampPrecision precision)
    {
        var length = 8 + (precision == TimestampPrecision.Seconds ? 0 : (int)precision + 1);
        var valueStart = BeginField(tag, length);
        if (valueStart >= 0)
        {
            if (!FixValue.TryFormatTimeOnly(nanosOfDay, precision, _buffer[valueStart..], out var written))
            {
                ThrowBadTimeOfDay(nanosOfDay, precision);
            }

            EndField(valueStart + written);
        }
    }

    /// <summary>A UTCDateOnly or LocalMktDate (yyyyMMdd).</summary>
    public void AddDate(int tag, DateOnly date)
    {
        var valueStart = BeginField(tag, 8);
        if (valueStart >= 0)
        {
            FixValue.TryFormatDateOnly(date, _buffer[valueStart..], out var written);
            EndField(valueStart + written);
        }
    }

    /// <summary>Copies fields already encoded as <c>tag=value|...</c> (each ending in SOH), e.g. a cached header.</summary>
    public void AddRaw(scoped ReadOnlySpan<byte> preformattedFields)
    {
        EnsureBegun();
        if (preformattedFields.Length > _limit - _position)
        {
            MarkTooSmall();
            return;
        }

        preformattedFields.CopyTo(_buffer[_position..]);
        _position += preformattedFields.Length;
    }

    /// <summary>
    /// Writes BodyLength (9) and CheckSum (10) and returns the frame length (the frame is <c>buffer[..length]</c>),
    /// or <see cref="BufferTooSmall"/>.
    /// </summary>
    public int Finish()
    {
        EnsureBegun();
        var bodyLength = _position - _bodyStart;
        var digits = FixValue.CountDigits((ulong)bodyLength);
        var shift = digits - ReservedLengthDigits;
        if (_tooSmall || _position + shift + TrailerLength > _buffer.Length)
        {
            MarkTooSmall();
            return BufferTooSmall;
        }

        if (shift != 0)
        {
            _buffer[_bodyStart.._position].CopyTo(_buffer[(_bodyStart + shift)..]);
            _bodyStart += shift;
            _position += shift;
            _buffer[_bodyStart - 1] = Soh;
        }

        FixValue.WriteDigits((ulong)bodyLength, _buffer.Slice(_lengthDigitsStart, digits));
        var checksum = FixChecksum.Compute(_buffer[.._position]);
        var t = _buffer[_position..];
        t[0] = (byte)'1';
        t[1] = (byte)'0';
        t[2] = (byte)'=';
        FixChecksum.Write(checksum, t[3..]);
        t[6] = Soh;
        _position += TrailerLength;
        return _position;
    }

    /// <summary>Finishes and, if the message fit, advances <paramref name="output"/> past it.</summary>
    public int Finish(IBufferWriter<byte> output)
    {
        var length = Finish();
        if (length > 0)
        {
            output.Advance(length);
        }

        return length;
    }

    /// <summary>
    /// Writes <c>tag=</c> if the tag, '=', <paramref name="maxValueLength"/> bytes and the SOH fit;
    /// returns where the value goes, or -1 (and marks the writer too small).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BeginField(int tag, int maxValueLength)
    {
        // Fast path: a tag below 10,000 and room for an 8-byte store of its text (see TagText), the value and the SOH.
        var pos = _position;
        if ((uint)tag < TagText.Count && maxValueLength + 8 <= _limit - pos)
        {
            var text = TagText.Of(tag);
            BinaryPrimitives.WriteUInt64LittleEndian(_buffer[pos..], text);
            return pos + TagText.Length(text);
        }

        return BeginFieldSlow(tag, maxValueLength);
    }

    /// <summary>Large tags, the last bytes of the buffer, or a writer not begun or already too small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int BeginFieldSlow(int tag, int maxValueLength)
    {
        EnsureBegun();
        var tagDigits = FixValue.CountDigits((uint)tag);
        var pos = _position;
        if (_tooSmall || tagDigits + maxValueLength + 2 > _limit - pos)
        {
            MarkTooSmall();
            return -1;
        }

        FixValue.WriteDigits((uint)tag, _buffer.Slice(pos, tagDigits));
        pos += tagDigits;
        _buffer[pos] = (byte)'=';
        return pos + 1;
    }

    private void MarkTooSmall()
    {
        _tooSmall = true;
        _limit = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndField(int valueEnd)
    {
        _buffer[valueEnd] = Soh;
        _position = valueEnd + 1;
    }

    /// <summary>A decimal near the end of the buffer: the worst-case reservation failed, try the exact length.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSlow(int tag, FixDecimal value)
    {
        Span<byte> text = stackalloc byte[FixValue.MaxDecimalLength];
        FixValue.TryFormatDecimal(value, text, out var written);
        _tooSmall = false;
        _limit = _buffer.Length;
        Add(tag, text[..written]);
    }

    private readonly void EnsureBegun()
    {
        if (_lengthDigitsStart == 0)
        {
            ThrowNotBegun();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotBegun() => throw new InvalidOperationException("FixWriter: call Begin before adding fields.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadPrecision(TimestampPrecision precision) =>
        throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a TimestampPrecision.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadTimeOfDay(long nanosOfDay, TimestampPrecision precision) =>
        throw new ArgumentOutOfRangeException(nameof(nanosOfDay), nanosOfDay, $"Not a time of day, or {precision} is not a precision.");
}
