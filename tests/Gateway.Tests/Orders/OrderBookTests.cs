using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>Adding orders, finding them by client order id and request id, request ids, capacity, open orders.</summary>
public sealed class OrderBookTests
{
    [Test]
    public void A_new_order_is_pending_new_with_a_fresh_request_id_and_its_terms()
    {
        var book = Book();
        book.SeedClOrdIds(1000);

        book.TryAdd(Strategy, NewOrder(55, quantity: 300, price: 12 * Px), Venue, Now, out var index).Should().Be(AddOrderResult.Added);

        ref var order = ref book[index];
        order.Should().BeEquivalentTo(new
        {
            Index = 0,
            StrategyId = Strategy,
            ClientOrderId = 55L,
            AccountId = Account,
            InstrumentId = Instrument,
            VenueId = Venue,
            Quantity = 300L,
            Price = 12 * Px,
            LeavesQuantity = 300L,
            CumQuantity = 0L,
            State = OrderState.PendingNew,
            ClOrdId = 1001L,
            PendingClOrdId = 0L,
            ReplacesIndex = -1,
            ReplacedByIndex = -1,
            CreatedNanos = Now,
        });
        book.Count.Should().Be(1);
        book.OpenCount.Should().Be(1);
        book.FindByClientOrderId(Strategy, 55).Should().Be(index);
        book.FindByClOrdId(1001).Should().Be(index);
    }

    [Test]
    public void Unknown_ids_are_not_found()
    {
        var book = Book();
        book.Add(1);

        book.FindByClientOrderId(Strategy, 2).Should().Be(-1);
        book.FindByClientOrderId(Strategy + 1, 1).Should().Be(-1);
        book.FindByClOrdId(book[0].ClOrdId + 1).Should().Be(-1);
        book.FindByClOrdId(0).Should().Be(-1);
        book.FindByClOrdId(-5).Should().Be(-1);
    }

    [Test]
    public void A_client_order_id_is_used_once_per_strategy_even_after_the_order_is_done()
    {
        var book = Book();
        var index = book.Add(9);
        book.Report(Rejected(book[index].ClOrdId)).Final.Should().BeTrue();

        book.TryAdd(Strategy, NewOrder(9), Venue, Now, out var again).Should().Be(AddOrderResult.DuplicateClientOrderId);
        again.Should().Be(-1);
        book.TryAdd(Strategy + 1, NewOrder(9), Venue, Now, out _).Should().Be(AddOrderResult.Added, "another strategy's ids are its own");
        book.Count.Should().Be(2);
    }

    [Test]
    public void A_full_book_refuses_and_keeps_what_it_has()
    {
        var book = Book(capacity: 3);
        for (var id = 1; id <= 3; id++)
        {
            book.Add(id);
        }

        book.TryAdd(Strategy, NewOrder(4), Venue, Now, out var index).Should().Be(AddOrderResult.BookFull);
        index.Should().Be(-1);
        book.TryAdd(Strategy, NewOrder(2), Venue, Now, out _).Should().Be(AddOrderResult.DuplicateClientOrderId);
        book.TryAddReplacement(0, 5, 100, Px, Now, out _).Should().Be(AddOrderResult.BookFull);
        book.Count.Should().Be(3);
        book.FindByClientOrderId(Strategy, 3).Should().Be(2);
    }

