using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

public class TcpConnectorTests
{
    private static readonly long Second = TimeSpan.FromSeconds(1).Ticks * 100;

    [Test, CancelAfter(10_000)]
    public void Connects_to_an_acceptor_without_blocking_and_hands_over_one_connection(CancellationToken token)
    {
        using var acceptor = new TcpAcceptorEndpoint();
        using var connector = new TcpConnector("127.0.0.1", acceptor.Port, ReconnectBackoff.Fixed(TimeSpan.FromSeconds(1)));
        var clock = new ManualEpochClock();

        IConnection? client = null;
        IConnection? server = null;
        while (client is null || server is null)
        {
            token.ThrowIfCancellationRequested();
            if (client is null && connector.TryConnect(clock.NowNanos(), out var made))
            {
                client = made;
            }

            if (server is null && acceptor.TryAccept(out var accepted))
            {
                server = accepted;
            }

            Thread.Yield();
        }

        using (client)
        using (server)
        {
            connector.State.Should().Be(ConnectorState.Connected);
            connector.TryConnect(clock.NowNanos(), out _).Should().BeFalse("one connection at a time");
            client.TrySend("ping"u8).Should().Be(4);
            Loopback.Receive(server, 4, token);
            server.Received.ToArray().Should().Equal("ping"u8.ToArray());
            acceptor.Accepted.Should().Be(1);
            client.RemoteEndPoint.Should().Be(acceptor.LocalEndPoint);
        }
    }

    [Test, CancelAfter(10_000)]
    public void An_attempt_not_done_by_the_connect_timeout_fails_as_timed_out_and_backs_off(CancellationToken token)
    {
        // A listener whose accept queue is full drops further SYNs, so a connect to it stays pending.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                fillers.Add(filler);
                try
                {
                    filler.Connect(new IPEndPoint(IPAddress.Loopback, port));
                }
                catch (SocketException)
                {
                    // In progress, or dropped: either way the queue fills.
                }
            }

            using var connector = new TcpConnector("127.0.0.1", port, ReconnectBackoff.Fixed(TimeSpan.FromSeconds(2)),
                connectTimeout: TimeSpan.FromSeconds(5));
            var clock = new ManualEpochClock(0);
            connector.TryConnect(clock.NowNanos(), out _).Should().BeFalse();
            if (connector.State != ConnectorState.Connecting)
            {
                Assert.Inconclusive($"this kernel did not leave the connect pending ({connector.LastError})");
            }

            clock.Set((5 * Second) - 1);
            connector.TryConnect(clock.NowNanos(), out _).Should().BeFalse();
            connector.State.Should().Be(ConnectorState.Connecting, "not timed out yet");

            clock.Set(5 * Second);
            connector.TryConnect(clock.NowNanos(), out _).Should().BeFalse();

            connector.State.Should().Be(ConnectorState.Waiting);
            connector.LastError.Should().Be(SocketError.TimedOut);
            connector.NextAttemptNanos.Should().Be(7 * Second);
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    [Test, CancelAfter(10_000)]
    public void A_host_name_is_resolved_without_blocking_the_agent(CancellationToken token)
    {
        using var acceptor = new TcpAcceptorEndpoint();
        using var connector = new TcpConnector("localhost", acceptor.Port, ReconnectBackoff.Fixed(TimeSpan.FromSeconds(1)));

        IConnection? client = null;
        while (connector.Failures == 0 && !connector.TryConnect(0, out client))
        {
            token.ThrowIfCancellationRequested();
            Thread.Yield();
        }

        // localhost may resolve to ::1 first; the dual-mode socket falls back to 127.0.0.1.
        using (client)
        {
            client.Should().NotBeNull($"the attempt failed with {connector.LastError}");
            client!.IsConnected.Should().BeTrue();
        }
    }

    [Test, CancelAfter(10_000)]
    public void Refused_attempts_back_off_doubling_up_to_the_maximum_on_the_injected_clock(CancellationToken token)
    {
        var port = ClosedPort();
        using var connector = new TcpConnector("127.0.0.1", port,
            new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
        var clock = new ManualEpochClock(1_000 * Second);
        var start = clock.NowNanos();

        // Attempt 1 at once, refused: wait 1 s. Attempt 2 refused: wait 2 s. Then 4 s, then capped at 5 s.
        long[] expectedWaits = [1, 2, 4, 5, 5];
        var attemptAt = start;
        for (var i = 0; i < expectedWaits.Length; i++)
        {
            if (i > 0)
            {
                clock.Set(attemptAt - 1);
                connector.TryConnect(clock.NowNanos(), out _).Should().BeFalse();
                connector.Attempts.Should().Be(i, "no attempt may start before it is due");
            }

            clock.Set(attemptAt);
            FailOnce(connector, clock, i + 1, token);

            connector.LastError.Should().Be(SocketError.ConnectionRefused);
            connector.NextAttemptNanos.Should().Be(attemptAt + (expectedWaits[i] * Second));
            attemptAt = connector.NextAttemptNanos;
        }
    }

    [Test, CancelAfter(10_000)]
    public void A_dropped_connection_reconnects_after_the_initial_delay_since_a_success_resets_the_back_off(
        CancellationToken token)
    {
        var port = ClosedPort();
        using var connector = new TcpConnector("127.0.0.1", port,
            new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
        var clock = new ManualEpochClock(0);
        FailOnce(connector, clock, 1, token);
        clock.Set(connector.NextAttemptNanos);
        FailOnce(connector, clock, 2, token); // next wait would now be 4 s

        using var acceptor = new TcpAcceptorEndpoint(port);
        clock.Set(connector.NextAttemptNanos);
        IConnection? client = null;
        Loopback.Until(() => connector.TryConnect(clock.NowNanos(), out client), token);
        client!.Dispose();

        connector.OnDisconnected(clock.NowNanos());

        connector.State.Should().Be(ConnectorState.Waiting);
        connector.NextAttemptNanos.Should().Be(clock.NowNanos() + Second);
    }

    [Test]
    public void A_stopped_connector_never_connects()
    {
        var connector = new TcpConnector("127.0.0.1", 9, ReconnectBackoff.Fixed(TimeSpan.FromSeconds(1)));
        connector.Dispose();

        connector.TryConnect(0, out _).Should().BeFalse();
        connector.Attempts.Should().Be(0);
        connector.State.Should().Be(ConnectorState.Stopped);
    }

    private static void FailOnce(TcpConnector connector, ManualEpochClock clock, int failures, CancellationToken token)
    {
        while (connector.Failures < failures)
        {
            token.ThrowIfCancellationRequested();
            connector.TryConnect(clock.NowNanos(), out var connection).Should().BeFalse();
            connection.Should().BeNull();
            Thread.Yield();
        }

        connector.Attempts.Should().Be(failures);
        connector.State.Should().Be(ConnectorState.Waiting);
    }

    /// <summary>A loopback port nobody listens on: bound by an acceptor, then released.</summary>
    private static int ClosedPort()
    {
        using var acceptor = new TcpAcceptorEndpoint();
        return acceptor.Port;
    }
}
