using System.Buffers.Text;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Venues.Ouch.Log;

/// <summary>
/// The text of an OUCH venue's message log, one message per line, ASCII:
/// <code>
/// &lt;venue&gt;.messages.log   20261121-10:00:00.123456 OUT 9001 4F00000001420000006441415050...
///                        20261121-10:00:00.123789 IN  1 4100000D8E2F7A3B1C00000001...
///                        └ timestamp (UTC, µs) ┘  dir └ number ┘ └ the OUCH message, hex ┘
/// </code>
/// OUT is a message to the venue (Enter, Replace, Cancel), IN one from it (sequenced data). The number is the gateway's
/// ClOrdId of the request for OUT (0 when none) and the SoupBinTCP sequence number for IN: the log alone maps the
/// venue's tokens and UserRefNums back to the gateway's orders. The message is the OUCH bytes as upper-case hex, without
/// the SoupBinTCP framing. OUCH carries no passwords (the SoupBinTCP login is not logged).
/// </summary>
public static class OuchLogLineFormat
{
    public const int TimestampLength = 24;

    /// <summary>Timestamp, direction, a 20-digit number and three spaces.</summary>
    public const int MaxPrefixLength = TimestampLength + 1 + 4 + 20 + 1;

    public static ReadOnlySpan<byte> Out => "OUT "u8;

    public static ReadOnlySpan<byte> In => "IN  "u8;

    /// <summary>Bytes a line needs at most for a message of <paramref name="messageLength"/> bytes.</summary>
    public static int MaxLineLength(int messageLength) => MaxPrefixLength + (2 * messageLength) + 1;

    /// <summary>Writes one line (newline included); returns its length.</summary>
    public static int Write(long epochNanos, bool outgoing, long number, ReadOnlySpan<byte> message, Span<byte> into)
    {
        FixValue.TryFormatTimestamp(epochNanos, TimestampPrecision.Micros, into, out var n);
        into[n++] = (byte)' ';
        (outgoing ? Out : In).CopyTo(into[n..]);
        n += 4;
        Utf8Formatter.TryFormat(number, into[n..], out var digits);
        n += digits;
        into[n++] = (byte)' ';
        foreach (var b in message)
        {
            into[n++] = Hex((b >> 4) & 0xF);
            into[n++] = Hex(b & 0xF);
        }

        into[n++] = (byte)'\n';
        return n;
    }

    private static byte Hex(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
