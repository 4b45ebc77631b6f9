using System.Net.Sockets;
using Gateway.Api.Transport;

namespace Gateway.Clients;

/// <summary>One accepted strategy connection: its socket, its fixed buffers, its timers and, once logged in, its strategy.</summary>
internal sealed class ClientConnection(Socket socket, int receiveBufferSize, int sendBufferSize, long nowTicks)
{
    public Socket Socket { get; } = socket;

    public ApiReceiveBuffer Receive { get; } = new(receiveBufferSize);

    public ApiSendBuffer Send { get; } = new(sendBufferSize);

    /// <summary>For logs (cold).</summary>
    public string Remote { get; } = socket.RemoteEndPoint?.ToString() ?? "?";

    /// <summary>Null until the login succeeded.</summary>
    public StrategySlot? Strategy { get; set; }

    public long LastReceivedTicks { get; set; } = nowTicks;

    public long LastSentTicks { get; set; } = nowTicks;

    public bool IsClosed { get; set; }

    /// <summary>Error messages sent to this connection, to thin out their log lines.</summary>
    public long ErrorsSent { get; set; }
}

/// <summary>A configured strategy: its token (zero-padded to the wire field's 32 bytes) and its connection while logged in.</summary>
internal sealed class StrategySlot(int strategyId, byte[] token)
{
    public int StrategyId { get; } = strategyId;

    public byte[] Token { get; } = token;

    public ClientConnection? Connection { get; set; }

    /// <summary>Messages from and to the strategy (the I/O thread counts; the admin console reads a snapshot).</summary>
    public long MessagesIn;

    public long MessagesOut;
}
