using FluentAssertions;
using Gateway.Sessions.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

/// <summary>The steady state of a session: send a message, poll it in on the other side, consume it. No garbage.</summary>
public class TransportAllocationTests
{
    [Test, CancelAfter(20_000)]
    public void Poll_TrySend_and_Consume_allocate_nothing_in_steady_state(CancellationToken token)
    {
        using var acceptor = new TcpAcceptorEndpoint();
        var (client, server) = Loopback.Pair(token);
        using (client)
        using (server)
        {
            var message = Loopback.Pattern(200);
            RoundTrips(client, server, message, 2_000, token); // warm up: JIT tiers, buffers, socket engine

            var before = GC.GetAllocatedBytesForCurrentThread();
            RoundTrips(client, server, message, 2_000, token);
            acceptor.TryAccept(out _);
            client.Flush();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            allocated.Should().Be(0);
            server.Counters.BytesReceived.Should().Be(4_000 * 200L);
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
                if (token.IsCancellationRequested || server.Poll() < 0)
                {
                    Assert.Fail("nothing received");
                }
            }

            server.Consume(message.Length);
            client.Poll(); // nothing to read: the would-block path
        }
    }
}
