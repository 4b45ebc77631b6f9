using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FluentAssertions;
using Gateway.Sessions.Metrics;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Metrics;

public class PaddedLongTests
{
    [Test]
    public void The_value_has_two_cache_lines_of_padding_on_each_side()
    {
        Unsafe.SizeOf<PaddedLong>().Should().Be(128 + 8 + 128);
        Marshal.OffsetOf<PaddedLong>(nameof(PaddedLong.Value)).Should().Be(128);
    }

    [Test]
    public void The_histogram_reference_is_padded_the_same_way()
    {
        Unsafe.SizeOf<PaddedHistogramReference>().Should().Be(Unsafe.SizeOf<PaddedLong>());
        var padded = default(PaddedHistogramReference);
        FieldLayout.Distance(ref padded, ref padded.Value!).Should().Be(128);
    }

    [Test]
    public void Neighbours_in_an_array_are_more_than_two_cache_lines_apart()
    {
        var values = new PaddedLong[2];
        FieldLayout.Distance(ref values[0].Value, ref values[1].Value).Should().BeGreaterThanOrEqualTo(128 + 8);
    }
}
