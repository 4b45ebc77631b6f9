using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

internal enum FrameKind : byte
{
    NeedMore,
    Complete,

    /// <summary>Garbage before <c>8=</c>, or a frame whose BodyLength or CheckSum is wrong: drop the bytes.</summary>
    Bad,
}

internal readonly record struct FrameRead(FrameKind Kind, int Start, int Length, int Consumed);

/// <summary>
/// Cuts the received bytes into frames the way QuickFIX/n's parser does, so that malformed input is dropped at the
/// same boundaries: skip to <c>8=</c>, read BodyLength, look for <c>SOH 10=</c> from where the body should end, and
/// take the frame up to the SOH after the checksum. A BodyLength that is too long therefore swallows the next
/// message, and both are dropped together; one that is too short still finds the real trailer. A frame is then
/// accepted only if its BodyLength and CheckSum are right.
/// <code>
///  garbage 8=FIX.4.4|9=NN|35=...|....|10=CCC|  next...
///          ^Start   ^BodyLength counts from 35= up to and including the SOH before 10=
/// </code>
/// </summary>
internal static class FrameReader
{
    private const byte Soh = 0x01;

    public static FrameRead Read(ReadOnlySpan<byte> buffer)
    {
        var start = buffer.IndexOf("8="u8);
        if (start < 0)
        {
            // Keep a trailing '8' that may begin the next frame.
            var keep = buffer.Length > 0 && buffer[^1] == (byte)'8' ? 1 : 0;
            return buffer.Length - keep > 0
                ? new FrameRead(FrameKind.Bad, 0, 0, buffer.Length - keep)
                : new FrameRead(FrameKind.NeedMore, 0, 0, 0);
        }

        if (start > 0)
        {
            return new FrameRead(FrameKind.Bad, 0, 0, start);
        }

        var lengthTag = buffer.IndexOf("\u00019="u8);
        if (lengthTag < 0)
        {
            return new FrameRead(FrameKind.NeedMore, 0, 0, 0);
        }

        var digitsStart = lengthTag + 3;
        var digitsEnd = buffer[digitsStart..].IndexOf(Soh);
        if (digitsEnd < 0)
        {
            return new FrameRead(FrameKind.NeedMore, 0, 0, 0);
        }

        digitsEnd += digitsStart;
        if (!FixValue.TryParseInt(buffer[digitsStart..digitsEnd], out var bodyLength) || bodyLength < 0)
        {
            // Unreadable BodyLength: drop through it and look for the next frame.
            return new FrameRead(FrameKind.Bad, 0, 0, digitsEnd + 1);
        }

        var bodyStart = digitsEnd + 1;
        var bodyEnd = (long)bodyStart + bodyLength;
        if (buffer.Length < bodyEnd)
        {
            return new FrameRead(FrameKind.NeedMore, 0, 0, 0);
        }

        var searchFrom = (int)bodyEnd - 1;
        var trailer = buffer[searchFrom..].IndexOf("\u000110="u8);
        if (trailer < 0)
        {
            return new FrameRead(FrameKind.NeedMore, 0, 0, 0);
        }

        var checksumStart = searchFrom + trailer + 4;
        var checksumEnd = buffer[checksumStart..].IndexOf(Soh);
        if (checksumEnd < 0)
        {
            return new FrameRead(FrameKind.NeedMore, 0, 0, 0);
        }

        checksumEnd += checksumStart;
        var frameLength = checksumEnd + 1;
        var actualBodyLength = searchFrom + trailer + 1 - bodyStart;
        // CheckSum is always three digits. "10=0" is wrong even when the byte sum happens to be 0 mod 256
        // (the garbled-message scripts send exactly that over a body holding the current time).
        if (actualBodyLength != bodyLength
            || checksumEnd - checksumStart != 3
            || !FixValue.TryParseInt(buffer[checksumStart..checksumEnd], out var checksum)
            || checksum != FixChecksum.Compute(buffer[..(checksumStart - 3)]))
        {
            return new FrameRead(FrameKind.Bad, 0, 0, frameLength);
        }

        return new FrameRead(FrameKind.Complete, 0, frameLength, frameLength);
    }
}
