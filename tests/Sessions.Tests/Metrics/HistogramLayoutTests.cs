using FluentAssertions;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Metrics;

public class HistogramLayoutTests
{
    private static readonly int HourLength = HistogramLayout.CountsLengthFor(HistogramLayout.OneHourNanos);

    [Test]
    public void Every_slot_maps_its_lowest_and_highest_value_back_to_itself_and_slots_tile_the_range()
    {
        for (int i = 0; i < HourLength; i++)
        {
            long low = HistogramLayout.LowestValueAt(i);
            long high = HistogramLayout.HighestValueAt(i);
            HistogramLayout.IndexOf(low).Should().Be(i);
            HistogramLayout.IndexOf(high).Should().Be(i);
            if (i > 0)
            {
                HistogramLayout.HighestValueAt(i - 1).Should().Be(low - 1, "slot {0} follows slot {1} without a gap", i, i - 1);
            }
        }
    }

    [Test]
    public void Slots_hold_three_significant_digits()
    {
        for (int i = 0; i < HourLength; i++)
        {
            long low = HistogramLayout.LowestValueAt(i);
            long width = HistogramLayout.WidthAt(i);
            if (low < HistogramLayout.SubBucketCount)
            {
                width.Should().Be(1, "values below 2048 are exact");
            }
            else
            {
                ((double)width / low).Should().BeLessThanOrEqualTo(1.0 / 1024);
            }
        }
    }

    [Test]
    public void One_hour_fits_in_33_times_1024_counts()
    {
        HourLength.Should().Be(33 * 1024);
        HistogramLayout.HighestValueAt(HourLength - 1).Should().BeGreaterThanOrEqualTo(HistogramLayout.OneHourNanos);
    }

    [TestCase(1L)]
    [TestCase(2047L)]
    [TestCase(2048L)]
    [TestCase(1_000_000L)]
    [TestCase(long.MaxValue)]
    public void Counts_length_covers_the_highest_value(long highest)
    {
        int length = HistogramLayout.CountsLengthFor(highest);
        HistogramLayout.IndexOf(highest).Should().BeLessThan(length);
        HistogramLayout.HighestValueAt(length - 1).Should().BeGreaterThanOrEqualTo(highest);
    }

    [TestCase(-1L)]
    [TestCase(long.MinValue)]
    [TestCase(-4096L)]
    public void Negative_values_index_past_every_array(long value)
    {
        HistogramLayout.IndexOf(value).Should().BeGreaterThanOrEqualTo(HistogramLayout.CountsLengthFor(long.MaxValue));
    }
}
