using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Tests.Transport;

/// <summary>Connected pairs over real loopback sockets, and a loop that steps polled parts until a condition holds.</summary>
internal static class Loopback
{
    public static (IConnection Client, IConnection Server) Pair(
        CancellationToken token, ConnectionOptions? clientOptions = null, ConnectionOptions? serverOptions = null)
    {
        using var acceptor = new TcpAcceptorEndpoint(options: serverOptions);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Connect(new IPEndPoint(IPAddress.Loopback, acceptor.Port));
        var client = new TcpConnection(socket, clientOptions);
        IConnection? server = null;
        Until(() => acceptor.TryAccept(out server), token);
        return (client, server!);
    }

    /// <summary>Polls the given connections until <paramref name="condition"/> holds or the token fires.</summary>
    public static void Until(Func<bool> condition, CancellationToken token, params IConnection[] poll)
    {
        while (!condition())
        {
            token.ThrowIfCancellationRequested();
            foreach (var connection in poll)
            {
                connection.Poll();
            }

            Thread.Yield();
        }
    }

    /// <summary>Polls <paramref name="connection"/> until it holds <paramref name="count"/> unconsumed bytes.</summary>
    public static void Receive(IConnection connection, int count, CancellationToken token, params IConnection[] alsoPoll)
    {
        while (connection.Received.Length < count)
        {
            token.ThrowIfCancellationRequested();
            var status = connection.Poll();
            if (ConnectionStatus.IsTerminal(status))
            {
                throw new InvalidOperationException($"Connection went down: {ConnectionStatus.Describe(status)}");
            }

            foreach (var other in alsoPoll)
            {
                other.Poll();
            }

            if (status == 0)
            {
                Thread.Yield();
            }
        }
    }

    public static byte[] Pattern(int length, int seed = 7)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)((i * 31) + seed + (i >> 8));
        }

        return bytes;
    }
}
