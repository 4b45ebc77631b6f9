namespace Gateway.Sessions.Fix.Codec;

/// <summary>How many fraction-of-second digits a written UTCTimestamp or UTCTimeOnly carries (the enum value).</summary>
public enum TimestampPrecision : byte
{
    /// <summary><c>yyyyMMdd-HH:mm:ss</c></summary>
    Seconds = 0,

    /// <summary><c>yyyyMMdd-HH:mm:ss.sss</c></summary>
    Millis = 3,

    /// <summary><c>yyyyMMdd-HH:mm:ss.ssssss</c></summary>
    Micros = 6,

    /// <summary><c>yyyyMMdd-HH:mm:ss.sssssssss</c></summary>
    Nanos = 9,
}
