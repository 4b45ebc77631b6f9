using System.Runtime.CompilerServices;
using FluentAssertions;
using Gateway.Sessions.Concurrency;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Concurrency;

/// <summary>The padding against false sharing is where the attributes say, as the runtime lays it out.</summary>
public class SequenceLayoutTests
{
    [Test]
    public void Sequence_value_has_128_bytes_of_fields_before_it()
    {
        var sequence = new Sequence();

        OffsetOf(sequence, ref Unsafe.As<long, byte>(ref sequence.ValueRef)).Should().Be(Sequence.Padding);
    }

    [Test]
    public void Sequence_object_has_128_bytes_after_its_value()
    {
        new Sequence(); // warm the allocation path up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sequence = new Sequence(5);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        sequence.Value.Should().Be(5);
        // Header and method table (16 bytes) + fields; the value ends 136 bytes into the fields.
        allocated.Should().BeGreaterThanOrEqualTo(16 + Sequence.ValueOffset + sizeof(long) + Sequence.Padding);
    }

    [Test]
    public void Ring_keeps_producer_fields_two_lines_away_from_the_fields_consumers_read()
    {
        var ring = new RingBuffer<long>(8);

        var shared = OffsetOf(ring, ref Unsafe.As<object, byte>(ref Unsafe.AsRef(in ring.EntriesField)));
        var producer = OffsetOf(ring, ref Unsafe.As<long, byte>(ref ring.ClaimedField));

        shared.Should().BeGreaterThanOrEqualTo(128);
        (producer - shared).Should().BeGreaterThanOrEqualTo(128);
    }

    [Test]
    public void Ring_object_has_128_bytes_after_the_producer_fields()
    {
        var ring = new RingBuffer<long>(8);
        var producer = OffsetOf(ring, ref Unsafe.As<long, byte>(ref ring.ClaimedField));
        var end = OffsetOf(ring, ref Unsafe.As<long, byte>(ref Unsafe.AsRef(in ring.EndField)));

        // Two producer longs, then at least 128 bytes to the end of the last field.
        (end + sizeof(long) - (producer + 16)).Should().BeGreaterThanOrEqualTo(128);
    }

    private static long OffsetOf(object owner, ref byte field) =>
        (long)Unsafe.ByteOffset(ref Unsafe.As<RawObject>(owner).FirstField, ref field);

    /// <summary>Any object seen as this: a reference to its first field's address (never written).</summary>
    private sealed class RawObject
    {
#pragma warning disable CS0649
        public byte FirstField;
#pragma warning restore CS0649
    }
}
