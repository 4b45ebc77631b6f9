using System.Buffers;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// Finds FIX frames in a byte stream, one at a time, without copying (single span or single segment).
/// <code>
///  8=FIX.4.4|9=NNN|....body: NNN bytes, ends with SOH....|10=CCC|
///  ^ start            ^ bodyStart                          ^ bodyStart + NNN = trailer
/// </code>
/// Rules, chosen to behave as QuickFIX/n's parser does on the acceptance scripts (2m, 3b, 2d, 3c, 2t, 1d):
/// <list type="number">
/// <item>Bytes before the first <c>8=</c> are garbage and skipped.</item>
/// <item><c>8=</c> must be followed by a BeginString, SOH, <c>9=</c>, digits, SOH; otherwise the candidate is
///   Garbled and dropped up to where it went wrong, and the next call searches on.</item>
/// <item>The frame needs BodyLength bytes after the 9 field, then <c>10=</c>, its value and SOH: until they have
///   arrived the answer is NeedMoreData.</item>
/// <item>If <c>10=</c> is not exactly at bodyStart + BodyLength (right after an SOH), the frame is BadBodyLength and
///   everything up to the SOH that ends the next <c>SOH10=</c> at or after that point is dropped. So a length that is
///   too short drops just this message, and one that is too long swallows the next message too (2m expects both).</item>
/// <item>CheckSum must be exactly three digits equal to the byte sum mod 256, else BadCheckSum (3b sends 10=256,
///   2d sends 10=0). With validation off (QuickFIX's ValidateLengthAndChecksum=N) any value is accepted; the body
///   length is still needed to find the frame.</item>
/// </list>
/// Nothing here throws or allocates; each outcome says how many bytes to drop so the session carries on.
/// </summary>
public static class FixFraming
{
    /// <summary>Frames with a larger BodyLength are Garbled (a corrupt length must not make us buffer forever).</summary>
    public const int DefaultMaxBodyLength = 1 << 20;

    /// <summary>Longest BeginString accepted ("FIXT.1.1" is 8).</summary>
    public const int MaxBeginStringLength = 16;

    /// <summary>The smallest scratch buffer the sequence overload takes (it must hold a whole frame anyway).</summary>
    public const int MinScratchLength = 64;

    private const byte Soh = 0x01;
    private const int MaxBodyLengthDigits = 9;
    private const int MaxCheckSumLength = 8; // what we wait for before calling a 10= value bad

    /// <summary>
    /// Looks for one frame at the front of <paramref name="buffer"/>. Returns true if a frame, good or bad, was
    /// delimited (see <see cref="FixFrame.Status"/>); false if more data is needed. Either way drop
    /// <see cref="FixFrame.Consumed"/> bytes.
    /// </summary>
    public static bool TryReadFrame(
        ReadOnlySpan<byte> buffer, out FixFrame frame, bool validateChecksum = true, int maxBodyLength = DefaultMaxBodyLength)
    {
        frame = ReadFrame(buffer, validateChecksum, maxBodyLength);
        return frame.Status != FixFrameStatus.NeedMoreData;
    }

    /// <summary>
    /// The same over a <see cref="ReadOnlySequence{T}"/> (e.g. a PipeReader's buffer). A single segment is framed in
    /// place; otherwise the bytes are copied into <paramref name="scratch"/>, which must hold the largest frame to
    /// accept (larger ones come back Garbled). <paramref name="frameBytes"/> is the frame (or the dropped bytes) in
    /// whichever memory it was framed in. Offsets in <paramref name="frame"/> are from the start of the sequence.
    /// </summary>
    public static bool TryReadFrame(
        scoped in ReadOnlySequence<byte> buffer,
        Span<byte> scratch,
        out FixFrame frame,
        out ReadOnlySpan<byte> frameBytes,
        bool validateChecksum = true,
        int maxBodyLength = DefaultMaxBodyLength)
    {
        if (buffer.IsSingleSegment)
        {
            var span = buffer.FirstSpan;
            frame = ReadFrame(span, validateChecksum, maxBodyLength);
            frameBytes = span.Slice(frame.Start, frame.Length);
            return frame.Status != FixFrameStatus.NeedMoreData;
        }

        if (scratch.Length < MinScratchLength)
        {
            ThrowScratchTooSmall();
        }

        frame = ReadFrameMultiSegment(buffer, scratch, validateChecksum, maxBodyLength);
        frameBytes = scratch.Slice(frame.Start, frame.Length);
        return frame.Status != FixFrameStatus.NeedMoreData;
    }

