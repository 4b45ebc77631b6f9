using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.Tests.Clients;

/// <summary>
/// After warm-up, the order path allocates nothing: client TrySend, server receive → sink, server TrySend, client
/// Poll. Everything runs on the test thread, so <see cref="GC.GetAllocatedBytesForCurrentThread"/> sees it all.
/// </summary>
[Category("System")]
public sealed class ZeroAllocationTests
{
    private const int Rounds = 2000;

    [Test]
    [CancelAfter(30_000)]
    public void The_order_path_allocates_nothing_after_warm_up(CancellationToken cancellation)
    {
        var sink = new CountingSink();
        using var harness = new ServerHarness(sink);
        var client = harness.LoggedInClient();
        var handler = new CountingHandler();

        long clientSend = 0, serverReceive = 0, serverSend = 0, clientPoll = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            // Pass 0 warms up (JIT tiers, first-use statics); pass 1 measures.
            clientSend = serverReceive = serverSend = clientPoll = 0;
            for (var i = 1; i <= Rounds; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sentOrder = client.TrySendNewOrder(i, 1, 2, 3, Side.Buy, OrderType.Limit, TimeInForce.Day, 10, 150_000_000);
                var order = new CancelOrderMessage { ClientOrderId = i };
                var sentCancel = client.TrySend(ref order);
                var afterSend = GC.GetAllocatedBytesForCurrentThread();
                clientSend += afterSend - before;
                (sentOrder && sentCancel).Should().BeTrue();
                afterSend = GC.GetAllocatedBytesForCurrentThread();

                var expectedOrders = (pass * Rounds) + i;
                var deadline = Environment.TickCount64 + 5000;
                while (sink.Cancels < expectedOrders && Environment.TickCount64 < deadline)
                {
                    harness.Server.DoWork();
                }

                var afterReceive = GC.GetAllocatedBytesForCurrentThread();
                serverReceive += afterReceive - afterSend;
                sink.Cancels.Should().Be(expectedOrders);
                sink.LastOrder.ClientOrderId.Should().Be(i);

                var fill = new FillMessage { ClientOrderId = i, Quantity = 10, Price = 150_000_000 };
                afterReceive = GC.GetAllocatedBytesForCurrentThread();
                var sentFill = harness.Server.TrySend(7, ref fill);
                var afterServerSend = GC.GetAllocatedBytesForCurrentThread();
                serverSend += afterServerSend - afterReceive;
                sentFill.Should().BeTrue();
                afterServerSend = GC.GetAllocatedBytesForCurrentThread();

                while (handler.Fills < expectedOrders && Environment.TickCount64 < deadline)
                {
                    client.Poll(ref handler);
                }

                clientPoll += GC.GetAllocatedBytesForCurrentThread() - afterServerSend;
                handler.Fills.Should().Be(expectedOrders);
                handler.LastFillOrderId.Should().Be(i);
            }
        }

        (clientSend, serverReceive, serverSend, clientPoll).Should().Be((0L, 0L, 0L, 0L),
            "client TrySend, server receive→sink, server TrySend and client Poll allocate nothing");
    }
}
