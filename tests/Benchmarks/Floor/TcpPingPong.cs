using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Floor;

/// <summary>
/// Plain sockets over loopback: a client thread sends a message, an echo thread sends it back, and the client
/// records each round trip. Nothing else runs between the two sockets, so this is the floor under any latency
/// the gateway reports. The same measurement as ../shared/tools/tcp-floor.c, so the two can be compared.
/// </summary>
public static class TcpPingPong
{
    public static LatencyHistogram Run(TcpFloorOptions options, ReceiveWait wait)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        int totalRoundTrips = options.WarmupRoundTrips + options.RoundTrips;

        Exception? echoFailure = null;
        var echo = new Thread(() =>
        {
            try
            {
                using Socket server = listener.Accept();
                Prepare(server, wait);
                Echo(server, options.MessageBytes, totalRoundTrips);
            }
            catch (Exception e)
            {
                echoFailure = e;
            }
        })
        { IsBackground = true, Name = "floor-echo" };
        echo.Start();

        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        Prepare(client, wait);

        var histogram = new LatencyHistogram();
        byte[] message = new byte[options.MessageBytes];
        message.AsSpan().Fill((byte)'x');
        for (int i = 0; i < totalRoundTrips; i++)
        {
            long start = Stopwatch.GetTimestamp();
            SendAll(client, message);
            ReceiveExactly(client, message);
            long elapsed = Stopwatch.GetTimestamp() - start;
            if (i >= options.WarmupRoundTrips)
            {
                histogram.Record(ToNanos(elapsed));
            }
        }

        client.Shutdown(SocketShutdown.Both);
        echo.Join();
        if (echoFailure is not null)
        {
            throw new InvalidOperationException("the echo side failed", echoFailure);
        }

        return histogram;
    }

    private static void Prepare(Socket socket, ReceiveWait wait)
    {
        socket.NoDelay = true;
        socket.Blocking = wait == ReceiveWait.Blocking;
    }

    private static void Echo(Socket server, int messageBytes, int roundTrips)
    {
        byte[] buffer = new byte[messageBytes];
        for (int i = 0; i < roundTrips; i++)
        {
            ReceiveExactly(server, buffer);
            SendAll(server, buffer);
        }
    }

    /// <summary>Works for both waits: a non-blocking socket reports WouldBlock and the loop simply tries again.</summary>
    private static void ReceiveExactly(Socket socket, Span<byte> buffer)
    {
        int received = 0;
        while (received < buffer.Length)
        {
            int n = socket.Receive(buffer[received..], SocketFlags.None, out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                continue;
            }

            if (error != SocketError.Success || n == 0)
            {
                throw new SocketException((int)(error == SocketError.Success ? SocketError.ConnectionReset : error));
            }

            received += n;
        }
    }

    private static void SendAll(Socket socket, ReadOnlySpan<byte> message)
    {
        int sent = 0;
        while (sent < message.Length)
        {
            int n = socket.Send(message[sent..], SocketFlags.None, out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                continue;
            }

            if (error != SocketError.Success)
            {
                throw new SocketException((int)error);
            }

            sent += n;
        }
    }

    private static long ToNanos(long stopwatchTicks) =>
        Stopwatch.Frequency == 1_000_000_000 ? stopwatchTicks : (long)(stopwatchTicks * (1e9 / Stopwatch.Frequency));
}
