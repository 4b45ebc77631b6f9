using FluentAssertions;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// After warm-up, a new order → venue request (order thread and outbound drain) and a fill report → Fill message
/// allocate nothing. Everything runs on the test thread, so <see cref="GC.GetAllocatedBytesForCurrentThread"/> sees it.
/// </summary>
public sealed class AllocationTests
{
    private const int Rounds = 500;

    [Test]
    public void The_new_order_and_fill_paths_allocate_nothing_after_warm_up()
    {
        using var h = new PipelineHarness().Ready();
        long newOrderBytes = 0, fillBytes = 0, id = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            // Pass 0 warms up (JIT tiers, first-use statics); pass 1 measures.
            newOrderBytes = fillBytes = 0;
            h.Clients.Clear();
            h.Venue(VenueA).Clear();
            for (var i = 0; i < Rounds; i++)
            {
                var order = Order(++id, quantity: 10, price: 100m);
                var before = GC.GetAllocatedBytesForCurrentThread();
                h.Inbound.OnNewOrder(Strategy, in order, receivedTicks: 0);
                h.Pump();
                newOrderBytes += GC.GetAllocatedBytesForCurrentThread() - before;

                var accepted = h.ReportFor(id, VenueReportKind.Accepted);
                accepted.VenueOrderId = VenueText.From("V");
                h.Deliver(in accepted);

                var fill = h.ReportFor(id, VenueReportKind.Fill);
                fill.LastQuantity = 10;
                fill.LastPrice = Px(100m);
                fill.CumQuantity = 10;
                fill.ExecId = VenueText.From("E");
                before = GC.GetAllocatedBytesForCurrentThread();
                h.Inbound.OnReport(in fill);
                h.Pump();
                fillBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            h.Venue(VenueA).Requests.Should().HaveCount(Rounds);
            h.Clients.Of<Gateway.Api.Protocol.FillMessage>().Should().HaveCount(Rounds);
        }

        (newOrderBytes, fillBytes).Should().Be((0L, 0L), "a new order's path to its venue request and a fill's path to the strategy allocate nothing");
    }
}
