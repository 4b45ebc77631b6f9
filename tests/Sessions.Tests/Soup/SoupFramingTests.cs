using FluentAssertions;
using Gateway.Sessions.Soup;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup;

public sealed class SoupFramingTests
{
    private static readonly byte[] Stream = SoupBytes.Hex(
        "002F4C" + "555345522020" + "50415353202020202020" + "20202020202020202020" + "2020202020202020202020202020202020202031"
        + "000148" + "0004536162630001" + "5A");

    [Test]
    public void A_stream_split_at_every_byte_frames_to_the_same_packets()
    {
        var whole = FrameAll(Stream);
        whole.Should().Equal(49, 3, 6, 3);

        for (var split = 0; split <= Stream.Length; split++)
        {
            // Bytes arrive in two parts: frame what the first part holds, then the rest behind what is left.
            var first = Stream.AsSpan(0, split).ToArray();
            var lengths = new List<int>();
            var consumed = Consume(first, lengths);
            var rest = first.AsSpan(consumed).ToArray().Concat(Stream.AsSpan(split).ToArray()).ToArray();
            Consume(rest, lengths).Should().Be(rest.Length, $"split at {split}");
            lengths.Should().Equal(whole, $"split at {split}");
        }
    }

    [Test]
    public void A_zero_length_is_a_framing_error()
    {
        SoupFraming.TryFrame(SoupBytes.Hex("0000"), 4096, out _).Should().Be(SoupFrameStatus.BadLength);
    }

    [Test]
    public void A_length_past_the_maximum_is_a_framing_error_before_its_bytes_arrive()
    {
        SoupFraming.TryFrame(SoupBytes.Hex("1001"), 4096, out _).Should().Be(SoupFrameStatus.BadLength);
        SoupFraming.TryFrame(SoupBytes.Hex("1000"), 4096, out _).Should().Be(SoupFrameStatus.Incomplete);
    }

    [Test]
    public void Fewer_than_two_bytes_is_incomplete()
    {
        SoupFraming.TryFrame([], 4096, out _).Should().Be(SoupFrameStatus.Incomplete);
        SoupFraming.TryFrame([0], 4096, out _).Should().Be(SoupFrameStatus.Incomplete);
    }

    private static List<int> FrameAll(byte[] bytes)
    {
        var lengths = new List<int>();
        Consume(bytes, lengths).Should().Be(bytes.Length);
        return lengths;
    }

    private static int Consume(byte[] bytes, List<int> lengths)
    {
        var offset = 0;
        while (SoupFraming.TryFrame(bytes.AsSpan(offset), 4096, out var length) == SoupFrameStatus.Complete)
        {
            lengths.Add(length);
            offset += length;
        }

        return offset;
    }
}
