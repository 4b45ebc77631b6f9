using System.Buffers.Binary;
using System.Text;
using FluentAssertions;
using Gateway.Sessions.Logging;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Logging;

public sealed class SpscByteRingTests
{
    private sealed class Collect : IRingReader
    {
        public List<(int Type, long Timestamp, string Payload)> Records { get; } = [];

        public void OnRecord(int type, long timestamp, ReadOnlySpan<byte> payload) =>
            Records.Add((type, timestamp, Encoding.ASCII.GetString(payload)));
    }

    private static List<(int Type, long Timestamp, string Payload)> ReadAll(SpscByteRing ring)
    {
        var reader = new Collect();
        ring.Read(ref reader, int.MaxValue);
        return reader.Records;
    }

    [Test]
    public void Records_come_out_in_order_with_type_timestamp_and_payload()
    {
        var ring = new SpscByteRing(1024);

        ring.TryWrite(1, 100, "8=FIX.4.4"u8).Should().BeTrue();
        ring.TryWrite(2, 200, ""u8).Should().BeTrue();
        ring.TryWrite(3, 300, "hello"u8).Should().BeTrue();

        ReadAll(ring).Should().Equal((1, 100L, "8=FIX.4.4"), (2, 200L, ""), (3, 300L, "hello"));
        ring.Size.Should().Be(0);
    }

    [Test]
    public void A_full_ring_refuses_the_record_and_counts_it()
    {
        var ring = new SpscByteRing(1024);
        var payload = new byte[100]; // 128 bytes a record: 8 fit
        for (var i = 0; i < 8; i++)
        {
            ring.TryWrite(1, i, payload).Should().BeTrue();
        }

        ring.TryWrite(1, 8, payload).Should().BeFalse();

        ring.Dropped.Should().Be(1);
        ReadAll(ring).Should().HaveCount(8);
        ring.TryWrite(1, 9, payload).Should().BeTrue("reading made room again");
    }

    [Test]
    public void A_record_larger_than_the_ring_is_dropped()
    {
        var ring = new SpscByteRing(1024);

        ring.TryWrite(1, 0, new byte[2000]).Should().BeFalse();

        ring.Dropped.Should().Be(1);
        ReadAll(ring).Should().BeEmpty();
    }

    [Test]
    public void A_record_that_does_not_fit_before_the_end_wraps_behind_padding()
    {
        var ring = new SpscByteRing(1024);
        var filler = new byte[16 * 50 - 16]; // 800 bytes a record
        ring.TryWrite(1, 1, filler);
        ReadAll(ring);

        // 224 bytes left before the end; this record takes 320, so it starts again at 0.
        ring.TryWrite(2, 2, Encoding.ASCII.GetBytes(new string('x', 300))).Should().BeTrue();

        ReadAll(ring).Should().ContainSingle().Which.Should().Be((2, 2L, new string('x', 300)));
    }

    [Test]
    public void A_claimed_record_is_published_with_its_actual_length()
    {
        var ring = new SpscByteRing(1024);

        ring.TryClaim(100, out var span).Should().BeTrue();
        "abc"u8.CopyTo(span);
        ring.Commit(7, 70, 3);
        ring.TryWrite(8, 80, "d"u8);

        ReadAll(ring).Should().Equal((7, 70L, "abc"), (8, 80L, "d"));
    }

    [Test]
    public void Capacity_must_be_a_power_of_two()
    {
        var create = () => new SpscByteRing(1000);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Producer_and_consumer_positions_do_not_share_cache_lines()
    {
        var cursors = default(RingCursors);

        var tail = RingCursors.OffsetOf(ref cursors, ref cursors.Tail);
        var head = RingCursors.OffsetOf(ref cursors, ref cursors.Head);
        var dropped = RingCursors.OffsetOf(ref cursors, ref cursors.Dropped);

        tail.Should().BeGreaterThanOrEqualTo(128, "away from whatever precedes the struct");
        (head - tail).Should().BeGreaterThanOrEqualTo(128);
        (head - dropped).Should().BeGreaterThanOrEqualTo(64);
        (System.Runtime.CompilerServices.Unsafe.SizeOf<RingCursors>() - head).Should().BeGreaterThanOrEqualTo(128);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Records_cross_threads_intact_and_in_order(CancellationToken token)
    {
        const int Count = 200_000;
        var ring = new SpscByteRing(4096);
        var producer = new Thread(() =>
        {
            Span<byte> payload = stackalloc byte[64];
            for (var i = 0; i < Count; i++)
            {
                var length = 4 + (i % 60);
                payload[..length].Fill((byte)i);
                BinaryPrimitives.WriteInt32LittleEndian(payload, i);
                while (!ring.TryWrite(i % 5, i, payload[..length]) && !token.IsCancellationRequested)
                {
                    Thread.Yield();
                }
            }
        });
        producer.Start();

        var checker = new OrderChecker();
        while (checker.Next < Count)
        {
            token.ThrowIfCancellationRequested();
            if (ring.Read(ref checker, 100) == 0)
            {
                Thread.Yield();
            }
        }

        producer.Join();
        checker.Errors.Should().Be(0);
        checker.Next.Should().Be(Count);
    }

    private struct OrderChecker : IRingReader
    {
        public int Next;
        public int Errors;

        public void OnRecord(int type, long timestamp, ReadOnlySpan<byte> payload)
        {
            var expectedLength = 4 + (Next % 60);
            var intact = payload.Length == expectedLength
                && type == Next % 5
                && timestamp == Next
                && BinaryPrimitives.ReadInt32LittleEndian(payload) == Next
                && payload[4..].IndexOfAnyExcept((byte)Next) < 0;
            Errors += intact ? 0 : 1;
            Next++;
        }
    }
}
