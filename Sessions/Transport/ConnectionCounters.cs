namespace Gateway.Sessions.Transport;

/// <summary>
/// Counts kept by a connection on its owning thread. Other threads (metrics, admin) may read them: 64-bit reads are
/// atomic, they are only ever slightly stale.
/// </summary>
public sealed class ConnectionCounters
{
    /// <summary>Bytes handed to the kernel (for TLS: encrypted bytes).</summary>
    public long BytesSent { get; internal set; }

    /// <summary>Bytes made available in <see cref="IConnection.Received"/> (for TLS: decrypted bytes).</summary>
    public long BytesReceived { get; internal set; }

    /// <summary>Successful <see cref="IConnection.TrySend"/> calls: one per message for a session that sends whole messages.</summary>
    public long MessagesSent { get; internal set; }

    /// <summary>Polls that read at least one byte.</summary>
    public long Reads { get; internal set; }

    /// <summary>Sends the kernel did not take whole at once: all or part of the bytes went to the backlog.</summary>
    public long QueuedSends { get; internal set; }

    /// <summary>Sends refused with <see cref="SendStatus.BackPressured"/>.</summary>
    public long BackPressured { get; internal set; }

    /// <summary>Times the receive buffer had to grow because the unconsumed bytes filled it (a frame larger than it).</summary>
    public long ReceiveBufferGrowths { get; internal set; }

    /// <summary>Polls refused with <see cref="ConnectionStatus.ReceiveBufferFull"/>.</summary>
    public long ReceiveBufferFull { get; internal set; }
}