    [Test]
    public void Request_ids_run_out_before_the_book_does_when_cancels_are_many()
    {
        var book = new OrderBook(capacity: 8, requestIdCapacity: 3);
        var index = book.AddAccepted(1);
        book.Add(2);

        var first = OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now);
        first.Action.Should().Be(OrderAction.Send);
        book.TryAdd(Strategy, NewOrder(3), Venue, Now, out _).Should().Be(AddOrderResult.RequestIdsFull);
        book.Report(CancelRejected(book[index].PendingClOrdId, book[index].ClOrdId));

        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now).RefuseReason.Should().Be(RejectReason.GatewayBusy);
        book[index].State.Should().Be(OrderState.New);
    }

    [Test]
    public void Request_ids_strictly_increase_and_the_seed_never_moves_them_back()
    {
        var book = Book();
        var a = book.NextClOrdId();
        book.SeedClOrdIds(500);
        var b = book.NextClOrdId();
        book.SeedClOrdIds(10);
        var c = book.NextClOrdId();

        a.Should().Be(1);
        b.Should().Be(501);
        c.Should().Be(502);
        book.LastClOrdId.Should().Be(502);
    }

    [Test]
    public void Every_request_id_of_an_order_leads_back_to_its_record()
    {
        var book = Book();
        var original = book.AddAccepted(1);
        var cancel = OrderStateMachine.Cancel(book, original, CancelReason.Requested, Now);
        var cancelId = book[original].PendingClOrdId;
        book.Report(CancelRejected(cancelId, book[original].ClOrdId));
        var replace = OrderStateMachine.Replace(book, original, 2, 150, 11 * Px, Now);

        cancel.Action.Should().Be(OrderAction.Send);
        book.FindByClOrdId(book[original].ClOrdId).Should().Be(original);
        book.FindByClOrdId(cancelId).Should().Be(original);
        book.FindByClOrdId(book[replace.OtherIndex].ClOrdId).Should().Be(replace.OtherIndex);
        book[original].PendingClOrdId.Should().Be(book[replace.OtherIndex].ClOrdId);
    }

    [Test]
    public void Ids_spread_over_the_table_are_all_found()
    {
        var book = new OrderBook(4096);
        var random = new Random(7);
        var ids = new long[4000];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = i % 3 == 0 ? i : random.NextInt64(long.MinValue, long.MaxValue);
            book.SeedClOrdIds(random.Next(0, 3) == 0 ? book.LastClOrdId + (1L << 20) : 0);
            if (book.TryAdd(i % 5, NewOrder(ids[i]), Venue, Now, out _) != AddOrderResult.Added)
            {
                ids[i] = long.MinValue;
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] != long.MinValue)
            {
                var index = book.FindByClientOrderId(i % 5, ids[i]);
                index.Should().BeGreaterThanOrEqualTo(0);
                book.FindByClOrdId(book[index].ClOrdId).Should().Be(index);
            }
        }
    }

    [Test]
    public void Open_orders_are_visited_by_filter_and_counted()
    {
        var book = Book();
        var a = book.AddAccepted(1);
        book.TryAdd(Strategy + 1, NewOrder(1), Venue, Now, out var b);
        var done = book.Add(2);
        book.Report(Rejected(book[done].ClOrdId));
        var replaced = book.AddAccepted(3);
        var replacement = OrderStateMachine.Replace(book, replaced, 4, 200, Px, Now).OtherIndex;

        book.OpenCount.Should().Be(3, "the replacement waiting for the venue is not counted; its original is");
        Visit(book, OpenOrderFilter.Any).Should().Equal(a, b, replaced);
        Visit(book, new OpenOrderFilter(StrategyId: Strategy + 1)).Should().Equal(b);
        Visit(book, new OpenOrderFilter(VenueId: Venue + 1)).Should().BeEmpty();

        book.Report(Replaced(book[replacement].ClOrdId, book[replaced].ClOrdId));
        Visit(book, OpenOrderFilter.Any).Should().Equal(a, b, replacement);
        book.OpenCount.Should().Be(3);
    }

    [Test]
    public void A_visitor_may_cancel_what_it_visits()
    {
        var book = Book();
        book.AddAccepted(1);
        book.AddAccepted(2);
        var visitor = new CancelAll { Book = book };

        book.ForEachOpen(ref visitor);

        visitor.Sent.Should().Be(2);
        book[0].State.Should().Be(OrderState.PendingCancel);
        book[1].CancelReason.Should().Be(CancelReason.KillSwitch);
    }

    [Test]
    public void The_last_venue_sequence_is_the_highest_applied_for_the_venue()
    {
        var book = Book();
        var index = book.Add(1);
        var report = Accepted(book[index].ClOrdId);
        report.VenueSequence = 77;
        book.Report(report);

        book.LastVenueSequence(Venue).Should().Be(77);
        book.LastVenueSequence(Venue + 1).Should().Be(0);
    }

    private static List<int> Visit(OrderBook book, OpenOrderFilter filter)
    {
        var visitor = new Collect { Seen = [] };
        book.ForEachOpen(in filter, ref visitor);
        return visitor.Seen;
    }

    private struct Collect : IOpenOrderVisitor
    {
        public List<int> Seen;

        public readonly void Visit(int index, ref OrderRecord order) => Seen.Add(index);
    }

    private struct CancelAll : IOpenOrderVisitor
    {
        public OrderBook Book;
        public int Sent;

        public void Visit(int index, ref OrderRecord order)
        {
            if (OrderStateMachine.Cancel(Book, index, CancelReason.KillSwitch, Now).Action == OrderAction.Send)
            {
                Sent++;
            }
        }
    }
}
