using System.Runtime.InteropServices;

namespace Gateway.Sessions.Metrics;

/// <summary>
/// A long alone on its cache lines: one thread writes it, others read it, and nothing else written by anyone shares
/// its line (false sharing) or the neighbouring line the adjacent-line prefetcher pulls in with it.
/// <code>
///  0               64             128   136              200            264
///  +---------------+---------------+-----+---------------+---------------+
///  |  padding (128 bytes)          |value|  padding (128 bytes)          |
///  +---------------+---------------+-----+---------------+---------------+
/// </code>
/// In an array, two values are 136 bytes apart, so no two share a line or an adjacent pair of lines.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct PaddedLong
{
    /// <summary>Two 64-byte cache lines: the line itself and the one the spatial prefetcher pairs with it.</summary>
    public const int PaddingBytes = 128;

    public const int ValueOffset = PaddingBytes;
    public const int Size = PaddingBytes + sizeof(long) + PaddingBytes;

    [FieldOffset(ValueOffset)]
    public long Value;
}

/// <summary>
/// A histogram reference alone on its cache lines, laid out like <see cref="PaddedLong"/> (explicit layout cannot be
/// generic, hence the concrete type).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = PaddedLong.Size)]
internal struct PaddedHistogramReference
{
    [FieldOffset(PaddedLong.ValueOffset)]
    public LatencyHistogram Value;
}
