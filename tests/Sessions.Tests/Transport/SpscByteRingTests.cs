using System.Runtime.InteropServices;
using FluentAssertions;
using Gateway.Sessions.Transport.Tls;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

public class SpscByteRingTests
{
    [Test]
    public void Bytes_come_out_in_order_across_the_wrap()
    {
        var ring = new SpscByteRing(16);
        Write(ring, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        var first = new byte[10];
        ring.Read(first).Should().Be(10);

        Write(ring, [13, 14, 15, 16]); // to the end of the array
        Write(ring, [17, 18, 19]); // wrapped to the front

        var rest = new byte[16];
        ring.Read(rest).Should().Be(9);
        rest[..9].Should().Equal(11, 12, 13, 14, 15, 16, 17, 18, 19);
        ring.Count.Should().Be(0);
    }

    [Test]
    public void The_free_space_offered_is_contiguous_and_empty_when_full()
    {
        var ring = new SpscByteRing(16);
        ring.GetWriteMemory().Length.Should().Be(16);
        Write(ring, new byte[16]);

        ring.GetWriteMemory().IsEmpty.Should().BeTrue();
        ring.Read(new byte[4]).Should().Be(4);
        ring.GetWriteMemory().Length.Should().Be(4);
    }

    [Test]
    public void A_capacity_that_is_not_a_power_of_two_is_refused()
    {
        var act = () => new SpscByteRing(100);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Head_and_tail_sit_on_separate_cache_lines_away_from_neighbours()
    {
        var head = Marshal.OffsetOf<RingPositions>(nameof(RingPositions.Head)).ToInt32();
        var tail = Marshal.OffsetOf<RingPositions>(nameof(RingPositions.Tail)).ToInt32();

        head.Should().Be(64);
        tail.Should().Be(128);
        Marshal.SizeOf<RingPositions>().Should().Be(192);
    }

    [Test, CancelAfter(20_000)]
    public void A_producer_and_a_consumer_thread_pass_every_byte_in_order(CancellationToken token)
    {
        const int total = 1024 * 1024;
        var ring = new SpscByteRing(4096);
        var producer = Task.Run(() =>
        {
            var next = 0;
            while (next < total)
            {
                token.ThrowIfCancellationRequested();
                var free = ring.GetWriteMemory().Span;
                var count = Math.Min(free.Length, Math.Min(total - next, 1000));
                if (count == 0)
                {
                    Thread.Yield(); // two cores shared with other work: do not starve the consumer
                    continue;
                }

                for (var i = 0; i < count; i++)
                {
                    free[i] = (byte)(next + i);
                }

                ring.CommitWrite(count);
                next += count;
            }
        }, token);

        var buffer = new byte[777];
        var expected = 0;
        while (expected < total)
        {
            token.ThrowIfCancellationRequested();
            var read = ring.Read(buffer);
            if (read == 0)
            {
                Thread.Yield();
            }
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)(expected + i))
                {
                    Assert.Fail($"byte {expected + i} out of order");
                }
            }

            expected += read;
        }

        producer.Wait(token);
        expected.Should().Be(total);
    }

    private static void Write(SpscByteRing ring, byte[] bytes)
    {
        var free = ring.GetWriteMemory();
        bytes.CopyTo(free.Span);
        ring.CommitWrite(bytes.Length);
    }
}
