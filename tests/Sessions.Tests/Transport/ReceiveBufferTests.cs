using FluentAssertions;
using Gateway.Sessions.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

public class ReceiveBufferTests
{
    [Test]
    public void Consumed_bytes_leave_the_unconsumed_view_and_an_empty_buffer_rewinds()
    {
        var buffer = new ReceiveBuffer(64, 64);
        Write(buffer, "abcdef"u8);

        buffer.Consume(2);
        buffer.Unconsumed.ToArray().Should().Equal("cdef"u8.ToArray());

        buffer.Consume(4);
        buffer.Count.Should().Be(0);
        buffer.GetFreeSpace(out _).Length.Should().Be(64);
    }

    [Test]
    public void A_short_free_tail_is_compacted_keeping_the_unconsumed_bytes()
    {
        var buffer = new ReceiveBuffer(64, 64);
        Write(buffer, new byte[60]);
        buffer.Consume(58);
        Write(buffer, "xy"u8); // only 4 bytes free at the tail: the 2 unconsumed bytes move to the front first

        buffer.Unconsumed.Length.Should().Be(4);
        buffer.GetFreeSpace(out var grew).Length.Should().Be(60);
        grew.Should().BeFalse();
        buffer.Unconsumed.ToArray().Should().Equal([0, 0, (byte)'x', (byte)'y']);
    }

    [Test]
    public void A_full_buffer_doubles_up_to_its_maximum_then_reports_no_space()
    {
        var buffer = new ReceiveBuffer(16, 32);
        Write(buffer, new byte[16]);

        buffer.GetFreeSpace(out var grew).Length.Should().Be(16);
        grew.Should().BeTrue();
        buffer.Capacity.Should().Be(32);

        Write(buffer, new byte[16]);
        buffer.GetFreeSpace(out _).IsEmpty.Should().BeTrue();
    }

    [Test]
    public void Consuming_more_than_is_there_is_a_bug_and_throws()
    {
        var buffer = new ReceiveBuffer(16, 16);
        Write(buffer, "ab"u8);

        var act = () => buffer.Consume(3);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void Write(ReceiveBuffer buffer, ReadOnlySpan<byte> bytes)
    {
        var space = buffer.GetFreeSpace(out _);
        bytes.CopyTo(space);
        buffer.Commit(bytes.Length);
    }
}
