using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>Price (44) from 8 implied decimals: exact, no trailing zeros, no exponent, whatever the magnitude.</summary>
public sealed class FixPriceFormattingTests
{
    [TestCase(12_345_000_000L, "123.45")]
    [TestCase(100_000_000L, "1")]
    [TestCase(1L, "0.00000001")]
    [TestCase(10L, "0.0000001")]
    [TestCase(0L, "0")]
    [TestCase(99_500_000L, "0.995")]
    [TestCase(10_000_000_000_000L, "100000")]
    [TestCase(123_456_789_012L, "1234.56789012")]
    [TestCase(-50_000_000L, "-0.5")]
    [TestCase(long.MaxValue, "92233720368.54775807")]
    public void Limit_price_is_written_without_trailing_zeros(long price, string expected)
    {
        using var venue = new VenueHarness("FIX.4.4");
        var frame = venue.SendAndCapture(VenueHarness.NewOrder(price: price));
        VenueHarness.Field(frame, 44).Should().Be(expected);
    }
}
