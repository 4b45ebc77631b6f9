using System.Buffers;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixWriterTests
{
    private static readonly long SendingTime =
        ((new DateTime(2024, 1, 31, 23, 59, 58, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100) + 123_456_789;

    [Test]
    public void Writes_a_heartbeat_with_exact_length_and_checksum()
    {
        var buffer = new byte[256];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "0"u8);
        w.Add(34, 2);
        w.Add(49, "ISLD"u8);
        w.AddTimestamp(52, SendingTime, TimestampPrecision.Millis);
        w.Add(56, "TW"u8);
        var length = w.Finish();

        var expected = FixText.Frame("8=FIX.4.4|35=0|34=2|49=ISLD|52=20240131-23:59:58.123|56=TW|");
        FixText.Show(buffer.AsSpan(0, length)).Should().Be(FixText.Show(expected));
        FixText.Show(expected).Should().Contain("|9=49|"); // two digits: the body moved left by one
    }

    [Test]
    public void Writes_every_value_type()
    {
        var buffer = new byte[512];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.2"u8, "D"u8);
        w.Add(11, "ORD-1"u8);
        w.Add(38, FixDecimal.Parse("200.00"));
        w.Add(44, FixDecimal.Parse("-0.5"));
        w.Add(54, '1');
        w.Add(43, true);
        w.Add(97, false);
        w.Add(5000, long.MinValue);
        w.Add(5001, -7);
        w.AddTimestamp(60, SendingTime, TimestampPrecision.Seconds);
        w.AddTimestamp(61, SendingTime, TimestampPrecision.Micros);
        w.AddTimestamp(62, SendingTime, TimestampPrecision.Nanos);
        w.AddTimeOnly(63, 45_015_123_000_000L, TimestampPrecision.Millis);
        w.AddDate(64, new DateOnly(2024, 2, 29));
        w.AddString(58, "héllo");
        w.AddRaw(FixText.Bytes("100=N|101=X|"));
        var length = w.Finish();

        var expected = FixText.Frame(
            "8=FIX.4.2|35=D|11=ORD-1|38=200.00|44=-0.5|54=1|43=Y|97=N|5000=-9223372036854775808|5001=-7|"
            + "60=20240131-23:59:58|61=20240131-23:59:58.123456|62=20240131-23:59:58.123456789|63=12:30:15.123|"
            + "64=20240229|58=h\u00e9llo|100=N|101=X|");
        FixText.Show(buffer.AsSpan(0, length)).Should().Be(FixText.Show(expected));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(80)]
    [TestCase(900)]
    [TestCase(5000)]
    [TestCase(120_000)]
    public void Body_length_has_no_padding_at_any_size(int textLength)
    {
        var text = new string('x', textLength);
        var buffer = new byte[textLength + 100];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "B"u8);
        if (textLength > 0)
        {
            w.AddString(58, text);
        }

        var length = w.Finish();
        var expected = FixText.Frame("8=FIX.4.4|35=B|" + (textLength > 0 ? "58=" + text + "|" : string.Empty));
        length.Should().Be(expected.Length);
        buffer.AsSpan(0, length).SequenceEqual(expected).Should().BeTrue();
    }

    [Test]
    public void Reports_a_buffer_too_small_without_throwing()
    {
        var full = FixText.Frame("8=FIX.4.4|35=0|34=2|49=ISLD|56=TW|");
        for (var size = 0; size < full.Length; size++)
        {
            var buffer = new byte[size];
            var w = new FixWriter(buffer);
            w.Begin("FIX.4.4"u8, "0"u8);
            w.Add(34, 2);
            w.Add(49, "ISLD"u8);
            w.Add(56, "TW"u8);
            w.Finish().Should().Be(FixWriter.BufferTooSmall, $"a {size}-byte buffer cannot hold {full.Length} bytes");
            w.IsTooSmall.Should().BeTrue();
        }

        var exact = new byte[full.Length];
        var fits = new FixWriter(exact);
        fits.Begin("FIX.4.4"u8, "0"u8);
        fits.Add(34, 2);
        fits.Add(49, "ISLD"u8);
        fits.Add(56, "TW"u8);
        fits.Finish().Should().Be(full.Length);
        exact.Should().Equal(full);
    }

    [Test]
    public void A_decimal_fits_exactly_at_the_end_of_the_buffer()
    {
        var full = FixText.Frame("8=FIX.4.4|35=D|44=1.5|");
        var buffer = new byte[full.Length];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "D"u8);
        w.Add(44, FixDecimal.Parse("1.5"));
        w.Finish().Should().Be(full.Length);
        buffer.Should().Equal(full);
    }

    [Test]
    public void Too_small_is_sticky()
    {
        var buffer = new byte[40];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "0"u8);
        w.Add(58, new byte[50]);
        w.Add(34, 1); // would fit on its own, but the message is already broken
        w.Finish().Should().Be(FixWriter.BufferTooSmall);
    }

    [Test]
    public void Adding_before_begin_is_a_bug()
    {
        var act = () =>
        {
            var w = new FixWriter(new byte[64]);
            w.Add(34, 1);
        };
        act.Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void A_bad_precision_or_time_of_day_is_a_bug()
    {
        var precision = () =>
        {
            var w = new FixWriter(new byte[128]);
            w.Begin("FIX.4.4"u8, "0"u8);
            w.AddTimestamp(52, SendingTime, (TimestampPrecision)4);
        };
        precision.Should().Throw<ArgumentOutOfRangeException>();
        var timeOfDay = () =>
        {
            var w = new FixWriter(new byte[128]);
            w.Begin("FIX.4.4"u8, "0"u8);
            w.AddTimeOnly(63, FixValue.NanosPerDay, TimestampPrecision.Millis);
        };
        timeOfDay.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Begin_again_starts_over()
    {
        var buffer = new byte[128];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "0"u8);
        w.Add(58, "first"u8);
        w.Begin("FIX.4.4"u8, "1"u8);
        w.Add(112, "TEST"u8);
        var length = w.Finish();
        FixText.Show(buffer.AsSpan(0, length)).Should().Be(FixText.Show(FixText.Frame("8=FIX.4.4|35=1|112=TEST|")));
    }

    [Test]
    public void Writes_into_a_buffer_writer()
    {
        var output = new ArrayBufferWriter<byte>();
        var w = FixWriter.Start(output, 256);
        w.Begin("FIX.4.4"u8, "0"u8);
        w.Add(34, 9);
        var length = w.Finish(output);
        length.Should().BeGreaterThan(0);
        output.WrittenCount.Should().Be(length);
        FixText.Show(output.WrittenSpan).Should().Be(FixText.Show(FixText.Frame("8=FIX.4.4|35=0|34=9|")));
    }

    [Test]
    public void A_buffer_writer_is_not_advanced_when_the_message_does_not_fit()
    {
        var output = new ArrayBufferWriter<byte>(16);
        var w = new FixWriter(output.GetSpan(16)[..16]);
        w.Begin("FIX.4.4"u8, "0"u8);
        w.Add(58, "too long for sixteen bytes"u8);
        w.Finish(output).Should().Be(FixWriter.BufferTooSmall);
        output.WrittenCount.Should().Be(0);
    }

    [TestCase(0L)]
    [TestCase(9L)]
    [TestCase(10L)]
    [TestCase(99L)]
    [TestCase(100L)]
    [TestCase(-1L)]
    [TestCase(-99L)]
    [TestCase(long.MinValue)]
    [TestCase(long.MaxValue)]
    public void Writes_integers_on_both_sides_of_the_two_digit_fast_path(long value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var full = FixText.Frame($"8=FIX.4.4|35=0|34={text}|");
        for (var size = full.Length - 8; size <= full.Length; size++)
        {
            var buffer = new byte[size];
            var w = new FixWriter(buffer);
            w.Begin("FIX.4.4"u8, "0"u8);
            w.Add(34, value);
            var length = w.Finish();
            if (size < full.Length)
            {
                length.Should().Be(FixWriter.BufferTooSmall, $"{size} bytes");
            }
            else
            {
                FixText.Show(buffer.AsSpan(0, length)).Should().Be(FixText.Show(full));
            }
        }
    }

    [TestCase(1)]
    [TestCase(10)]
    [TestCase(999)]
    [TestCase(9999)]
    [TestCase(10000)]
    [TestCase(123456789)]
    public void Writes_tags_of_every_width(int tag)
    {
        var buffer = new byte[128];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "0"u8);
        w.Add(tag, "v"u8);
        var length = w.Finish();
        FixText.Show(buffer.AsSpan(0, length)).Should().Be(FixText.Show(FixText.Frame($"8=FIX.4.4|35=0|{tag}=v|")));
    }

    [Test]
    public void Encoded_frame_decodes_back()
    {
        var buffer = new byte[512];
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "D"u8);
        w.Add(34, 123_456);
        w.AddTimestamp(52, SendingTime, TimestampPrecision.Nanos);
        w.Add(38, FixDecimal.Parse("1000.25"));
        w.Add(54, '2');
        w.Add(43, true);
        w.Add(5000, -42L);
        var length = w.Finish();

        var table = new FixFieldTable();
        table.Scan(buffer.AsSpan(0, length)).Should().Be(10);
        table.Error.Should().Be(FixScanError.None);
        var msg = new FixMessage(buffer.AsSpan(0, length), table);
        msg.MsgType.Should().Be(MsgTypes.NewOrderSingle);
        msg.TryGetInt(34, out var seq).Should().BeTrue();
        seq.Should().Be(123_456);
        msg.TryGetTimestamp(52, out var ts).Should().BeTrue();
        ts.Should().Be(SendingTime);
        msg.TryGetDecimal(38, out var qty).Should().BeTrue();
        qty.ToString().Should().Be("1000.25");
        msg.TryGetChar(54, out var side).Should().BeTrue();
        side.Should().Be('2');
        msg.TryGetBool(43, out var possDup).Should().BeTrue();
        possDup.Should().BeTrue();
        msg.TryGetLong(5000, out var l).Should().BeTrue();
        l.Should().Be(-42);
        msg.TryGetInt(10, out var checksum).Should().BeTrue();
        checksum.Should().Be(FixChecksum.Compute(buffer.AsSpan(0, length - 7)));
    }
}
