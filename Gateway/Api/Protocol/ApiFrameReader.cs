namespace Gateway.Api.Protocol;

/// <summary>
/// Finds the first frame in received bytes. Stateless and incremental: call it on the unconsumed bytes after every
/// read; a partial frame answers <see cref="FrameStatus.NeedMore"/> and costs nothing but a header peek. Fatal errors
/// are reported as soon as the 8-byte header is in, without waiting for a body that may never come.
/// <code>
///   header in?  ── no ──▶ NeedMore
///   length &lt; 8 ──────────▶ LengthTooShort   (fatal)
///   length &gt; Max ────────▶ LengthTooLong    (fatal)
///   known type, length ≠ SizeOf(type) ▶ LengthMismatch (fatal)
///   whole frame in? ── no ──▶ NeedMore
///   unknown type ───────▶ UnknownType (skip length bytes)
///   version ≠ Current ──▶ BadVersion  (skip length bytes)
///   else ───────────────▶ Frame
/// </code>
/// </summary>
public static class ApiFrameReader
{
    /// <summary>
    /// Reads the frame at the start of <paramref name="received"/>. <paramref name="header"/> is valid for every
    /// status but <see cref="FrameStatus.NeedMore"/> with fewer than 8 bytes; <paramref name="length"/> is the count
    /// to consume for Frame, UnknownType and BadVersion (0 otherwise).
    /// </summary>
    public static FrameStatus TryRead(ReadOnlySpan<byte> received, out MessageHeader header, out int length)
    {
        length = 0;
        if (received.Length < MessageHeader.Size)
        {
            header = default;
            return FrameStatus.NeedMore;
        }

        header = ApiWire.ReadHeader(received);
        int declared = header.Length;
        if (declared < MessageHeader.Size)
        {
            return FrameStatus.LengthTooShort;
        }

        if (declared > ApiWire.MaxMessageSize)
        {
            return FrameStatus.LengthTooLong;
        }

        var size = ApiWire.SizeOf(header.Type);
        if (size != 0 && size != declared)
        {
            return FrameStatus.LengthMismatch;
        }

        if (received.Length < declared)
        {
            return FrameStatus.NeedMore;
        }

        length = declared;
        if (size == 0)
        {
            return FrameStatus.UnknownType;
        }

        return header.Version == ProtocolVersion.Current ? FrameStatus.Frame : FrameStatus.BadVersion;
    }
}
