using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixValueTimeTests
{
    private static byte[] A(string s) => Encoding.Latin1.GetBytes(s);

    private static long Nanos(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    [TestCase("20240131-23:59:58", 0L)]
    [TestCase("20240131-23:59:58.123", 123_000_000L)]
    [TestCase("20240131-23:59:58.123456", 123_456_000L)]
    [TestCase("20240131-23:59:58.123456789", 123_456_789L)]
    [TestCase("20240131-23:59:58.123456789123", 123_456_789L)]
    [TestCase("20240131-23:59:58.1", 100_000_000L)]
    public void Timestamp_parses_every_precision(string text, long fraction)
    {
        FixValue.TryParseTimestamp(A(text), out var nanos).Should().BeTrue();
        nanos.Should().Be(Nanos(new DateTime(2024, 1, 31, 23, 59, 58, DateTimeKind.Utc)) + fraction);
    }

    [TestCase("19700101-00:00:00", 0L)]
    [TestCase("19691231-23:59:59", -1_000_000_000L)]
    [TestCase("20000229-12:00:00", 951_825_600_000_000_000L)]
    public void Timestamp_epoch_edges(string text, long expected)
    {
        FixValue.TryParseTimestamp(A(text), out var nanos).Should().BeTrue();
        nanos.Should().Be(expected);
    }

    [Test]
    public void Timestamp_leap_second_is_the_next_minute()
    {
        FixValue.TryParseTimestamp(A("20161231-23:59:60"), out var leap).Should().BeTrue();
        leap.Should().Be(Nanos(new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        FixValue.IsUtcTimestamp(A("20161231-23:59:60.500")).Should().BeTrue();
    }

    [TestCase("")]
    [TestCase("20040415")]
    [TestCase("2024013-23:59:58")]
    [TestCase("20240131 23:59:58")]
    [TestCase("20240131-23:59:61")]
    [TestCase("20240131-24:00:00")]
    [TestCase("20240131-23:60:00")]
    [TestCase("20241301-00:00:00")]
    [TestCase("20240001-00:00:00")]
    [TestCase("20240100-00:00:00")]
    [TestCase("20230229-00:00:00")]
    [TestCase("21000229-00:00:00")]
    [TestCase("20240431-00:00:00")]
    [TestCase("00000101-00:00:00")]
    [TestCase("20240131-23:59:58.")]
    [TestCase("20240131-23:59:58.1234567890123")]
    [TestCase("20240131-23:59:58.12a")]
    [TestCase("20240131-23:59:58Z")]
    [TestCase("20240131-23:5:58")]
    [TestCase("2024013a-23:59:58")]
    [TestCase("20240131-23:59:58.123 ")]
    public void Timestamp_rejects(string text)
    {
        FixValue.TryParseTimestamp(A(text), out _).Should().BeFalse();
        FixValue.IsUtcTimestamp(A(text)).Should().BeFalse();
    }

    [Test]
    public void Timestamp_accepts_leap_day_of_a_leap_year()
    {
        FixValue.IsUtcTimestamp(A("20240229-00:00:00")).Should().BeTrue();
        FixValue.IsUtcTimestamp(A("20000229-00:00:00")).Should().BeTrue();
    }

    [Test]
    public void Timestamp_outside_epoch_nanos_is_well_formed_but_does_not_parse()
    {
        FixValue.IsUtcTimestamp(A("99991231-23:59:59")).Should().BeTrue();
        FixValue.TryParseTimestamp(A("99991231-23:59:59"), out _).Should().BeFalse();
        FixValue.TryParseTimestamp(A("16000101-00:00:00"), out _).Should().BeFalse();
    }

    [TestCase(TimestampPrecision.Seconds, "20240131-23:59:58")]
    [TestCase(TimestampPrecision.Millis, "20240131-23:59:58.123")]
    [TestCase(TimestampPrecision.Micros, "20240131-23:59:58.123456")]
    [TestCase(TimestampPrecision.Nanos, "20240131-23:59:58.123456789")]
    public void Timestamp_formats_each_precision_truncating(TimestampPrecision precision, string expected)
    {
        var nanos = Nanos(new DateTime(2024, 1, 31, 23, 59, 58, DateTimeKind.Utc)) + 123_456_789;
        var buffer = new byte[FixValue.MaxTimestampLength];
        FixValue.TryFormatTimestamp(nanos, precision, buffer, out var written).Should().BeTrue();
        Encoding.ASCII.GetString(buffer, 0, written).Should().Be(expected);
    }

    [Test]
    public void Timestamp_formats_before_the_epoch()
    {
        var buffer = new byte[FixValue.MaxTimestampLength];
        FixValue.TryFormatTimestamp(-1, TimestampPrecision.Nanos, buffer, out var written).Should().BeTrue();
        Encoding.ASCII.GetString(buffer, 0, written).Should().Be("19691231-23:59:59.999999999");
    }

    [Test]
    public void Timestamp_format_reports_a_short_buffer() =>
        FixValue.TryFormatTimestamp(0, TimestampPrecision.Millis, new byte[20], out _).Should().BeFalse();

    [Test]
    public void Millis_timestamps_match_the_calendar_on_every_thread_while_the_shared_date_cache_changes_day()
    {
        // Two threads write instants a day apart in turn: each must see its own date, never the other's cached one.
        var failures = 0;
        Parallel.For(0, 2, worker =>
        {
            var buffer = new byte[FixValue.MaxTimestampLength];
            var random = new Random(11 + worker);
            for (var i = 0; i < 20_000; i++)
            {
                var nanos = random.NextInt64(0, 4_000_000_000_000_000_000L) + (worker * FixValue.NanosPerDay);
                FixValue.TryFormatTimestamp(nanos, TimestampPrecision.Millis, buffer, out var written);
                var expected = DateTime.UnixEpoch.AddTicks(nanos / 100)
                    .ToString("yyyyMMdd-HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
                if (Encoding.ASCII.GetString(buffer, 0, written) != expected)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        failures.Should().Be(0);
    }

    [Test]
    public void Timestamp_round_trips_across_many_days()
    {
        var buffer = new byte[FixValue.MaxTimestampLength];
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var nanos = random.NextInt64(-5_000_000_000_000_000_000L, 9_000_000_000_000_000_000L);
            FixValue.TryFormatTimestamp(nanos, TimestampPrecision.Nanos, buffer, out var written).Should().BeTrue();
            var text = Encoding.ASCII.GetString(buffer, 0, written);
            text.Should().Be(DateTime.UnixEpoch.AddTicks(Math.DivRem(nanos, 100, out var rest) - (rest < 0 ? 1 : 0))
                .ToString("yyyyMMdd-HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture) + ((rest + 100) % 100).ToString("D2"));
            FixValue.TryParseTimestamp(buffer.AsSpan(0, written), out var back).Should().BeTrue();
            back.Should().Be(nanos);
        }
    }

    [TestCase("00:00:00", 0L)]
    [TestCase("23:59:59.999", 86_399_999_000_000L)]
    [TestCase("12:30:15.000001", 45_015_000_001_000L)]
    [TestCase("23:59:60", 86_400_000_000_000L)]
    public void TimeOnly_parses(string text, long expected)
    {
        FixValue.TryParseTimeOnly(A(text), out var nanos).Should().BeTrue();
        nanos.Should().Be(expected);
    }

    [TestCase("24:00:00")]
    [TestCase("12:00")]
    [TestCase("12:00:00.")]
    [TestCase("1:00:00")]
    public void TimeOnly_rejects(string text) => FixValue.IsUtcTimeOnly(A(text)).Should().BeFalse();

    [Test]
    public void TimeOnly_formats()
    {
        var buffer = new byte[20];
        FixValue.TryFormatTimeOnly(45_015_123_000_000L, TimestampPrecision.Millis, buffer, out var written).Should().BeTrue();
        Encoding.ASCII.GetString(buffer, 0, written).Should().Be("12:30:15.123");
        FixValue.TryFormatTimeOnly(FixValue.NanosPerDay, TimestampPrecision.Millis, buffer, out _).Should().BeFalse();
    }

    [Test]
    public void DateOnly_parses_and_formats()
    {
        FixValue.TryParseDateOnly(A("20040415"), out var date).Should().BeTrue();
        date.Should().Be(new DateOnly(2004, 4, 15));
        var buffer = new byte[8];
        FixValue.TryFormatDateOnly(date, buffer, out var written).Should().BeTrue();
        Encoding.ASCII.GetString(buffer, 0, written).Should().Be("20040415");
    }

    [TestCase("2004041")]
    [TestCase("200404150")]
    [TestCase("20040431")]
    [TestCase("2004-04-15")]
    public void DateOnly_rejects(string text)
    {
        FixValue.TryParseDateOnly(A(text), out _).Should().BeFalse();
        FixValue.IsUtcDateOnly(A(text)).Should().BeFalse();
    }

    [TestCase("202401", true)]
    [TestCase("20240131", true)]
    [TestCase("202401w1", true)]
    [TestCase("202401w5", true)]
    [TestCase("202401w6", false)]
    [TestCase("202413", false)]
    [TestCase("20240230", false)]
    [TestCase("2024", false)]
    [TestCase("2024011", false)]
    public void MonthYear(string text, bool valid) => FixValue.IsMonthYear(A(text)).Should().Be(valid);

    [TestCase("07:39Z", true)]
    [TestCase("02:39-05", true)]
    [TestCase("15:39:20+05:30", true)]
    [TestCase("15:39:20.123Z", true)]
    [TestCase("15:39", true)]
    [TestCase("15:39+5", false)]
    [TestCase("25:39Z", false)]
    [TestCase("15:39X", false)]
    [TestCase("15:39+05:3", false)]
    public void TzTimeOnly(string text, bool valid) => FixValue.IsTzTimeOnly(A(text)).Should().Be(valid);

    [TestCase("20060901-07:39Z", true)]
    [TestCase("20060901-02:39-05", true)]
    [TestCase("20060931-02:39-05", false)]
    public void TzTimestamp(string text, bool valid) => FixValue.IsTzTimestamp(A(text)).Should().Be(valid);
}
