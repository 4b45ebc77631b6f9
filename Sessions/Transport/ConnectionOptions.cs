using System.Net.Sockets;

namespace Gateway.Sessions.Transport;

/// <summary>Socket and buffer settings of a connection (TLS is chosen separately, per endpoint).</summary>
public sealed record ConnectionOptions
{
    public static ConnectionOptions Default { get; } = new();

    /// <summary>TCP_NODELAY: send small messages at once instead of waiting to coalesce them (Nagle).</summary>
    public bool NoDelay { get; init; } = true;

    /// <summary>Initial size of the owned receive buffer.</summary>
    public int ReceiveBufferSize { get; init; } = 64 * 1024;

    /// <summary>The receive buffer grows (cold) when unconsumed bytes fill it, up to this size.</summary>
    public int MaxReceiveBufferSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>A send is refused (<see cref="SendStatus.BackPressured"/>) when it would take the backlog past this.</summary>
    public int SendBacklogLimit { get; init; } = 4 * 1024 * 1024;

    /// <summary>SO_SNDBUF in bytes; 0 leaves the OS default.</summary>
    public int SocketSendBufferSize { get; init; }

    /// <summary>SO_RCVBUF in bytes; 0 leaves the OS default.</summary>
    public int SocketReceiveBufferSize { get; init; }

    /// <summary>Makes a connected socket non-blocking and applies the socket settings.</summary>
    internal void ApplyTo(Socket socket)
    {
        socket.Blocking = false;
        socket.NoDelay = NoDelay;
        if (SocketSendBufferSize > 0)
        {
            socket.SendBufferSize = SocketSendBufferSize;
        }

        if (SocketReceiveBufferSize > 0)
        {
            socket.ReceiveBufferSize = SocketReceiveBufferSize;
        }
    }
}
