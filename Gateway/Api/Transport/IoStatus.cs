namespace Gateway.Api.Transport;

/// <summary>What the socket helpers return besides a byte count (0 = would block, nothing done).</summary>
public static class IoStatus
{
    /// <summary>The peer closed its side (orderly FIN).</summary>
    public const int PeerClosed = -1;

    /// <summary>A socket error other than would-block; the connection is unusable.</summary>
    public const int Error = -2;
}
