using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class FrameReaderTests
{
    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text.Replace('|', '\u0001'));

    private static string Good(string body) => FixPeer.Decorate(body);

    [Test]
    public void A_complete_frame_is_cut_at_the_SOH_after_the_checksum()
    {
        var frame = Good("8=FIX.4.4|35=0|34=2|49=TW|52=20240305-10:00:00|56=ISLD|");
        var buffer = Bytes(frame + "8=FIX");

        var read = FrameReader.Read(buffer);

        read.Kind.Should().Be(FrameKind.Complete);
        read.Length.Should().Be(Bytes(frame).Length);
        read.Consumed.Should().Be(read.Length);
    }

    [Test]
    public void Every_proper_prefix_needs_more()
    {
        var frame = Bytes(Good("8=FIX.4.4|35=0|34=2|49=TW|52=20240305-10:00:00|56=ISLD|"));

        for (var length = 0; length < frame.Length; length++)
        {
            FrameReader.Read(frame.AsSpan(0, length)).Kind.Should().Be(FrameKind.NeedMore, $"{length} bytes");
        }
    }

    [Test]
    public void Garbage_before_8_is_dropped_up_to_it()
    {
        var read = FrameReader.Read(Bytes("35=0|" + Good("8=FIX.4.4|35=0|34=2|")));

        read.Kind.Should().Be(FrameKind.Bad);
        read.Consumed.Should().Be(5);
    }

    [Test]
    public void A_wrong_checksum_drops_the_frame()
    {
        var frame = Bytes("8=FIX.4.4|9=5|35=0|10=000|");

        var read = FrameReader.Read(frame);

        read.Kind.Should().Be(FrameKind.Bad);
        read.Consumed.Should().Be(frame.Length);
    }

    [Test]
    public void A_short_BodyLength_still_finds_the_trailer_and_drops_the_frame()
    {
        var frame = Bytes(FixPeer.Decorate("8=FIX.4.4|9=5|35=0|34=2|49=TW|"));

        var read = FrameReader.Read(frame);

        read.Kind.Should().Be(FrameKind.Bad);
        read.Consumed.Should().Be(frame.Length);
    }

    [Test]
    public void A_long_BodyLength_swallows_the_next_frame()
    {
        var first = FixPeer.Decorate("8=FIX.4.4|9=60|35=0|34=2|49=TW|");
        var second = Good("8=FIX.4.4|35=0|34=3|49=TW|52=20240305-10:00:00|56=ISLD|");
        var buffer = Bytes(first + second);

        var read = FrameReader.Read(buffer);

        read.Kind.Should().Be(FrameKind.Bad);
        read.Consumed.Should().Be(buffer.Length);
    }

    [Test]
    public void An_unreadable_BodyLength_is_dropped_through()
    {
        var read = FrameReader.Read(Bytes("8=FIX.4.4|9=x1|35=0|"));

        read.Kind.Should().Be(FrameKind.Bad);
        read.Consumed.Should().Be(Bytes("8=FIX.4.4|9=x1|").Length);
    }

    [Test]
    public void Raw_bytes_with_no_8_are_dropped_but_a_trailing_8_is_kept()
    {
        FrameReader.Read(Bytes("garbage8")).Should().Be(new FrameRead(FrameKind.Bad, 0, 0, 7));
    }
}
