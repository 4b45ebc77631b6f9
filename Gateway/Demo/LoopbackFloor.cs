using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Metrics;

namespace Gateway.Demo;

/// <summary>
/// This machine's TCP round-trip floor over loopback, measured at start so the demo's latencies can be read against
/// it: plain sockets, a client and an echo thread passing 200 bytes back and forth, nothing else between them.
/// <see cref="Spin"/> retries non-blocking receives (what a busy-spinning engine does); blocking receives park the
/// thread until the kernel wakes it (the best a thread that sleeps when idle can do).
/// </summary>
public static class LoopbackFloor
{
    private const int MessageBytes = 200;
    private const int WarmupRoundTrips = 100;
    private const int RoundTrips = 10_000;

    /// <summary>On a crowded machine a spinning ping-pong crawls: stop measuring after this, with what was recorded.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public static LatencyHistogram Spin() => Run(blocking: false);

    public static LatencyHistogram Blocking() => Run(blocking: true);

    private static LatencyHistogram Run(bool blocking)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var total = WarmupRoundTrips + RoundTrips;
        var echo = new Thread(() =>
        {
            using var server = listener.Accept();
            Prepare(server, blocking);
            var buffer = new byte[MessageBytes];
            for (var i = 0; i < total && ReceiveExactly(server, buffer) && SendAll(server, buffer); i++)
            {
            }
        })
        { IsBackground = true, Name = "floor-echo" };
        echo.Start();

        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        Prepare(client, blocking);
        var histogram = new LatencyHistogram();
        var message = new byte[MessageBytes];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total && clock.Elapsed < Budget; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (!SendAll(client, message) || !ReceiveExactly(client, message))
            {
                break;
            }

            if (i >= WarmupRoundTrips)
            {
                histogram.Record((long)(Stopwatch.GetElapsedTime(start).Ticks * 100));
            }
        }

        client.Close(); // the echo thread sees the connection end and returns
        echo.Join(TimeSpan.FromSeconds(5));
        return histogram;
    }

    private static void Prepare(Socket socket, bool blocking)
    {
        socket.NoDelay = true;
        socket.Blocking = blocking;
    }

    /// <summary>False if the peer went away. A non-blocking socket says WouldBlock and the loop tries again.</summary>
    private static bool ReceiveExactly(Socket socket, Span<byte> buffer)
    {
        var received = 0;
        while (received < buffer.Length)
        {
            var n = socket.Receive(buffer[received..], SocketFlags.None, out var error);
            if (error == SocketError.WouldBlock)
            {
                continue;
            }

            if (error != SocketError.Success || n == 0)
            {
                return false;
            }

            received += n;
        }

        return true;
    }

    private static bool SendAll(Socket socket, ReadOnlySpan<byte> message)
    {
        var sent = 0;
        while (sent < message.Length)
        {
            var n = socket.Send(message[sent..], SocketFlags.None, out var error);
            if (error == SocketError.WouldBlock)
            {
                continue;
            }

            if (error != SocketError.Success)
            {
                return false;
            }

            sent += n;
        }

        return true;
    }
}
