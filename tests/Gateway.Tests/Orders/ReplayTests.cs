using FluentAssertions;
using Gateway.Orders;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>
/// The journal: a long random day of orders, fills, cancels and replaces, journaled as the pipeline would (every
/// record a change touched, through the codec's bytes), replayed into an empty book, must give the same book.
/// </summary>
public sealed class ReplayTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void A_replayed_journal_rebuilds_the_book(int seed)
    {
        var day = new RandomDay(seed, capacity: 4000);
        day.Run(steps: 20_000);

        var recovered = new OrderBook(day.Book.Capacity);
        foreach (var bytes in day.Journal)
        {
            OrderRecordCodec.TryRead(bytes, out var record).Should().BeTrue();
            recovered.Apply(in record).Should().Be(ApplyResult.Applied);
        }

        day.Book.Count.Should().BeGreaterThan(1000, "the day must have been busy enough to mean something");
        day.Seen.Should().Contain([OrderAction.Replaced, OrderAction.ReplaceRejected, OrderAction.CancelRejected, OrderAction.Deferred,
            OrderAction.Expired, OrderAction.Rejected]);
        ShouldEqual(recovered, day.Book);
    }

    [Test]
    public void A_recovered_book_goes_on_where_the_original_stopped()
    {
        var day = new RandomDay(seed: 9, capacity: 500);
        day.Run(steps: 2_000);
        var recovered = new OrderBook(day.Book.Capacity);
        foreach (var bytes in day.Journal)
        {
            OrderRecordCodec.TryRead(bytes, out var record);
            recovered.Apply(in record);
        }

        var last = day.Book.NextClOrdId();
        recovered.NextClOrdId().Should().Be(last, "the next id follows the last one journaled");
        recovered.TryAdd(Strategy, NewOrder(-1), Venue, Now, out var index).Should().Be(AddOrderResult.Added);
        recovered[index].Index.Should().Be(day.Book.Count);
    }

    [Test]
    public void Records_out_of_place_are_refused()
    {
        var book = Book();
        book.Add(1);
        book.Add(2);
        var recovered = Book(capacity: 4);

        recovered.Apply(in book[1]).Should().Be(ApplyResult.Gap);
        recovered.Apply(in book[0]).Should().Be(ApplyResult.Applied);
        var other = book[1];
        other.Index = 0;
        recovered.Apply(in other).Should().Be(ApplyResult.Mismatch, "index 0 holds another order");
        other.Index = 1;
        other.ClientOrderId = 1;
        recovered.Apply(in other).Should().Be(ApplyResult.Mismatch, "client order id 1 is taken");
        other.Index = 9;
        recovered.Apply(in other).Should().Be(ApplyResult.Mismatch);
        recovered.Count.Should().Be(1);
    }

    [Test]
    public void The_codec_needs_room_for_a_whole_record()
    {
        var book = Book();
        book.Add(1);
        var buffer = new byte[OrderRecordCodec.Size - 1];

        OrderRecordCodec.TryWrite(in book[0], buffer).Should().BeFalse();
        OrderRecordCodec.TryRead(buffer, out _).Should().BeFalse();
    }

    private static void ShouldEqual(OrderBook recovered, OrderBook original)
    {
        recovered.Count.Should().Be(original.Count);
        recovered.OpenCount.Should().Be(original.OpenCount);
        recovered.LastClOrdId.Should().Be(original.LastClOrdId);
        for (var i = 0; i < original.Count; i++)
        {
            ref var expected = ref original[i];
            Bytes(in recovered[i]).Should().Equal(Bytes(in expected), $"record {i} ({expected.State})");
            recovered.FindByClientOrderId(expected.StrategyId, expected.ClientOrderId).Should().Be(i);
            recovered.FindByClOrdId(expected.ClOrdId).Should().Be(i);
            if (expected.PendingClOrdId != 0)
            {
                recovered.FindByClOrdId(expected.PendingClOrdId).Should().Be(original.FindByClOrdId(expected.PendingClOrdId));
            }
        }
    }

    private static byte[] Bytes(in OrderRecord record)
    {
        var bytes = new byte[OrderRecordCodec.Size];
        OrderRecordCodec.TryWrite(in record, bytes).Should().BeTrue();
        return bytes;
    }
}
