using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>What the venue's thread allocates per order once warm: sessions, matching and reports together.</summary>
[Category("System")]
public sealed class AllocationTests
{
    [Test]
    [CancelAfter(60_000)]
    public void The_venue_thread_allocates_nothing_per_order_once_warm(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        SendAndWait(client, 100, token);

        // Within the first 1 MB chunk of the memory store (about 4,000 reports), which allocates only per chunk.
        var before = venue.EngineThreadAllocatedBytes;
        before.Should().BeGreaterThan(0, "start-up allocates: the sampling works");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        SendAndWait(client, 400, token);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var perOrder = (venue.EngineThreadAllocatedBytes - before) / 400.0;

        TestContext.Out.WriteLine($"venue thread: {perOrder:F1} bytes per order (New + fills); 400 orders answered in {elapsed.TotalMilliseconds:F0} ms");
        perOrder.Should().BeLessThan(1, "the order path allocates nothing per message");
    }

    private static void SendAndWait(FixClient client, int orders, CancellationToken token)
    {
        var ids = new List<string>();
        for (var i = 0; i < orders; i++)
        {
            var buy = (i & 1) == 0;
            ids.Add(client.NewOrder(buy ? '1' : '2', 1 + (i % 150), buy ? 190.05m : 189.95m, timeInForce: (i % 3) == 0 ? '3' : '0'));
        }

        client.PumpUntil(() => ids.TrueForAll(id => client.About(id).Exists(m => m[39] is "2" or "4" or "8")), token);
    }
}
