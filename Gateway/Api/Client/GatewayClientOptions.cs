namespace Gateway.Api.Client;

public sealed record GatewayClientOptions
{
    public static GatewayClientOptions Default { get; } = new();

    /// <summary>A heartbeat goes out when nothing else was sent for this long.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The connection is dropped (<see cref="DisconnectReason.SilenceTimeout"/>) when nothing came for this long.</summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long <see cref="GatewayClient.Login"/> waits for the gateway's answer.</summary>
    public TimeSpan LoginTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes a burst of sends may queue while the kernel is full; beyond it TrySend returns false.</summary>
    public int SendBufferSize { get; init; } = 64 * 1024;

    public int ReceiveBufferSize { get; init; } = 64 * 1024;
}
