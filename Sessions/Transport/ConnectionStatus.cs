namespace Gateway.Sessions.Transport;

/// <summary>
/// What <see cref="IConnection.Poll"/> returns besides a byte count: 0 when nothing arrived, a negative status
/// otherwise. Every status but <see cref="ReceiveBufferFull"/> is terminal: the connection is down and stays down,
/// and Poll keeps returning the same status. (Aeron's named negative positions.)
/// </summary>
public static class ConnectionStatus
{
    /// <summary>Nothing to read this time; not an error.</summary>
    public const int NothingRead = 0;

    /// <summary>The peer closed its side (orderly FIN, or EOF after TLS close).</summary>
    public const int PeerClosed = -1;

    /// <summary>A socket or TLS error ended the connection: see <see cref="IConnection.LastError"/>.</summary>
    public const int Error = -2;

    /// <summary>This side closed the connection with <see cref="IConnection.Close"/>.</summary>
    public const int Closed = -3;

    /// <summary>
    /// Not terminal: the unconsumed bytes fill the receive buffer at its maximum size, so nothing more can be read
    /// until the caller consumes. A frame larger than the maximum is a protocol violation for the caller to act on.
    /// </summary>
    public const int ReceiveBufferFull = -4;

    /// <summary>The TLS handshake failed (bad certificate, protocol mismatch, peer gone during the handshake).</summary>
    public const int HandshakeFailed = -5;

    public static bool IsTerminal(int status) => status < 0 && status != ReceiveBufferFull;

    /// <summary>A label for logs and counters (cold path).</summary>
    public static string Describe(int status) => status switch
    {
        >= 0 => "Ok",
        PeerClosed => nameof(PeerClosed),
        Error => nameof(Error),
        Closed => nameof(Closed),
        ReceiveBufferFull => nameof(ReceiveBufferFull),
        HandshakeFailed => nameof(HandshakeFailed),
        _ => "Unknown",
    };
}
