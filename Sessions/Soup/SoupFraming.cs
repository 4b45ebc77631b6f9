using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Soup;

public enum SoupFrameStatus : byte
{
    /// <summary>A whole packet is at the front of the buffer.</summary>
    Complete,

    /// <summary>Not enough bytes yet: read more and try again.</summary>
    Incomplete,

    /// <summary>A zero length, or one past the configured maximum: the stream cannot be framed any more.</summary>
    BadLength,
}

/// <summary>
/// Incremental framing over a receive buffer: the first packet at the front of the bytes, if it is all there.
/// Never reads past what the length promises; a length of 0 (no type byte) or past the maximum is a framing error.
/// </summary>
public static class SoupFraming
{
    /// <param name="maxLengthField">The largest length field accepted (type byte plus payload).</param>
    /// <param name="packetLength">Complete: the whole packet's length, length field included.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SoupFrameStatus TryFrame(ReadOnlySpan<byte> buffer, int maxLengthField, out int packetLength)
    {
        packetLength = 0;
        if (buffer.Length < 2)
        {
            return SoupFrameStatus.Incomplete;
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(buffer);
        if (length == 0 || length > maxLengthField)
        {
            return SoupFrameStatus.BadLength;
        }

        if (buffer.Length < length + 2)
        {
            return SoupFrameStatus.Incomplete;
        }

        packetLength = length + 2;
        return SoupFrameStatus.Complete;
    }
}
