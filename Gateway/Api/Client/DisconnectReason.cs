namespace Gateway.Api.Client;

/// <summary>Why the client's connection ended.</summary>
public enum DisconnectReason : byte
{
    None = 0,

    /// <summary>The gateway closed the connection (after a logout, a login reject, a slow-consumer drop, ...).</summary>
    ClosedByGateway = 1,

    /// <summary>A socket error (reset, unreachable).</summary>
    SocketError = 2,

    /// <summary>Nothing came from the gateway for the silence timeout, heartbeats included.</summary>
    SilenceTimeout = 3,

    /// <summary>The gateway sent bytes that cannot be framed (bad length): the stream is lost.</summary>
    FramingError = 4,

    /// <summary>This side closed it (<see cref="GatewayClient.Dispose"/> or <see cref="GatewayClient.Logout"/>).</summary>
    ClosedByClient = 5,
}
