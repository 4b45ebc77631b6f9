using FluentAssertions;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>What the venue's thread allocates per order once warm: Soup sessions, matching and OUCH messages together.</summary>
[Category("System")]
public sealed class AllocationTests
{
    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(60_000)]
    public void The_venue_thread_allocates_nothing_per_order_once_warm(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);
        var next = SendAndWait(client, 1, 100, token);

        var before = venue.EngineThreadAllocatedBytes;
        before.Should().BeGreaterThan(0, "start-up allocates: the sampling works");
        SendAndWait(client, next, 400, token);
        var perOrder = (venue.EngineThreadAllocatedBytes - before) / 400.0;

        TestContext.Out.WriteLine($"venue thread: {perOrder:F1} bytes per order (Accepted + executions / cancels)");
        perOrder.Should().BeLessThan(1, "the order path allocates nothing per message");
    }

    private static int SendAndWait(OuchClient client, int first, int orders, CancellationToken token)
    {
        var expected = client.Orders.Count();
        for (var i = 0; i < orders; i++)
        {
            var buy = (i & 1) == 0;
            client.Enter(first + i, buy ? 'B' : 'S', 50, buy ? 1_900_500u : 1_899_500u, immediate: (i % 3) == 0);
        }

        // Each order: Accepted and one Executed of 50 against a level of 100.
        client.WaitForOrders(expected + (2 * orders), token);
        return first + orders;
    }
}
