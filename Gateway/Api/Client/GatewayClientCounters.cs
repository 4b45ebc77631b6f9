namespace Gateway.Api.Client;

/// <summary>
/// What the client did, for the strategy's own monitoring. Each counter has one writing thread (sends: the sending
/// thread; receives: the polling thread); readers on other threads see them with a small lag.
/// </summary>
public sealed class GatewayClientCounters
{
    internal long _messagesSent;
    internal long _bytesSent;
    internal long _heartbeatsSent;
    internal long _sendBufferFull;
    internal long _messagesReceived;
    internal long _bytesReceived;
    internal long _heartbeatsReceived;
    internal long _errorsReceived;
    internal long _unknownMessages;
    internal long _framingErrors;
    internal long _socketErrors;

    /// <summary>Messages accepted by TrySend (heartbeats included).</summary>
    public long MessagesSent => Volatile.Read(ref _messagesSent);

    public long BytesSent => Volatile.Read(ref _bytesSent);

    public long HeartbeatsSent => Volatile.Read(ref _heartbeatsSent);

    /// <summary>TrySend calls refused because the send buffer was full (back-pressure).</summary>
    public long SendBufferFull => Volatile.Read(ref _sendBufferFull);

    /// <summary>Messages received (heartbeats included).</summary>
    public long MessagesReceived => Volatile.Read(ref _messagesReceived);

    public long BytesReceived => Volatile.Read(ref _bytesReceived);

    public long HeartbeatsReceived => Volatile.Read(ref _heartbeatsReceived);

    /// <summary>Error messages from the gateway.</summary>
    public long ErrorsReceived => Volatile.Read(ref _errorsReceived);

    /// <summary>Frames of a type or version this client does not know, skipped.</summary>
    public long UnknownMessages => Volatile.Read(ref _unknownMessages);

    public long FramingErrors => Volatile.Read(ref _framingErrors);

    public long SocketErrors => Volatile.Read(ref _socketErrors);
}
