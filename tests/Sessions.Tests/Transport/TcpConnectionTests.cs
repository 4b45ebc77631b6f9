using FluentAssertions;
using Gateway.Sessions.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

public class TcpConnectionTests
{
    [Test, CancelAfter(10_000)]
    public void Bytes_sent_by_one_side_are_echoed_back_by_the_other(CancellationToken token)
    {
        var (client, server) = Loopback.Pair(token);
        using (client)
        using (server)
        {
            var request = "8=FIX.4.4\u00019=5\u000135=0\u000110=000\u0001"u8.ToArray();
            client.TrySend(request).Should().Be(request.Length);

            Loopback.Receive(server, request.Length, token);
            var echoed = server.TrySend(server.Received);
            echoed.Should().Be(request.Length);
            server.Consume(echoed);

            Loopback.Receive(client, request.Length, token);
            client.Received.ToArray().Should().Equal(request);
            client.Consume(request.Length);
            client.Received.Length.Should().Be(0);
            client.Counters.MessagesSent.Should().Be(1);
            client.Counters.BytesSent.Should().Be(request.Length);
            client.Counters.BytesReceived.Should().Be(request.Length);
            server.RemoteEndPoint.Should().NotBeNull();
        }
    }

    [Test, CancelAfter(10_000)]
    public void Poll_returns_nothing_read_when_no_bytes_have_arrived(CancellationToken token)
    {
        var (client, server) = Loopback.Pair(token);
        using (client)
        using (server)
        {
            client.Poll().Should().Be(ConnectionStatus.NothingRead);
            client.IsConnected.Should().BeTrue();
            client.State.Should().Be(ConnectionState.Open);
        }
    }

    [Test, CancelAfter(20_000)]
    public void A_send_larger_than_the_kernel_takes_is_queued_and_flushed_in_order_by_later_polls(CancellationToken token)
    {
        var small = new ConnectionOptions { SocketSendBufferSize = 64 * 1024, SendBacklogLimit = 16 * 1024 * 1024 };
        var (client, server) = Loopback.Pair(token, small);
        using (client)
        using (server)
        {
            var payload = Loopback.Pattern(8 * 1024 * 1024);
            client.TrySend(payload).Should().Be(payload.Length);
            client.SendBacklog.Should().BeGreaterThan(0, "8 MB cannot fit a 64 KB socket buffer and the peer's window");
            client.Counters.QueuedSends.Should().Be(1);

            // A second message queues behind the first.
            var tail = "tail"u8.ToArray();
            client.TrySend(tail).Should().Be(tail.Length);

            var received = new MemoryStream();
            while (received.Length < payload.Length + tail.Length)
            {
                token.ThrowIfCancellationRequested();
                client.Poll();
                server.Poll();
                received.Write(server.Received);
                server.Consume(server.Received.Length);
            }

            received.ToArray().Should().Equal([.. payload, .. tail]);
            client.SendBacklog.Should().Be(0);
            client.Counters.BytesSent.Should().Be(payload.Length + tail.Length);
        }
    }

    [Test, CancelAfter(20_000)]
    public void A_send_is_refused_whole_when_the_backlog_is_at_its_limit_and_accepted_again_once_it_drains(
        CancellationToken token)
    {
        var options = new ConnectionOptions { SocketSendBufferSize = 64 * 1024, SendBacklogLimit = 256 * 1024 };
        var (client, server) = Loopback.Pair(token, options);
        using (client)
        using (server)
        {
            var chunk = Loopback.Pattern(64 * 1024);
            var accepted = 0L;
            int result;
            while ((result = client.TrySend(chunk)) > 0)
            {
                token.ThrowIfCancellationRequested();
                accepted += result;
            }

            result.Should().Be(SendStatus.BackPressured);
            client.Counters.BackPressured.Should().Be(1);
            client.SendBacklog.Should().BeLessThanOrEqualTo(256 * 1024);

            var received = 0L;
            Loopback.Until(() =>
            {
                received += server.Received.Length;
                server.Consume(server.Received.Length);
                return received == accepted;
            }, token, client, server);

            client.SendBacklog.Should().Be(0);
            client.TrySend(chunk).Should().Be(chunk.Length);
        }
    }

    [Test, CancelAfter(10_000)]
    public void A_peer_close_is_reported_by_poll_and_stays_reported(CancellationToken token)
    {
        var (client, server) = Loopback.Pair(token);
        using (client)
        {
            server.Close();

            var status = 0;
            Loopback.Until(() => (status = client.Poll()) < 0, token);

            status.Should().Be(ConnectionStatus.PeerClosed);
            client.IsConnected.Should().BeFalse();
            client.CloseStatus.Should().Be(ConnectionStatus.PeerClosed);
            client.Poll().Should().Be(ConnectionStatus.PeerClosed);
            client.TrySend("x"u8).Should().Be(SendStatus.NotConnected);
        }
    }

    [Test, CancelAfter(10_000)]
    public void Bytes_received_before_the_peer_closed_stay_readable(CancellationToken token)
    {
        var (client, server) = Loopback.Pair(token);
        using (client)
        {
            server.TrySend("logout"u8).Should().Be(6);
            server.Close();

            Loopback.Until(() => client.Poll() < 0, token);

            client.Received.ToArray().Should().Equal("logout"u8.ToArray());
        }
    }

    [Test, CancelAfter(10_000)]
    public void Close_is_idempotent_and_later_calls_report_not_connected(CancellationToken token)
    {
        var (client, server) = Loopback.Pair(token);
        using (server)
        {
            client.Close();
            client.Close();
            client.Dispose();

            client.CloseStatus.Should().Be(ConnectionStatus.Closed);
            client.Poll().Should().Be(ConnectionStatus.Closed);
            client.Flush().Should().Be(ConnectionStatus.Closed);
            client.TrySend("x"u8).Should().Be(SendStatus.NotConnected);
        }
    }

    [Test, CancelAfter(10_000)]
    public void The_receive_buffer_grows_for_a_frame_larger_than_it_and_reports_full_at_its_maximum(
        CancellationToken token)
    {
        var serverOptions = new ConnectionOptions { ReceiveBufferSize = 1024, MaxReceiveBufferSize = 4096 };
        var (client, server) = Loopback.Pair(token, serverOptions: serverOptions);
        using (client)
        using (server)
        {
            var frame = Loopback.Pattern(3000);
            client.TrySend(frame).Should().Be(frame.Length);
            Loopback.Receive(server, frame.Length, token);
            server.Received.ToArray().Should().Equal(frame);
            server.Counters.ReceiveBufferGrowths.Should().BeGreaterThan(0);

            client.TrySend(Loopback.Pattern(2000)).Should().Be(2000);
            var status = 0;
            Loopback.Until(() => (status = server.Poll()) == ConnectionStatus.ReceiveBufferFull, token);
            server.Received.Length.Should().Be(4096);
            ConnectionStatus.IsTerminal(status).Should().BeFalse();
            server.IsConnected.Should().BeTrue();

            server.Consume(4096);
            Loopback.Receive(server, 3000 + 2000 - 4096, token);
        }
    }
}
