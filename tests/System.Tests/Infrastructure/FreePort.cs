using System.Net;
using System.Net.Sockets;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// A TCP port nobody listens on right now, on any interface (QuickFIX C++ binds them all). Another process could
/// take it before the caller does; the caller's start-up then fails loudly with "address in use".
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>A UDP port free right now (for capture markers).</summary>
    public static int NextUdp()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
