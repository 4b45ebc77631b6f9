using System.Buffers;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixFramingTests
{
    private const string Time = "20240131-23:59:58";

    private static readonly byte[] Heartbeat = FixText.Frame($"8=FIX.4.4|35=0|34=2|49=TW|52={Time}|56=ISLD|");
    private static readonly byte[] Order = FixText.Frame(
        $"8=FIX.4.4|35=D|34=3|49=TW|52={Time}|56=ISLD|11=ID|21=3|40=1|54=1|55=INTC|60={Time}|");

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Feeds the bytes through the framer the way a session would, returning each outcome and its bytes.</summary>
    private static List<(FixFrameStatus Status, string Bytes)> Drain(byte[] stream, bool validateChecksum = true)
    {
        var results = new List<(FixFrameStatus, string)>();
        var offset = 0;
        while (FixFraming.TryReadFrame(stream.AsSpan(offset), out var frame, validateChecksum))
        {
            frame.Consumed.Should().BeGreaterThan(0);
            results.Add((frame.Status, FixText.Show(frame.Of(stream.AsSpan(offset)))));
            offset += frame.Consumed;
        }

        return results;
    }

    /// <summary>Feeds the stream <paramref name="chunk"/> bytes at a time into a growing buffer, as reads would.</summary>
    private static List<(FixFrameStatus Status, string Bytes)> DrainInChunks(byte[] stream, int chunk)
    {
        var results = new List<(FixFrameStatus, string)>();
        var buffer = new List<byte>();
        for (var read = 0; read < stream.Length; read += chunk)
        {
            buffer.AddRange(stream.Skip(read).Take(chunk));
            while (true)
            {
                var span = buffer.ToArray().AsSpan();
                var delimited = FixFraming.TryReadFrame(span, out var frame);
                frame.Consumed.Should().BeLessThanOrEqualTo(span.Length);
                if (delimited)
                {
                    results.Add((frame.Status, FixText.Show(frame.Of(span))));
                }
                else
                {
                    frame.Examined.Should().Be(span.Length);
                }

                buffer.RemoveRange(0, frame.Consumed);
                if (!delimited)
                {
                    break;
                }
            }
        }

        return results;
    }

    [Test]
    public void Reads_one_complete_frame()
    {
        FixFraming.TryReadFrame(Heartbeat, out var frame).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.Complete);
        frame.IsComplete.Should().BeTrue();
        frame.Start.Should().Be(0);
        frame.Length.Should().Be(Heartbeat.Length);
        frame.Consumed.Should().Be(Heartbeat.Length);
        frame.Examined.Should().Be(Heartbeat.Length);
    }

    [Test]
    public void Every_partial_frame_needs_more_data()
    {
        for (var length = 0; length < Order.Length; length++)
        {
            FixFraming.TryReadFrame(Order.AsSpan(0, length), out var frame).Should().BeFalse($"{length} of {Order.Length} bytes");
            frame.Status.Should().Be(FixFrameStatus.NeedMoreData);
            frame.Consumed.Should().Be(0);
            frame.Examined.Should().Be(length);
        }
    }

    [Test]
    public void Reads_many_frames_from_one_read()
    {
        var stream = Concat(Heartbeat, Order, Heartbeat, Order);
        var results = Drain(stream);
        results.Select(r => r.Status).Should().Equal(Enumerable.Repeat(FixFrameStatus.Complete, 4));
        results[1].Bytes.Should().Be(FixText.Show(Order));
        results[2].Bytes.Should().Be(FixText.Show(Heartbeat));
    }

    [Test]
    public void Skips_garbage_before_8()
    {
        var stream = Concat(FixText.Bytes("xx|junk 9=12|"), Order);
        FixFraming.TryReadFrame(stream, out var frame).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.Complete);
        frame.Skipped.Should().Be(13);
        frame.Consumed.Should().Be(stream.Length);
        FixText.Show(frame.Of(stream)).Should().Be(FixText.Show(Order));
    }

    [TestCase("", 0)]
    [TestCase("abc", 3)]
    [TestCase("abc8", 3)]
    [TestCase("8", 0)]
    public void Garbage_alone_is_dropped_except_a_possible_start(string garbage, int consumed)
    {
        FixFraming.TryReadFrame(FixText.Bytes(garbage), out var frame).Should().BeFalse();
        frame.Status.Should().Be(FixFrameStatus.NeedMoreData);
        frame.Consumed.Should().Be(consumed);
    }

    [Test]
    public void Garbage_before_a_partial_frame_is_dropped_while_waiting()
    {
        var stream = Concat(FixText.Bytes("noise"), Order.AsSpan(0, 30).ToArray());
        FixFraming.TryReadFrame(stream, out var frame).Should().BeFalse();
        frame.Consumed.Should().Be(5);
        frame.Examined.Should().Be(stream.Length);
    }

    [Test]
    public void Body_length_too_short_drops_only_that_message()
    {
        // 2m_BodyLengthValueNotCorrect: 9=30 on a longer NewOrderSingle, then a good one.
        var bad = FixText.Bytes($"8=FIX.4.4|9=30|35=D|34=2|49=TW|52={Time}|56=ISLD|11=ID|21=3|40=1|54=1|55=INTC|60={Time}|10=123|");
        var results = Drain(Concat(bad, Order));
        results.Select(r => r.Status).Should().Equal(FixFrameStatus.BadBodyLength, FixFrameStatus.Complete);
        results[0].Bytes.Should().Be(FixText.Show(bad));
        results[1].Bytes.Should().Be(FixText.Show(Order));
    }

    [Test]
    public void Body_length_too_long_waits_then_swallows_the_next_message()
    {
        // 2m: "a length that is too long, it will combine with the next message and be ignored".
        var bad = FixText.Bytes($"8=FIX.4.4|9=111|35=D|34=4|49=TW|52={Time}|56=ISLD|11=ID|21=3|40=1|54=1|55=INTC|60={Time}|10=123|");
        FixFraming.TryReadFrame(bad, out var alone).Should().BeFalse("the declared body runs past what has arrived");

        var stream = Concat(bad, Order, Heartbeat);
        var results = Drain(stream);
        results.Select(r => r.Status).Should().Equal(FixFrameStatus.BadBodyLength, FixFrameStatus.Complete);
        results[0].Bytes.Should().Be(FixText.Show(Concat(bad, Order)));
        results[1].Bytes.Should().Be(FixText.Show(Heartbeat));
    }

    [Test]
    public void Logon_with_a_short_length_is_bad()
    {
        // 1d_InvalidLogonLengthInvalid: the session disconnects on this outcome before logon.
        var logon = FixText.Bytes($"8=FIX.4.4|9=40|35=A|34=1|49=TW|52={Time}|56=ISLD|98=0|108=30|10=000|");
        FixFraming.TryReadFrame(logon, out var frame).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.BadBodyLength);
        frame.Consumed.Should().Be(logon.Length);
    }

    [Test]
    public void Fields_out_of_order_before_8_are_garbage_then_a_bad_length()
    {
        // 2t_FirstThreeFieldsOutOfOrder: "35=0|" is garbage, the rest has 9=29 for a 40-byte body.
        var stream = Concat(FixText.Bytes($"35=0|8=FIX.4.4|9=29|34=2|49=TW|52={Time}|56=ISLD|10=121|"), Heartbeat);
        FixFraming.TryReadFrame(stream, out var frame).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.BadBodyLength);
        frame.Skipped.Should().Be(5);
        var results = Drain(stream);
        results.Select(r => r.Status).Should().Equal(FixFrameStatus.BadBodyLength, FixFrameStatus.Complete);
    }

    [TestCase("256")] // 3b_InvalidChecksum
    [TestCase("0")] // 2d/3c_GarbledMessage
    [TestCase("1234")]
    [TestCase("")]
    [TestCase("abc")]
    public void Bad_checksum_is_dropped_and_the_next_frame_read(string checksum)
    {
        var text = $"8=FIX.4.4|35=0|34=2|49=TW|52={Time}|56=ISLD|";
        var good = FixText.Frame(text);
        var bad = FixText.Bytes(FixText.Show(good)[..^4] + checksum + "|");
        var results = Drain(Concat(bad, Order));
        results.Select(r => r.Status).Should().Equal(FixFrameStatus.BadCheckSum, FixFrameStatus.Complete);
        results[0].Bytes.Should().Be(FixText.Show(bad));
    }

    [Test]
    public void A_checksum_off_by_one_is_bad()
    {
        var bad = (byte[])Heartbeat.Clone();
        bad[^2]++;
        FixFraming.TryReadFrame(bad, out var frame).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.BadCheckSum);
    }

    [Test]
    public void Garbled_tag_with_the_right_length_fails_on_its_checksum()
    {
        // 2d_GarbledMessage: 9=52 is right for "4garbled9=TW", 10=0 is not a checksum.
        var garbled = FixText.Bytes($"8=FIX.4.4|9=52|35=0|34=2|4garbled9=TW|52={Time}|56=ISLD|10=0|");
        FixFraming.TryReadFrame(garbled, out var frame).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.BadCheckSum);
        frame.Consumed.Should().Be(garbled.Length);
    }

    [Test]
    public void Checksum_validation_can_be_turned_off()
    {
        var text = FixText.Show(Heartbeat);
        var wrong = FixText.Bytes(text[..^4] + "999|");
        var short3 = FixText.Bytes(text[..^4] + "0|");
        Drain(Concat(wrong, short3), validateChecksum: false).Select(r => r.Status)
            .Should().Equal(FixFrameStatus.Complete, FixFrameStatus.Complete);
        Drain(Concat(wrong, short3)).Select(r => r.Status).Should().Equal(FixFrameStatus.BadCheckSum, FixFrameStatus.BadCheckSum);
    }

    [Test]
    public void Data_fields_may_hold_SOH_8_and_10()
    {
        // ReceiveXmlMessage-like: XmlData (213) holds SOH, "8=", "9=" and "10=" of another message.
        var payload = "<RTRF>8=FIX.4.3|9=377|35=8|34=208|10=123|blah</RTRF>";
        var msg = FixText.Frame($"8=FIX.4.4|35=n|34=2|49=TW|52={Time}|56=ISLD|212={payload.Length}|213={payload}|");
        var results = Drain(Concat(msg, Heartbeat));
        results.Select(r => r.Status).Should().Equal(FixFrameStatus.Complete, FixFrameStatus.Complete);
        results[0].Bytes.Should().Be(FixText.Show(msg));

        var table = new FixFieldTable();
        var view = FixText.Scan(msg, table);
        table.Error.Should().Be(FixScanError.None);
        FixText.Show(view.GetValue(213)).Should().Be(payload);
        view.TryGetInt(10, out _).Should().BeTrue();
    }

    [TestCase("8=FIX.4.4|35=0|34=2|")] // no 9
    [TestCase("8=FIX.4.4|9=abc|35=0|")]
    [TestCase("8=FIX.4.4|9=|35=0|")]
    [TestCase("8=FIX.4.4|9=-5|35=0|")]
    [TestCase("8=|9=5|35=0|")]
    [TestCase("8=FIX.4.4.and.then.some.more|9=5|")]
    [TestCase("8=FIX.4.4|9=1234567890|35=0|")]
    [TestCase("8=FIX.4.4|9=2000000|35=0|")]
    public void A_broken_header_is_garbled_and_the_stream_recovers(string header)
    {
        var stream = Concat(FixText.Bytes(header), Heartbeat);
        var results = Drain(stream);
        results[0].Status.Should().Be(FixFrameStatus.Garbled);
        results[^1].Status.Should().Be(FixFrameStatus.Complete);
        results[^1].Bytes.Should().Be(FixText.Show(Heartbeat));
        results.Take(results.Count - 1).Should().OnlyContain(r => r.Status != FixFrameStatus.Complete);
    }

    [Test]
    public void A_body_beyond_the_limit_is_garbled()
    {
        FixFraming.TryReadFrame(Order, out var frame, maxBodyLength: 20).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.Garbled);
    }

    [Test]
    public void A_wrong_length_with_no_trailer_in_sight_becomes_garbage_past_the_limit()
    {
        var bad = FixText.Bytes("8=FIX.4.4|9=10|35=0|" + new string('x', 100));
        FixFraming.TryReadFrame(bad, out var waiting, maxBodyLength: 1000).Should().BeFalse();
        waiting.Status.Should().Be(FixFrameStatus.NeedMoreData);
        FixFraming.TryReadFrame(bad, out var frame, maxBodyLength: 50).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.Garbled);
        frame.Consumed.Should().Be(bad.Length);
    }

    [Test]
    public void Chunked_reads_give_the_same_outcomes_as_one_read()
    {
        var stream = Concat(
            FixText.Bytes("junk"),
            Heartbeat,
            FixText.Bytes($"8=FIX.4.4|9=30|35=D|34=2|49=TW|52={Time}|56=ISLD|11=ID|21=3|40=1|54=1|55=INTC|60={Time}|10=123|"),
            Order,
            FixText.Bytes(FixText.Show(Heartbeat)[..^4] + "256|"),
            FixText.Bytes("8=FIX.4.4|35=0|"),
            Order,
            FixText.Bytes($"8=FIX.4.4|9=111|35=D|34=4|49=TW|52={Time}|56=ISLD|11=ID|21=3|40=1|54=1|55=INTC|60={Time}|10=123|"),
            Order,
            Heartbeat);
        var expected = Drain(stream);
        expected.Select(r => r.Status).Should().Equal(
            FixFrameStatus.Complete,
            FixFrameStatus.BadBodyLength,
            FixFrameStatus.Complete,
            FixFrameStatus.BadCheckSum,
            FixFrameStatus.Garbled,
            FixFrameStatus.Complete,
            FixFrameStatus.BadBodyLength,
            FixFrameStatus.Complete);
        foreach (var chunk in new[] { 1, 2, 3, 7, 64, stream.Length })
        {
            DrainInChunks(stream, chunk).Should().Equal(expected, $"chunks of {chunk}");
        }
    }

    [Test]
    public void Sequence_single_segment_frames_in_place()
    {
        var sequence = new ReadOnlySequence<byte>(Concat(Heartbeat, Order));
        FixFraming.TryReadFrame(sequence, new byte[64], out var frame, out var bytes).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.Complete);
        FixText.Show(bytes).Should().Be(FixText.Show(Heartbeat));
    }

    [Test]
    public void Sequence_split_anywhere_gives_the_same_frames()
    {
        var stream = Concat(FixText.Bytes("junk"), Heartbeat, Order);
        var scratch = new byte[1024];
        for (var cut = 1; cut < stream.Length; cut++)
        {
            foreach (var sequence in new[] { SequenceOf.Split(stream, cut), SequenceOf.Split(stream, cut / 2, cut) })
            {
                var remaining = sequence;
                var statuses = new List<string>();
                while (FixFraming.TryReadFrame(remaining, scratch, out var frame, out var bytes))
                {
                    statuses.Add(frame.Status + ":" + FixText.Show(bytes));
                    remaining = remaining.Slice(frame.Consumed);
                }

                statuses.Should().Equal(
                    [$"Complete:{FixText.Show(Heartbeat)}", $"Complete:{FixText.Show(Order)}"], $"cut at {cut}");
                remaining.Length.Should().Be(0);
            }
        }
    }

    [Test]
    public void Sequence_partial_frame_needs_more_data()
    {
        var sequence = SequenceOf.Split(Order.AsSpan(0, Order.Length - 3).ToArray(), 10, 50);
        FixFraming.TryReadFrame(sequence, new byte[1024], out var frame, out _).Should().BeFalse();
        frame.Status.Should().Be(FixFrameStatus.NeedMoreData);
        frame.Examined.Should().Be((int)sequence.Length);
    }

    [Test]
    public void Sequence_frame_larger_than_scratch_is_garbled()
    {
        var big = FixText.Frame("8=FIX.4.4|35=B|58=" + new string('x', 3000) + "|");
        var sequence = SequenceOf.Split(big, 100);
        FixFraming.TryReadFrame(sequence, new byte[1024], out var frame, out _).Should().BeTrue();
        frame.Status.Should().Be(FixFrameStatus.Garbled);
        frame.Consumed.Should().BeGreaterThan(0);
        FixFraming.TryReadFrame(sequence, new byte[4096], out var fits, out var bytes).Should().BeTrue();
        fits.Status.Should().Be(FixFrameStatus.Complete);
        bytes.SequenceEqual(big).Should().BeTrue();
    }

    [Test]
    public void Sequence_long_garbage_beyond_scratch_is_dropped_in_steps()
    {
        var stream = Concat(FixText.Bytes(new string('z', 3000)), Heartbeat);
        var remaining = SequenceOf.Split(stream, 1000, 2000);
        var scratch = new byte[1024];
        var rounds = 0;
        FixFrame frame;
        ReadOnlySpan<byte> bytes;
        while (!FixFraming.TryReadFrame(remaining, scratch, out frame, out bytes))
        {
            frame.Examined.Should().BeLessThan((int)remaining.Length, "the caller should come back at once");
            remaining = remaining.Slice(frame.Consumed);
            (++rounds).Should().BeLessThan(10);
        }

        frame.Status.Should().Be(FixFrameStatus.Complete);
        FixText.Show(bytes).Should().Be(FixText.Show(Heartbeat));
    }

    [Test]
    public void Sequence_needs_a_usable_scratch()
    {
        var act = () => FixFraming.TryReadFrame(SequenceOf.Split(Heartbeat, 5), new byte[8], out _, out _);
        act.Should().Throw<ArgumentException>();
    }
}
