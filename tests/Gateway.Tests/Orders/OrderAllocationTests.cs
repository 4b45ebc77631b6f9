using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>After warm-up, the order path through the book and the state machine allocates nothing.</summary>
public sealed class OrderAllocationTests
{
    [Test]
    public void Adding_finding_and_changing_orders_allocates_nothing()
    {
        var book = new OrderBook(20_000);
        var clientOrderId = 1L;
        Cycle(book, ref clientOrderId, 200);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var changed = Cycle(book, ref clientOrderId, 2_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        changed.Should().BeGreaterThan(2_000 * 6, "every step of the cycle did its work");
    }

    /// <summary>New, accept, partial fill, repeated fill, replace, replaced, cancel, canceled, lookups, a kill-switch walk.</summary>
    private static int Cycle(OrderBook book, ref long clientOrderId, int orders)
    {
        var changed = 0;
        for (var n = 0; n < orders; n++)
        {
            book.TryAdd(Strategy, NewOrder(clientOrderId++), Venue, Now, out var index);
            var request = OrderRequests.NewOrder(in book[index], Now);
            changed += Count(OrderStateMachine.OnReport(book, Report(VenueReportKind.Accepted, request.ClOrdId, 0, 0), Now));
            changed += Count(OrderStateMachine.OnReport(book, Report(VenueReportKind.Fill, request.ClOrdId, 0, 10), Now));
            changed += Count(OrderStateMachine.OnReport(book, Report(VenueReportKind.Fill, request.ClOrdId, 0, 10), Now));
            var replace = OrderStateMachine.Replace(book, index, clientOrderId++, 150, Px, Now);
            changed += Count(replace);
            var sent = OrderRequests.Replace(in book[index], in book[replace.OtherIndex], Now);
            changed += Count(OrderStateMachine.OnReport(book, Report(VenueReportKind.Replaced, sent.ClOrdId, sent.OrigClOrdId, 0), Now));
            var cancel = OrderStateMachine.Cancel(book, replace.OtherIndex, CancelReason.Requested, Now);
            changed += Count(cancel);
            var cancelRequest = OrderRequests.Cancel(in book[replace.OtherIndex], Now);
            changed += Count(OrderStateMachine.OnReport(book, Report(VenueReportKind.Canceled, cancelRequest.ClOrdId, 0, 0), Now));
            changed += book.FindByClientOrderId(Strategy, clientOrderId - 1) >= 0 ? 1 : 0;
        }

        var visitor = new CountOpen();
        var filter = new OpenOrderFilter(StrategyId: Strategy);
        book.ForEachOpen(in filter, ref visitor);
        return changed + visitor.Count;
    }

    private static int Count(in OrderResult result) => result.Changed ? 1 : 0;

    private static VenueReport Report(VenueReportKind kind, long clOrdId, long origClOrdId, long cum) => new()
    {
        Kind = kind,
        ClOrdId = clOrdId,
        OrigClOrdId = origClOrdId,
        CumQuantity = cum,
        LastQuantity = cum,
        LastPrice = Px,
    };

    private struct CountOpen : IOpenOrderVisitor
    {
        public int Count;

        public void Visit(int index, ref OrderRecord order) => Count++;
    }
}
