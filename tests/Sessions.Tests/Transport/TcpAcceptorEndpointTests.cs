using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Gateway.Sessions.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

public class TcpAcceptorEndpointTests
{
    [Test]
    public void Port_zero_binds_a_free_loopback_port_and_reports_it()
    {
        using var acceptor = new TcpAcceptorEndpoint();

        acceptor.Port.Should().BeGreaterThan(0);
        acceptor.LocalEndPoint.Address.Should().Be(IPAddress.Loopback);
    }

    [Test]
    public void TryAccept_returns_false_at_once_when_nobody_connects()
    {
        using var acceptor = new TcpAcceptorEndpoint();

        acceptor.TryAccept(out var connection).Should().BeFalse();
        connection.Should().BeNull();
    }

    [Test, CancelAfter(10_000)]
    public void Each_pending_connection_is_accepted_once(CancellationToken token)
    {
        using var acceptor = new TcpAcceptorEndpoint();
        using var first = Connect(acceptor.Port);
        using var second = Connect(acceptor.Port);

        var accepted = new List<IConnection>();
        Loopback.Until(() =>
        {
            if (acceptor.TryAccept(out var c))
            {
                accepted.Add(c);
            }

            return accepted.Count == 2;
        }, token);

        acceptor.TryAccept(out _).Should().BeFalse();
        accepted.Should().OnlyContain(c => c.IsConnected);
        accepted.ForEach(c => c.Dispose());
    }

    [Test]
    public void A_port_can_be_bound_again_at_once_after_the_acceptor_is_disposed()
    {
        int port;
        using (var first = new TcpAcceptorEndpoint())
        {
            port = first.Port;
        }

        using var again = new TcpAcceptorEndpoint(port);

        again.Port.Should().Be(port);
    }

    [Test]
    public void A_disposed_acceptor_accepts_nothing()
    {
        var acceptor = new TcpAcceptorEndpoint();
        acceptor.Dispose();
        acceptor.Dispose();

        acceptor.TryAccept(out _).Should().BeFalse();
    }

    private static Socket Connect(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }
}
