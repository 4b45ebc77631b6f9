using FluentAssertions;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Metrics;

public class CountersTests
{
    private enum SessionEvent
    {
        MessagesIn,
        MessagesOut,
        Rejects,
    }

    private enum Sparse
    {
        A = 1,
        B = 5,
    }

    private enum Wide : long
    {
        A,
    }

    [Test]
    public void Allocated_counters_have_ids_labels_and_type_ids()
    {
        var counters = new Counters(capacity: 8);
        Counter sent = counters.Allocate("fix.sent", typeId: 3);
        Counter received = counters.Allocate("fix.received");

        sent.Id.Should().Be(0);
        received.Id.Should().Be(1);
        counters.Count.Should().Be(2);
        counters.LabelOf(0).Should().Be("fix.sent");
        counters.TypeIdOf(0).Should().Be(3);
        counters.TypeIdOf(1).Should().Be(0);
    }

    [Test]
    public void Increment_add_and_set_are_seen_by_readers()
    {
        var counters = new Counters(capacity: 4);
        Counter c = counters.Allocate("c");
        c.Increment();
        c.Increment();
        c.Add(10);
        counters.Get(c.Id).Should().Be(12);
        c.Value.Should().Be(12);
        c.Set(5);
        counters.Get(c.Id).Should().Be(5);
    }

    [Test]
    public void A_group_has_one_counter_per_enum_member_labelled_by_scope()
    {
        var counters = new Counters(capacity: 8);
        counters.Allocate("first");
        CounterGroup<SessionEvent> group = counters.AllocateGroup<SessionEvent>("session.EXEC");

        group.Increment(SessionEvent.Rejects);
        group.Add(SessionEvent.MessagesIn, 7);

        group.FirstId.Should().Be(1);
        group.Length.Should().Be(3);
        counters.Count.Should().Be(4);
        counters.LabelOf(group.IdOf(SessionEvent.Rejects)).Should().Be("session.EXEC.Rejects");
        counters.Get(group.IdOf(SessionEvent.MessagesIn)).Should().Be(7);
        group[SessionEvent.Rejects].Should().Be(1);
        group[SessionEvent.MessagesOut].Should().Be(0);
    }

    [Test]
    public void A_group_refuses_a_value_that_is_not_a_member()
    {
        var counters = new Counters(capacity: 8);
        CounterGroup<SessionEvent> group = counters.AllocateGroup<SessionEvent>("s");
        var act = () => group.Increment((SessionEvent)3);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Enums_that_are_not_int_or_not_numbered_from_zero_are_refused()
    {
        var counters = new Counters(capacity: 8);
        ((Action)(() => counters.AllocateGroup<Sparse>("s"))).Should().Throw<ArgumentException>();
        ((Action)(() => counters.AllocateGroup<Wide>("s"))).Should().Throw<ArgumentException>();
        counters.Count.Should().Be(0);
    }

    [Test]
    public void Allocating_past_capacity_fails_without_changing_anything()
    {
        var counters = new Counters(capacity: 2);
        counters.Allocate("a");
        ((Action)(() => counters.AllocateGroup<SessionEvent>("s"))).Should().Throw<InvalidOperationException>();
        counters.Count.Should().Be(1);
        counters.Allocate("b").Id.Should().Be(1);
        ((Action)(() => counters.Allocate("c"))).Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void Reading_an_id_not_allocated_fails()
    {
        var counters = new Counters(capacity: 4);
        counters.Allocate("a");
        ((Action)(() => counters.Get(1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => counters.LabelOf(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void CopyValues_copies_the_allocated_counters()
    {
        var counters = new Counters(capacity: 4);
        counters.Allocate("a").Add(3);
        counters.Allocate("b").Add(4);
        Span<long> values = stackalloc long[4];
        counters.CopyValues(values).Should().Be(2);
        values[0].Should().Be(3);
        values[1].Should().Be(4);
    }

    [Test]
    public void Incrementing_does_not_allocate()
    {
        var counters = new Counters(capacity: 8);
        Counter c = counters.Allocate("c");
        CounterGroup<SessionEvent> group = counters.AllocateGroup<SessionEvent>("g");
        c.Increment();
        group.Increment(SessionEvent.MessagesOut);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            c.Increment();
            group.Increment(SessionEvent.MessagesOut);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Writers_on_their_own_counters_lose_nothing_and_a_reader_sees_them_only_grow(CancellationToken cancellation)
    {
        const int Increments = 2_000_000;
        var counters = new Counters(capacity: 2);
        Counter a = counters.Allocate("a");
        Counter b = counters.Allocate("b");
        var writers = new[] { a, b }.Select(c => new Thread(() =>
        {
            for (int i = 0; i < Increments; i++)
            {
                c.Increment();
            }
        })).ToArray();
        foreach (Thread t in writers)
        {
            t.Start();
        }

        long last = 0;
        while (writers.Any(t => t.IsAlive))
        {
            cancellation.ThrowIfCancellationRequested();
            long now = counters.Get(a.Id);
            now.Should().BeGreaterThanOrEqualTo(last);
            last = now;
        }

        counters.Get(a.Id).Should().Be(Increments);
        counters.Get(b.Id).Should().Be(Increments);
    }
}
