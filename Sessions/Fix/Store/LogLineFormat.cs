using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// The text of the file log, one record per line, UTF-8 (FIX bytes copied as they are):
/// <code>
/// &lt;session&gt;.messages.log   20261121-10:00:00.123456 IN  8=FIX.4.4␁9=65␁35=A␁…␁10=123␁
///                          20261121-10:00:00.123789 OUT 8=FIX.4.4␁9=65␁35=A␁…␁10=045␁
/// &lt;session&gt;.event.log      20261121-10:00:00.123456 Logon received
/// </code>
/// The timestamp is UTC with microseconds, taken when the session handed the record over; the direction is
/// <c>IN </c> or <c>OUT</c>, then one space. SOH stays SOH (0x01), so a frame is split into fields exactly as on the
/// wire and FIX log viewers read it; search for a field as <c>␁11=ABC␁</c>. So that a record is always one line,
/// three bytes are escaped: '\' as <c>\\</c>, LF as <c>\n</c>, CR as <c>\r</c>.
/// Password (554) and NewPassword (925) values are written as <c>***</c>: in frames, a field starting the frame or
/// following a SOH, up to the next SOH; in events, also after '|', space or tab, up to the next SOH or the line's end.
/// </summary>
internal static class LogLineFormat
{
    public const int TimestampLength = 24;
    public const int MaxPrefixLength = TimestampLength + 5;

    private const byte Soh = 0x01;
    private static readonly byte[] Mask = "***"u8.ToArray();

    /// <summary>Bytes needed at most for a line with this payload: every byte escaped, prefix and newline.</summary>
    public static int MaxLineLength(int payloadLength) => MaxPrefixLength + (2 * payloadLength) + 1;

    public static int WriteTimestamp(long epochNanos, Span<byte> into)
    {
        FixValue.TryFormatTimestamp(epochNanos, TimestampPrecision.Micros, into, out var written);
        return written;
    }

    /// <summary>Copies a frame, masking passwords and escaping line breaks; returns the bytes written.</summary>
    public static int WriteFrame(ReadOnlySpan<byte> frame, Span<byte> into) => Write(frame, into, isEvent: false);

    /// <summary>Copies an event's UTF-8 text, masking anything that looks like a password field.</summary>
    public static int WriteEvent(ReadOnlySpan<byte> text, Span<byte> into) => Write(text, into, isEvent: true);

    private static int Write(ReadOnlySpan<byte> source, Span<byte> into, bool isEvent)
    {
        var written = 0;
        var i = 0;
        while (i < source.Length)
        {
            if (IsFieldStart(source, i, isEvent) && IsPasswordTag(source[i..], out var tagLength))
            {
                source.Slice(i, tagLength).CopyTo(into[written..]);
                written += tagLength;
                Mask.CopyTo(into[written..]);
                written += Mask.Length;
                var valueEnd = source[(i + tagLength)..].IndexOf(Soh);
                i = valueEnd < 0 ? source.Length : i + tagLength + valueEnd;
                continue;
            }

            written += Escape(source[i], into[written..]);
            i++;
        }

        return written;
    }

    private static bool IsFieldStart(ReadOnlySpan<byte> source, int i, bool isEvent)
    {
        if (i == 0)
        {
            return true;
        }

        var previous = source[i - 1];
        return previous == Soh || (isEvent && previous is (byte)'|' or (byte)' ' or (byte)'\t');
    }

    /// <summary>"554=" or "925=" at the start of <paramref name="field"/>; the length includes the '='.</summary>
    private static bool IsPasswordTag(ReadOnlySpan<byte> field, out int tagLength)
    {
        tagLength = 4;
        return field.StartsWith("554="u8) || field.StartsWith("925="u8);
    }

    private static int Escape(byte b, Span<byte> into)
    {
        var escaped = b switch
        {
            (byte)'\\' => (byte)'\\',
            (byte)'\n' => (byte)'n',
            (byte)'\r' => (byte)'r',
            _ => (byte)0,
        };
        if (escaped == 0)
        {
            into[0] = b;
            return 1;
        }

        into[0] = (byte)'\\';
        into[1] = escaped;
        return 2;
    }
}
