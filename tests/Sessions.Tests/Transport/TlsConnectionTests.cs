using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using FluentAssertions;
using Gateway.Sessions.Transport;
using Gateway.Sessions.Transport.Tls;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

/// <summary>TLS over real loopback sockets with certificates made in the test.</summary>
public class TlsConnectionTests
{
    [Test, CancelAfter(20_000)]
    public void A_client_that_trusts_a_self_signed_server_certificate_round_trips_bytes(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var (client, server) = Handshake(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = [certificate] },
            token);
        using (client)
        using (server)
        {
            client.IsConnected.Should().BeTrue();
            server.IsConnected.Should().BeTrue();
            ((TlsConnection)client).Ssl.IsAuthenticated.Should().BeTrue();

            var request = "8=FIX.4.4\u00019=5\u000135=0\u000110=000\u0001"u8.ToArray();
            client.TrySend(request).Should().Be(request.Length);
            Loopback.Receive(server, request.Length, token);
            server.Received.ToArray().Should().Equal(request);

            server.TrySend(server.Received).Should().Be(request.Length);
            server.Consume(request.Length);
            Loopback.Receive(client, request.Length, token);
            client.Received.ToArray().Should().Equal(request);

            client.Counters.MessagesSent.Should().Be(1);
            client.Counters.BytesReceived.Should().Be(request.Length);
            client.Counters.BytesSent.Should().BeGreaterThan(request.Length, "handshake and record overhead");
        }
    }

    [Test, CancelAfter(20_000)]
    public void Megabytes_cross_in_order_through_the_send_backlog_and_record_by_record_decryption(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var small = new ConnectionOptions { SocketSendBufferSize = 64 * 1024, SendBacklogLimit = 8 * 1024 * 1024 };
        var (client, server) = Handshake(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = [certificate] },
            token, small);
        using (client)
        using (server)
        {
            var payload = Loopback.Pattern(3 * 1024 * 1024);
            for (var offset = 0; offset < payload.Length; offset += 100_000)
            {
                var chunk = payload.AsSpan(offset, Math.Min(100_000, payload.Length - offset));
                client.TrySend(chunk).Should().Be(chunk.Length);
            }

            var received = new MemoryStream();
            while (received.Length < payload.Length)
            {
                token.ThrowIfCancellationRequested();
                client.Poll();
                server.Poll().Should().BeGreaterThanOrEqualTo(0);
                received.Write(server.Received);
                server.Consume(server.Received.Length);
            }

            received.ToArray().Should().Equal(payload);
        }
    }

    [Test, CancelAfter(20_000)]
    public void Decrypted_bytes_wait_when_the_receive_buffer_is_full_and_flow_again_once_consumed(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var tight = new ConnectionOptions { ReceiveBufferSize = 1024, MaxReceiveBufferSize = 2048 };
        var (client, server) = Handshake(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = [certificate] },
            token, tight);
        using (client)
        using (server)
        {
            var payload = Loopback.Pattern(10_000);
            client.TrySend(payload).Should().Be(payload.Length);

            var status = 0;
            Loopback.Until(() => (status = server.Poll()) == ConnectionStatus.ReceiveBufferFull, token);
            server.Received.Length.Should().Be(2048);
            server.IsConnected.Should().BeTrue();

            var received = new MemoryStream();
            while (received.Length < payload.Length)
            {
                token.ThrowIfCancellationRequested();
                received.Write(server.Received);
                server.Consume(server.Received.Length);
                server.Poll();
            }

            received.ToArray().Should().Equal(payload);
        }
    }

    [Test, CancelAfter(20_000)]
    public void A_server_certificate_the_client_does_not_trust_fails_the_handshake_on_both_sides(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        using var other = TestCertificates.SelfSigned("localhost");
        var (client, server) = Connect(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = [other] },
            token);
        using (client)
        using (server)
        {
            PollUntilDown(client, token).Should().Be(ConnectionStatus.HandshakeFailed);
            client.Failure.Should().BeAssignableTo<AuthenticationException>();
            client.TrySend("x"u8).Should().Be(SendStatus.NotConnected);
            // In TLS 1.3 the server may finish its side before the client rejects it: then it sees the peer go away.
            PollUntilDown(server, token).Should().BeOneOf(
                ConnectionStatus.HandshakeFailed, ConnectionStatus.PeerClosed, ConnectionStatus.Error);
        }
    }

    [Test, CancelAfter(20_000)]
    public void A_server_name_that_does_not_match_the_certificate_fails_the_handshake(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var (client, server) = Connect(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "venue.example", TrustedRoots = [certificate] },
            token);
        using (client)
        using (server)
        {
            PollUntilDown(client, token).Should().Be(ConnectionStatus.HandshakeFailed);
            client.Failure.Should().BeAssignableTo<AuthenticationException>();
        }
    }

    [Test, CancelAfter(20_000)]
    public void Mutual_tls_accepts_a_client_certificate_issued_by_the_trusted_authority(CancellationToken token)
    {
        using var authority = TestCertificates.Authority();
        using var serverCertificate = TestCertificates.Issue(authority, "localhost");
        using var clientCertificate = TestCertificates.Issue(authority, "initiator.example");
        X509Certificate2Collection roots = [authority];
        var (client, server) = Handshake(
            new TlsServerOptions
            {
                Certificate = serverCertificate,
                ClientCertificateRequired = true,
                TrustedClientRoots = roots,
            },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = roots, ClientCertificate = clientCertificate },
            token);
        using (client)
        using (server)
        {
            ((TlsConnection)server).Ssl.RemoteCertificate!.Subject.Should().Be("CN=initiator.example");
            client.TrySend("hello"u8).Should().Be(5);
            Loopback.Receive(server, 5, token);
        }
    }

    [Test, CancelAfter(20_000)]
    public void Mutual_tls_refuses_a_client_without_a_certificate(CancellationToken token)
    {
        using var authority = TestCertificates.Authority();
        using var serverCertificate = TestCertificates.Issue(authority, "localhost");
        X509Certificate2Collection roots = [authority];
        var (client, server) = Connect(
            new TlsServerOptions
            {
                Certificate = serverCertificate,
                ClientCertificateRequired = true,
                TrustedClientRoots = roots,
            },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = roots },
            token);
        using (client)
        using (server)
        {
            PollUntilDown(server, token).Should().Be(ConnectionStatus.HandshakeFailed);
            server.Failure.Should().BeAssignableTo<AuthenticationException>();
            PollUntilDown(client, token).Should().BeLessThan(0);
        }
    }

    [Test, CancelAfter(20_000)]
    public void A_peer_close_after_the_handshake_is_reported_by_poll(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var (client, server) = Handshake(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = [certificate] },
            token);
        using (client)
        {
            server.TrySend("bye"u8).Should().Be(3);
            server.Close();
            server.Poll().Should().Be(ConnectionStatus.Closed);

            var status = PollUntilDown(client, token);

            status.Should().BeOneOf(ConnectionStatus.PeerClosed, ConnectionStatus.Error);
            client.Received.ToArray().Should().Equal("bye"u8.ToArray());
            client.TrySend("x"u8).Should().Be(SendStatus.NotConnected);
        }
    }

    [Test, CancelAfter(20_000)]
    public void A_connection_stays_handshaking_refusing_sends_until_its_handshake_times_out(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var tls = new TlsServerOptions { Certificate = certificate, HandshakeTimeout = TimeSpan.FromMilliseconds(300) };
        using var acceptor = new TcpAcceptorEndpoint(tls: tls);
        using var silent = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        silent.Connect(acceptor.LocalEndPoint); // a peer that speaks TCP but never TLS
        IConnection? server = null;
        Loopback.Until(() => acceptor.TryAccept(out server), token);
        using (server)
        {
            server!.State.Should().Be(ConnectionState.Handshaking);
            server.IsConnected.Should().BeFalse();
            server.Poll().Should().Be(ConnectionStatus.NothingRead);
            server.TrySend("early"u8).Should().Be(SendStatus.NotConnected);

            PollUntilDown(server, token).Should().Be(ConnectionStatus.HandshakeFailed);
            server.Failure.Should().BeOfType<TimeoutException>();
        }
    }

    [Test, CancelAfter(20_000)]
    public void Poll_TrySend_and_Consume_allocate_nothing_on_the_owning_thread_in_steady_state(CancellationToken token)
    {
        using var certificate = TestCertificates.SelfSigned("localhost");
        var (client, server) = Handshake(
            new TlsServerOptions { Certificate = certificate },
            new TlsClientOptions { ServerName = "localhost", TrustedRoots = [certificate] },
            token);
        using (client)
        using (server)
        {
            var message = Loopback.Pattern(200);
            RoundTrips(client, server, message, 200, token); // warm up: JIT tiers, SslStream buffers

            var before = GC.GetAllocatedBytesForCurrentThread();
            RoundTrips(client, server, message, 200, token);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            allocated.Should().Be(0, "encryption, the non-blocking send and the ring copy are all allocation-free");
        }
    }

    private static void RoundTrips(IConnection client, IConnection server, byte[] message, int count,
        CancellationToken token)
    {
        for (var i = 0; i < count; i++)
        {
            if (client.TrySend(message) != message.Length)
            {
                Assert.Fail("send refused");
            }

            while (server.Received.Length < message.Length)
            {
                token.ThrowIfCancellationRequested();
                if (server.Poll() == 0)
                {
                    Thread.Yield();
                }
            }

            server.Consume(message.Length);
            client.Poll();
        }
    }

    /// <summary>A TLS acceptor and connector on loopback, handed over as soon as TCP connects (still handshaking).</summary>
    private static (IConnection Client, IConnection Server) Connect(TlsServerOptions serverTls, TlsClientOptions clientTls,
        CancellationToken token, ConnectionOptions? options = null)
    {
        using var acceptor = new TcpAcceptorEndpoint(options: options, tls: serverTls);
        using var connector = new TcpConnector("127.0.0.1", acceptor.Port,
            ReconnectBackoff.Fixed(TimeSpan.FromSeconds(1)), options, clientTls);
        IConnection? client = null;
        IConnection? server = null;
        while (client is null || server is null)
        {
            token.ThrowIfCancellationRequested();
            if (client is null && connector.TryConnect(0, out var made))
            {
                client = made;
            }

            if (server is null && acceptor.TryAccept(out var accepted))
            {
                server = accepted;
            }

            Thread.Yield();
        }

        return (client, server);
    }

    private static (IConnection Client, IConnection Server) Handshake(TlsServerOptions serverTls,
        TlsClientOptions clientTls, CancellationToken token, ConnectionOptions? options = null)
    {
        var (client, server) = Connect(serverTls, clientTls, token, options);
        Loopback.Until(() =>
        {
            if (client.CloseStatus != 0 || server.CloseStatus != 0)
            {
                Assert.Fail($"handshake failed: {client.Failure?.Message} / {server.Failure?.Message}");
            }

            return client.IsConnected && server.IsConnected;
        }, token, client, server);
        return (client, server);
    }

    private static int PollUntilDown(IConnection connection, CancellationToken token)
    {
        int status;
        while (!ConnectionStatus.IsTerminal(status = connection.Poll()))
        {
            token.ThrowIfCancellationRequested();
            Thread.Yield();
        }

        connection.State.Should().Be(ConnectionState.Closed);
        return status;
    }
}
