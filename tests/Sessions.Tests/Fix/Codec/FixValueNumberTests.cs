using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixValueNumberTests
{
    private static byte[] A(string s) => Encoding.Latin1.GetBytes(s);

    [TestCase("0", 0)]
    [TestCase("7", 7)]
    [TestCase("007", 7)]
    [TestCase("-0", 0)]
    [TestCase("-42", -42)]
    [TestCase("2147483647", int.MaxValue)]
    [TestCase("-2147483648", int.MinValue)]
    public void Int_parses(string text, int expected)
    {
        FixValue.TryParseInt(A(text), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("-")]
    [TestCase("+5")]
    [TestCase(" 5")]
    [TestCase("5 ")]
    [TestCase("1.0")]
    [TestCase("1e5")]
    [TestCase("--1")]
    [TestCase("2147483648")]
    [TestCase("-2147483649")]
    [TestCase("12a")]
    public void Int_rejects(string text) => FixValue.TryParseInt(A(text), out _).Should().BeFalse();

    [TestCase("9223372036854775807", long.MaxValue)]
    [TestCase("-9223372036854775808", long.MinValue)]
    [TestCase("00000000000000000000001", 1L)]
    [TestCase("-123456789012", -123456789012L)]
    public void Long_parses(string text, long expected)
    {
        FixValue.TryParseLong(A(text), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("9223372036854775808")]
    [TestCase("-9223372036854775809")]
    [TestCase("18446744073709551616")]
    [TestCase("99999999999999999999999")]
    public void Long_rejects_overflow(string text) => FixValue.TryParseLong(A(text), out _).Should().BeFalse();

    [TestCase(0L, "0")]
    [TestCase(-1L, "-1")]
    [TestCase(1234567890L, "1234567890")]
    [TestCase(long.MinValue, "-9223372036854775808")]
    [TestCase(long.MaxValue, "9223372036854775807")]
    public void Long_formats(long value, string expected)
    {
        var buffer = new byte[FixValue.MaxLongLength];
        FixValue.TryFormatLong(value, buffer, out var written).Should().BeTrue();
        Encoding.ASCII.GetString(buffer, 0, written).Should().Be(expected);
    }

    [Test]
    public void Long_format_reports_a_short_buffer()
    {
        FixValue.TryFormatLong(12345, new byte[4], out var written).Should().BeFalse();
        written.Should().Be(0);
    }

    [Test]
    public void Char_is_exactly_one_byte()
    {
        FixValue.TryParseChar(A("1"), out var c).Should().BeTrue();
        c.Should().Be('1');
        FixValue.TryParseChar(A(""), out _).Should().BeFalse();
        FixValue.TryParseChar(A("failboat"), out _).Should().BeFalse();
    }

    [TestCase("Y", true)]
    [TestCase("N", false)]
    public void Bool_parses(string text, bool expected)
    {
        FixValue.TryParseBool(A(text), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("y")]
    [TestCase("Yes")]
    [TestCase("1")]
    [TestCase("")]
    public void Bool_rejects(string text) => FixValue.TryParseBool(A(text), out _).Should().BeFalse();

    [TestCase(0UL, 1)]
    [TestCase(9UL, 1)]
    [TestCase(10UL, 2)]
    [TestCase(999UL, 3)]
    [TestCase(1000UL, 4)]
    [TestCase(99999UL, 5)]
    [TestCase(ulong.MaxValue, 20)]
    public void Counts_digits(ulong value, int digits) => FixValue.CountDigits(value).Should().Be(digits);

    [Test]
    public void Counts_digits_on_both_sides_of_every_power_of_ten()
    {
        ulong power = 1;
        for (var digits = 1; digits <= 19; digits++)
        {
            var next = power * 10;
            FixValue.CountDigits(power).Should().Be(digits, $"10^{digits - 1}");
            FixValue.CountDigits(next - 1).Should().Be(digits, $"10^{digits} - 1");
            FixValue.CountDigits(power + (power / 2)).Should().Be(digits);
            power = next;
        }

        FixValue.CountDigits(power).Should().Be(20);
        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (ulong)random.NextInt64() >> random.Next(64);
            FixValue.CountDigits(value).Should().Be(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        }
    }
}
