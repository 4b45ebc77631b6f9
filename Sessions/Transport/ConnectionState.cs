namespace Gateway.Sessions.Transport;

public enum ConnectionState
{
    /// <summary>TLS only: connected at TCP level, handshake running. Poll returns 0, TrySend NotConnected.</summary>
    Handshaking,

    /// <summary>Bytes flow both ways.</summary>
    Open,

    /// <summary>Down for good: closed by either side or failed. See <see cref="IConnection.CloseStatus"/>.</summary>
    Closed,
}