    private static FixFrame ReadFrame(ReadOnlySpan<byte> buffer, bool validateChecksum, int maxBodyLength)
    {
        // Fast path: a well-behaved peer's frame starts right at the front.
        var start = buffer.Length >= 2 && buffer[0] == (byte)'8' && buffer[1] == (byte)'=' ? 0 : buffer.IndexOf("8="u8);
        if (start < 0)
        {
            // All garbage, except a trailing '8' that may be the start of "8=".
            var keep = buffer.Length > 0 && buffer[^1] == (byte)'8' ? 1 : 0;
            return FixFrame.NeedMore(buffer.Length - keep, buffer.Length);
        }

        // 8=BeginString|
        var beginStart = start + 2;
        var beginLength = buffer[beginStart..Math.Min(buffer.Length, beginStart + MaxBeginStringLength + 1)].IndexOf(Soh);
        if (beginLength < 0)
        {
            return buffer.Length - beginStart <= MaxBeginStringLength
                ? FixFrame.NeedMore(start, buffer.Length)
                : FixFrame.Delimited(FixFrameStatus.Garbled, start, beginStart);
        }

        if (beginLength == 0)
        {
            return FixFrame.Delimited(FixFrameStatus.Garbled, start, beginStart + 1);
        }

        // 9=BodyLength|
        var lengthField = beginStart + beginLength + 1;
        if (buffer.Length < lengthField + 2)
        {
            return FixFrame.NeedMore(start, buffer.Length);
        }

        if (buffer[lengthField] != (byte)'9' || buffer[lengthField + 1] != (byte)'=')
        {
            return FixFrame.Delimited(FixFrameStatus.Garbled, start, lengthField);
        }

        var pos = lengthField + 2;
        var bodyLength = 0L;
        var digitsStart = pos;
        while (true)
        {
            if (pos == buffer.Length)
            {
                return pos - digitsStart > MaxBodyLengthDigits
                    ? FixFrame.Delimited(FixFrameStatus.Garbled, start, pos)
                    : FixFrame.NeedMore(start, buffer.Length);
            }

            var b = buffer[pos];
            if (b == Soh)
            {
                break;
            }

            var digit = (uint)(b - '0');
            if (digit > 9 || pos - digitsStart >= MaxBodyLengthDigits)
            {
                return FixFrame.Delimited(FixFrameStatus.Garbled, start, pos + 1);
            }

            bodyLength = (bodyLength * 10) + digit;
            pos++;
        }

        if (pos == digitsStart || bodyLength > maxBodyLength)
        {
            return FixFrame.Delimited(FixFrameStatus.Garbled, start, pos + 1);
        }

        var bodyStart = pos + 1;
        var trailer = bodyStart + (int)bodyLength;
        if (buffer.Length < trailer + 3)
        {
            return FixFrame.NeedMore(start, buffer.Length);
        }

        if (buffer[trailer - 1] != Soh || buffer[trailer] != (byte)'1' || buffer[trailer + 1] != (byte)'0' || buffer[trailer + 2] != (byte)'=')
        {
            return DropBadBodyLength(buffer, start, bodyStart, trailer, maxBodyLength);
        }

        // 10=CCC|
        var checksumStart = trailer + 3;
        var checksumLength = buffer[checksumStart..Math.Min(buffer.Length, checksumStart + MaxCheckSumLength + 1)].IndexOf(Soh);
        if (checksumLength < 0)
        {
            return buffer.Length - checksumStart <= MaxCheckSumLength
                ? FixFrame.NeedMore(start, buffer.Length)
                : FixFrame.Delimited(FixFrameStatus.BadCheckSum, start, checksumStart);
        }

        var end = checksumStart + checksumLength + 1;
        if (validateChecksum)
        {
            var declared = FixChecksum.Parse(buffer.Slice(checksumStart, checksumLength));
            if (declared < 0 || declared != FixChecksum.Compute(buffer[start..trailer]))
            {
                return FixFrame.Delimited(FixFrameStatus.BadCheckSum, start, end);
            }
        }

        return FixFrame.Delimited(FixFrameStatus.Complete, start, end);
    }

    /// <summary>
    /// BodyLength points somewhere other than <c>10=</c>: drop through the first <c>SOH10=…SOH</c> found from one
    /// byte before where the trailer should have been (QuickFIX/n's rule, which 2m_BodyLengthValueNotCorrect encodes).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FixFrame DropBadBodyLength(ReadOnlySpan<byte> buffer, int start, int bodyStart, int trailer, int maxBodyLength)
    {
        var from = trailer - 1;
        var found = buffer[from..].IndexOf("\u000110="u8);
        if (found >= 0)
        {
            var checksumStart = from + found + 4;
            var soh = buffer[checksumStart..].IndexOf(Soh);
            if (soh >= 0)
            {
                return FixFrame.Delimited(FixFrameStatus.BadBodyLength, start, checksumStart + soh + 1);
            }
        }

        // No end in sight yet. Wait, but not past the largest body we accept: then it is garbage.
        return buffer.Length - bodyStart > maxBodyLength + MaxCheckSumLength + 4
            ? FixFrame.Delimited(FixFrameStatus.Garbled, start, buffer.Length)
            : FixFrame.NeedMore(start, buffer.Length);
    }

    /// <summary>
    /// Copies as much of the sequence as the frame needs (growing geometrically, up to the scratch size) and frames
    /// the copy. Cold: a transport's receive buffer is one segment almost always.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FixFrame ReadFrameMultiSegment(
        in ReadOnlySequence<byte> buffer, Span<byte> scratch, bool validateChecksum, int maxBodyLength)
    {
        var available = (int)Math.Min(buffer.Length, scratch.Length);
        var copied = 0;
        var want = Math.Min(available, 512);
        while (true)
        {
            buffer.Slice(copied, want - copied).CopyTo(scratch[copied..]);
            copied = want;
            var frame = ReadFrame(scratch[..copied], validateChecksum, maxBodyLength);
            if (frame.Status != FixFrameStatus.NeedMoreData || copied == buffer.Length)
            {
                return frame;
            }

            if (copied < available)
            {
                want = (int)Math.Min(available, (long)copied * 2);
                continue;
            }

            // The scratch is full and still no frame: drop the garbage found so far and have the caller come
            // back at once (examined stops there), or, if a frame starts at 0, it is too large to accept.
            return frame.Start > 0
                ? new FixFrame(FixFrameStatus.NeedMoreData, frame.Start, 0, frame.Start)
                : FixFrame.Delimited(FixFrameStatus.Garbled, 0, Math.Min(2, copied));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowScratchTooSmall() =>
        throw new ArgumentException($"The scratch buffer must hold at least {MinScratchLength} bytes.", "scratch");
}
