using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixDecimalTests
{
    private static byte[] A(string s) => Encoding.Latin1.GetBytes(s);

    [TestCase("123.4500", 1234500L, 4)]
    [TestCase("-0.5", -5L, 1)]
    [TestCase(".5", 5L, 1)]
    [TestCase("-.5", -5L, 1)]
    [TestCase("5.", 5L, 0)]
    [TestCase("0", 0L, 0)]
    [TestCase("-0", 0L, 0)]
    [TestCase("000123", 123L, 0)]
    [TestCase("200.00", 20000L, 2)]
    [TestCase("0.000000000000000001", 1L, 18)]
    [TestCase("9223372036854775807", long.MaxValue, 0)]
    [TestCase("-9223372036854775807", -long.MaxValue, 0)]
    [TestCase("922337203685477580.7", long.MaxValue, 1)]
    public void Parses(string text, long mantissa, int scale)
    {
        FixValue.TryParseDecimal(A(text), out var value).Should().BeTrue();
        value.Mantissa.Should().Be(mantissa);
        value.Scale.Should().Be((byte)scale);
    }

    [TestCase("")]
    [TestCase(".")]
    [TestCase("-")]
    [TestCase("-.")]
    [TestCase("+200.00")]
    [TestCase("1e5")]
    [TestCase("1E5")]
    [TestCase("1.2.3")]
    [TestCase("1,000")]
    [TestCase(" 1")]
    [TestCase("1 ")]
    [TestCase("5-")]
    [TestCase("--5")]
    [TestCase("NaN")]
    [TestCase("9223372036854775808")]
    [TestCase("0.0000000000000000001")]
    public void Rejects(string text) => FixValue.TryParseDecimal(A(text), out _).Should().BeFalse();

    [Test]
    public void Drops_trailing_zeros_that_do_not_fit()
    {
        FixValue.TryParseDecimal(A("1.0000000000000000000000000"), out var value).Should().BeTrue();
        value.Should().Be(new FixDecimal(1, 0));
        value.Scale.Should().Be(18);
        FixValue.TryParseDecimal(A("92233720368547758.070000"), out var big).Should().BeTrue();
        big.Should().Be(new FixDecimal(9223372036854775807, 2));
    }

    [Test]
    public void Zeros_inside_the_fraction_count()
    {
        FixValue.TryParseDecimal(A("1.0005"), out var value).Should().BeTrue();
        value.Should().Be(new FixDecimal(10005, 4));
    }

    [TestCase("123.4500")]
    [TestCase("-0.5")]
    [TestCase("0.05")]
    [TestCase("-0.000000000000000001")]
    [TestCase("5")]
    [TestCase("-9223372036854775807")]
    [TestCase("0.000")]
    public void Formats_back_as_written(string text)
    {
        var value = FixDecimal.Parse(text);
        value.ToString().Should().Be(text);
    }

    [Test]
    public void Formats_leading_zero_and_min_value()
    {
        FixDecimal.Parse(".5").ToString().Should().Be("0.5");
        new FixDecimal(long.MinValue, 18).ToString().Should().Be("-9.223372036854775808");
        new FixDecimal(long.MinValue, 0).ToString().Should().Be("-9223372036854775808");
    }

    [Test]
    public void Equality_is_numeric()
    {
        FixDecimal.Parse("123.45").Should().Be(FixDecimal.Parse("123.4500"));
        (FixDecimal.Parse("1") == FixDecimal.Parse("1.000")).Should().BeTrue();
        (FixDecimal.Parse("1") != FixDecimal.Parse("1.001")).Should().BeTrue();
        FixDecimal.Parse("123.45").GetHashCode().Should().Be(FixDecimal.Parse("123.4500").GetHashCode());
        FixDecimal.Parse("-0").Should().Be(FixDecimal.Zero);
    }

    [Test]
    public void Compares_across_scales_without_overflow()
    {
        (FixDecimal.Parse("0.5") < FixDecimal.Parse("1")).Should().BeTrue();
        (FixDecimal.Parse("-0.5") > FixDecimal.Parse("-1")).Should().BeTrue();
        (new FixDecimal(long.MaxValue, 0) > new FixDecimal(long.MaxValue, 18)).Should().BeTrue();
        (new FixDecimal(long.MinValue, 0) < new FixDecimal(-1, 18)).Should().BeTrue();
    }

    [TestCase("1.25", 2, 125L)]
    [TestCase("1.2000", 1, 12L)]
    [TestCase("1", 4, 10000L)]
    [TestCase("-0.5", 1, -5L)]
    [TestCase("0", 18, 0L)]
    public void ToScaled_exact(string text, int scale, long expected)
    {
        var value = FixDecimal.Parse(text);
        value.TryToScaled(scale, out var scaled).Should().BeTrue();
        scaled.Should().Be(expected);
        value.ToScaled(scale).Should().Be(expected);
    }

    [TestCase("1.25", 1)]
    [TestCase("1.001", 2)]
    [TestCase("9223372036854775807", 1)]
    [TestCase("1", 19)]
    [TestCase("1", -1)]
    public void TryToScaled_refuses_lossy_or_out_of_range(string text, int scale) =>
        FixDecimal.Parse(text).TryToScaled(scale, out _).Should().BeFalse();

    [TestCase("2.345", 2, 235L)]
    [TestCase("-2.345", 2, -235L)]
    [TestCase("2.3449", 2, 234L)]
    [TestCase("-2.3449", 2, -234L)]
    [TestCase("2.5", 0, 3L)]
    [TestCase("-2.5", 0, -3L)]
    [TestCase("0.499999999999999999", 0, 0L)]
    [TestCase("0.500000000000000000", 0, 1L)]
    [TestCase("-0.000000000000000001", 0, 0L)]
    public void ToScaled_rounds_half_away_from_zero(string text, int scale, long expected) =>
        FixDecimal.Parse(text).ToScaled(scale).Should().Be(expected);

    [Test]
    public void ToScaled_throws_on_overflow()
    {
        var act = () => FixDecimal.Parse("9223372036854775807").ToScaled(1);
        act.Should().Throw<OverflowException>();
    }

    [Test]
    public void Normalize_and_rescale()
    {
        var n = FixDecimal.Parse("123.4500").Normalize();
        n.Mantissa.Should().Be(12345);
        n.Scale.Should().Be(2);
        FixDecimal.Parse("1.5").TryRescale(3, out var r).Should().BeTrue();
        r.ToString().Should().Be("1.500");
    }

    [Test]
    public void Converts_to_decimal_exactly()
    {
        FixDecimal.Parse("-123.4500").ToDecimal().Should().Be(-123.45m);
        FixDecimal.Parse("0.000000000000000001").ToDecimal().Should().Be(0.000000000000000001m);
    }

    [Test]
    public void Rejects_scale_beyond_18()
    {
        var act = () => new FixDecimal(1, 19);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
