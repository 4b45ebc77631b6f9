using Gateway.Benchmarks.Fix.RoundTrip;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>
/// The whole NewOrderSingle frame as our session writes it: 8, 9, 35, then the header fields ascending (34, 49,
/// 52, 56), then <see cref="NewOrderSingleBody"/>, then 10. 25 fields, about 260 bytes.
/// </summary>
public static class NewOrderSample
{
    /// <summary>2024-01-31 14:30:15.123456789 UTC.</summary>
    public const long SendingTimeNanos = 1_706_711_415_123_456_789L;

    public const long ClOrdId = 20_240_131_000_123L;

    /// <summary>Encodes the order into <paramref name="buffer"/>; returns the frame length (or FixWriter.BufferTooSmall).</summary>
    public static int Encode(Span<byte> buffer, int seqNum, long nowNanos)
    {
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "D"u8);
        w.Add(34, seqNum);
        w.Add(49, "CLIENT01"u8);
        w.AddTimestamp(52, nowNanos, TimestampPrecision.Millis);
        w.Add(56, "GATEWAY"u8);
        new NewOrderSingleBody(ClOrdId + seqNum, nowNanos - 3_000_000).WriteBody(ref w);
        return w.Finish();
    }

    /// <summary>A frame to parse: sequence number 1234, sent at <see cref="SendingTimeNanos"/>.</summary>
    public static byte[] Frame()
    {
        var buffer = new byte[1024];
        var length = Encode(buffer, 1234, SendingTimeNanos);
        return buffer.AsSpan(0, length).ToArray();
    }
}
