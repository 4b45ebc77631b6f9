namespace Gateway.Sessions.Fix.Codec;

/// <summary>What <see cref="FixFraming"/> found at the front of a receive buffer.</summary>
public enum FixFrameStatus : byte
{
    /// <summary>No whole frame yet: read more and try again (garbage before <c>8=</c> may still be dropped).</summary>
    NeedMoreData = 0,

    /// <summary>A frame whose <c>10=</c> sits exactly where BodyLength says and whose CheckSum matches.</summary>
    Complete,

    /// <summary><c>10=</c> is not where BodyLength (9) says. Dropped like QuickFIX/n: up to the next <c>SOH10=…SOH</c>.</summary>
    BadBodyLength,

    /// <summary>The frame is where BodyLength says, but CheckSum (10) is wrong or not three digits. Dropped.</summary>
    BadCheckSum,

    /// <summary><c>8=</c> is not followed by <c>BeginString SOH 9=digits SOH</c>, or the frame is too large. Dropped.</summary>
    Garbled,
}

/// <summary>
/// The outcome of one <see cref="FixFraming.TryReadFrame(ReadOnlySpan{byte}, out FixFrame, bool, int)"/> call.
/// Offsets are from the start of the buffer given. The caller always drops <see cref="Consumed"/> bytes and, on
/// <see cref="FixFrameStatus.NeedMoreData"/>, waits for more data unless <see cref="Examined"/> is short of the
/// buffer's end.
/// <code>
///  garbage | 8=FIX.4.4|9=5|35=0|10=161| | next frame...
///  0       ^Start                       ^Start+Length = Consumed
/// </code>
/// </summary>
public readonly struct FixFrame
{
    public FixFrame(FixFrameStatus status, int start, int length, int examined)
    {
        Status = status;
        Start = start;
        Length = length;
        Examined = examined;
    }

    public FixFrameStatus Status { get; }

    /// <summary>Where the frame (or the bad bytes) start: everything before is garbage that was skipped.</summary>
    public int Start { get; }

    /// <summary>The frame's length; for a bad frame, how many bytes from <see cref="Start"/> are dropped; 0 when more data is needed.</summary>
    public int Length { get; }

    /// <summary>Bytes to drop from the front of the buffer: the garbage, then the frame (good or bad).</summary>
    public int Consumed => Start + Length;

    /// <summary>Bytes looked at; for NeedMoreData the whole buffer, unless the framer stopped early (multi-segment scratch full).</summary>
    public int Examined { get; }

    /// <summary>Garbage skipped before <see cref="Start"/>.</summary>
    public int Skipped => Start;

    public bool IsComplete => Status == FixFrameStatus.Complete;

    /// <summary>The frame's bytes in <paramref name="buffer"/> (the buffer that was framed).</summary>
    public ReadOnlySpan<byte> Of(ReadOnlySpan<byte> buffer) => buffer.Slice(Start, Length);

    internal static FixFrame NeedMore(int skipped, int examined) => new(FixFrameStatus.NeedMoreData, skipped, 0, examined);

    internal static FixFrame Delimited(FixFrameStatus status, int start, int end) => new(status, start, end - start, end);

    public override string ToString() => $"{Status} start={Start} length={Length} examined={Examined}";
}
