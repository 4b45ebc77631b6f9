using FluentAssertions;
using Gateway.Sessions.Concurrency;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Concurrency;

/// <summary>Claim, publish and poll on one thread: sequences, wrap-around, back-pressure, batches, pipelines.</summary>
public class RingBufferTests
{
    [TestCase(0)]
    [TestCase(3)]
    [TestCase(-8)]
    [TestCase(1000)]
    public void Capacity_must_be_a_power_of_two(int capacity)
    {
        var create = () => new RingBuffer<long>(capacity);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void First_claim_is_sequence_zero_and_nothing_is_visible_before_publish()
    {
        var ring = new RingBuffer<TestEvent>(8);
        var consumer = ring.NewConsumer();

        ring.TryClaim(out var sequence).Should().Be(ClaimResult.Claimed);
        ring[sequence] = TestEvent.For(0);

        sequence.Should().Be(0);
        consumer.TryPoll(out _).Should().BeFalse();
        ring.Publish(sequence);
        consumer.TryPoll(out var entry).Should().BeTrue();
        entry.Value.Should().Be(0);
        consumer.TryPoll(out _).Should().BeFalse();
    }

    [Test]
    public void Entries_survive_many_laps_of_a_small_ring()
    {
        var ring = new RingBuffer<TestEvent>(4);
        var consumer = ring.NewConsumer();
        var handler = new OrderCheckingHandler();

        for (var i = 0L; i < 1_000; i++)
        {
            ring.TryClaim(out var sequence).Should().Be(ClaimResult.Claimed);
            ring[sequence] = TestEvent.For(i);
            ring.Publish(sequence);
            if (i % 3 == 2)
            {
                consumer.Poll(ref handler);
            }
        }

        consumer.Poll(ref handler);
        handler.Count.Should().Be(1_000);
        handler.Errors.Should().Be(0);
    }

    [Test]
    public void Producer_is_back_pressured_when_a_consumer_is_a_lap_behind()
    {
        var ring = new RingBuffer<TestEvent>(4);
        var consumer = ring.NewConsumer();
        PublishValues(ring, 0, 4);

        ring.TryClaim(out var refused).Should().Be(ClaimResult.BackPressured);
        refused.Should().Be(Sequence.InitialValue);
        ring.InFlight.Should().Be(4);

        consumer.TryPoll(out var first).Should().BeTrue();
        first.Value.Should().Be(0);
        ring.TryClaim(out var sequence).Should().Be(ClaimResult.Claimed);
        sequence.Should().Be(4);
        ring.TryClaim(out _).Should().Be(ClaimResult.BackPressured);
    }

    [Test]
    public void Back_pressure_never_lets_the_producer_overwrite_an_unread_entry()
    {
        var ring = new RingBuffer<TestEvent>(8);
        var consumer = ring.NewConsumer();
        var handler = new OrderCheckingHandler();
        var next = 0L;

        for (var round = 0; round < 200; round++)
        {
            // Produce until refused, then read a varying amount.
            while (ring.TryClaim(out var sequence) == ClaimResult.Claimed)
            {
                ring[sequence] = TestEvent.For(next++);
                ring.Publish(sequence);
            }

            consumer.Poll(ref handler, 1 + (round % 8));
        }

        consumer.Poll(ref handler);
        handler.Errors.Should().Be(0);
        handler.Count.Should().Be(next);
    }

    [Test]
    public void Batch_claim_takes_consecutive_sequences_and_one_publish_releases_them()
    {
        var ring = new RingBuffer<TestEvent>(8);
        var consumer = ring.NewConsumer();
        var handler = new OrderCheckingHandler();

        ring.TryClaim(5, out var high).Should().Be(ClaimResult.Claimed);
        for (var sequence = high - 4; sequence <= high; sequence++)
        {
            ring[sequence] = TestEvent.For(sequence);
        }

        ring.Publish(high);

        high.Should().Be(4);
        ring.TryClaim(4, out _).Should().Be(ClaimResult.BackPressured);
        ring.TryClaim(3, out var last).Should().Be(ClaimResult.Claimed);
        last.Should().Be(7);
        consumer.Poll(ref handler).Should().Be(5);
        handler.Batches.Should().Be(1);
        handler.Errors.Should().Be(0);
    }

    [TestCase(0)]
    [TestCase(9)]
    public void Batch_claim_of_zero_or_more_than_the_capacity_is_a_bug(int count)
    {
        var ring = new RingBuffer<long>(8);

        var claim = () => ring.TryClaim(count, out _);

        claim.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Poll_hands_over_at_most_the_limit()
    {
        var ring = new RingBuffer<TestEvent>(16);
        var consumer = ring.NewConsumer();
        var handler = new OrderCheckingHandler();
        PublishValues(ring, 0, 10);

        consumer.Poll(ref handler, 4).Should().Be(4);
        consumer.Sequence.Value.Should().Be(3);
        consumer.Poll(ref handler).Should().Be(6);
        consumer.Poll(ref handler).Should().Be(0);
        handler.Errors.Should().Be(0);
    }

    [Test]
    public void Second_stage_sees_only_what_the_first_has_finished_and_gates_the_producer()
    {
        var ring = new RingBuffer<TestEvent>(4);
        var first = ring.NewConsumer();
        var second = ring.NewConsumer(first);
        var marking = new MarkingHandler();
        var checking = new MarkCheckingHandler();
        PublishValues(ring, 0, 4);

        second.Poll(ref checking).Should().Be(0);
        first.Poll(ref marking, 2).Should().Be(2);
        second.Poll(ref checking).Should().Be(2);
        first.Poll(ref marking).Should().Be(2);

        // The first stage is done with everything, but the producer waits for the second.
        ring.TryClaim(3, out _).Should().Be(ClaimResult.BackPressured);
        second.Poll(ref checking).Should().Be(2);
        ring.TryClaim(4, out _).Should().Be(ClaimResult.Claimed);
        checking.Errors.Should().Be(0);
        checking.Count.Should().Be(4);
    }

    [Test]
    public void Two_consumers_of_one_stage_both_gate_the_producer()
    {
        var ring = new RingBuffer<TestEvent>(4);
        var fast = ring.NewConsumer();
        var slow = ring.NewConsumer();
        PublishValues(ring, 0, 4);
        var handler = new OrderCheckingHandler();

        fast.Poll(ref handler).Should().Be(4);

        ring.TryClaim(out _).Should().Be(ClaimResult.BackPressured);
        slow.TryPoll(out _).Should().BeTrue();
        ring.TryClaim(out _).Should().Be(ClaimResult.Claimed);
    }

    [Test]
    public void A_consumer_made_after_publishing_starts_at_the_next_entry()
    {
        var ring = new RingBuffer<TestEvent>(8);
        var early = ring.NewConsumer();
        PublishValues(ring, 0, 3);

        var late = ring.NewConsumer();
        PublishValues(ring, 3, 1);

        late.TryPoll(out var entry).Should().BeTrue();
        entry.Value.Should().Be(3);
        early.TryPoll(out entry).Should().BeTrue();
        entry.Value.Should().Be(0);
    }

    [Test]
    public void Upstream_of_another_ring_is_refused()
    {
        var ring = new RingBuffer<TestEvent>(8);
        var other = new RingBuffer<TestEvent>(8).NewConsumer();

        var create = () => ring.NewConsumer(other);

        create.Should().Throw<ArgumentException>();
    }

    [Test]
    public void A_throwing_handler_skips_the_entry_that_made_it_throw()
    {
        var ring = new RingBuffer<TestEvent>(8);
        var consumer = ring.NewConsumer();
        var handler = new ThrowingHandler(2);
        PublishValues(ring, 0, 5);

        var poll = () => consumer.Poll(ref handler);

        poll.Should().Throw<InvalidOperationException>();
        consumer.Sequence.Value.Should().Be(2);
        consumer.Poll(ref handler).Should().Be(2);
        handler.Count.Should().Be(4);
    }

    [Test]
    public void Without_consumers_the_producer_is_never_back_pressured()
    {
        var ring = new RingBuffer<long>(2);

        for (var i = 0; i < 10; i++)
        {
            ring.TryClaim(out var sequence).Should().Be(ClaimResult.Claimed);
            ring.Publish(sequence);
        }

        ring.Cursor.Value.Should().Be(9);
    }

    [Test]
    public void Blocking_claim_gives_up_when_cancelled()
    {
        var ring = new RingBuffer<long>(2);
        _ = ring.NewConsumer();
        ring.Claim(2);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var claim = () => ring.Claim(1, cancel.Token);

        claim.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Claim_publish_and_poll_allocate_nothing()
    {
        var ring = new RingBuffer<TestEvent>(64);
        var consumer = ring.NewConsumer();
        var handler = new OrderCheckingHandler();
        RunRounds(ring, consumer, ref handler, 0, 1_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        RunRounds(ring, consumer, ref handler, 1_000, 100_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        handler.Errors.Should().Be(0);
        handler.Count.Should().Be(101_000);
    }

    private static void RunRounds(RingBuffer<TestEvent> ring, RingConsumer<TestEvent> consumer,
        ref OrderCheckingHandler handler, long from, long count)
    {
        for (var i = from; i < from + count; i++)
        {
            ring.TryClaim(out var sequence);
            ring[sequence] = TestEvent.For(i);
            ring.Publish(sequence);
            if ((i & 7) == 7)
            {
                consumer.Poll(ref handler);
            }
        }

        consumer.Poll(ref handler);
    }

    private static void PublishValues(RingBuffer<TestEvent> ring, long from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            ring.TryClaim(out var sequence).Should().Be(ClaimResult.Claimed);
            ring[sequence] = TestEvent.For(i);
            ring.Publish(sequence);
        }
    }
}
