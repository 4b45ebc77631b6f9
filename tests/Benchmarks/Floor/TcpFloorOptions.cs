namespace Gateway.Benchmarks.Floor;

/// <summary>How a ping-pong waits for data.</summary>
public enum ReceiveWait
{
    /// <summary>Non-blocking sockets, receive retried in a loop: what the gateway's hot path does.</summary>
    Spin,

    /// <summary>Blocking reads: the thread parks and the kernel wakes it when data arrives.</summary>
    Blocking,
}

public sealed record TcpFloorOptions
{
    public const int DefaultRoundTrips = 20_000;
    public const int DefaultWarmupRoundTrips = 5_000;
    public const int DefaultMessageBytes = 200;

    public int RoundTrips { get; init; } = DefaultRoundTrips;

    public int WarmupRoundTrips { get; init; } = DefaultWarmupRoundTrips;

    public int MessageBytes { get; init; } = DefaultMessageBytes;
}
