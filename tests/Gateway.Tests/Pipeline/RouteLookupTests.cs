using FluentAssertions;
using Gateway.Routing;
using NUnit.Framework;

namespace Gateway.Tests.Pipeline;

/// <summary>The routing table as the order thread asks it: which venue, and whether venue and instrument are configured.</summary>
public sealed class RouteLookupTests
{
    private static readonly RoutingTable Table = new(
        new Dictionary<int, int> { [42] = 0, [43] = 1, [44] = RoutingTable.NoVenue }, [0, 1, 5]);

    [TestCase(42, -1, 0, TestName = "Instrument's venue")]
    [TestCase(43, -1, 1, TestName = "Another instrument's venue")]
    [TestCase(42, 5, 5, TestName = "Named venue wins")]
    [TestCase(44, 1, 1, TestName = "Named venue for an instrument without a route")]
    [TestCase(99, 0, 0, TestName = "Named venue for an instrument not configured")]
    [TestCase(44, -1, RoutingTable.NoVenue, TestName = "No route")]
    [TestCase(42, 3, RoutingTable.NoVenue, TestName = "Named venue between configured ones")]
    [TestCase(42, 6, RoutingTable.NoVenue, TestName = "Named venue above configured ones")]
    [TestCase(99, -1, RoutingTable.NoVenue, TestName = "Instrument above configured ones")]
    [TestCase(int.MinValue, -1, RoutingTable.NoVenue, TestName = "Instrument id int.MinValue")]
    [TestCase(42, int.MinValue, 0, TestName = "Any negative venue means none named")]
    public void Route(int instrument, int venue, int expected)
    {
        Table.Route(instrument, venue).Should().Be(expected);
    }

    [Test]
    public void Known_venues_are_the_configured_ones()
    {
        new[] { -1, 0, 1, 2, 3, 4, 5, 6, 64 }.Select(Table.IsKnownVenue)
            .Should().Equal(false, true, true, false, false, false, true, false, false);
    }

    [Test]
    public void An_instrument_with_an_entry_is_known_routed_or_not()
    {
        Table.IsKnownInstrument(42).Should().BeTrue();
        Table.IsKnownInstrument(44).Should().BeTrue();
        Table.IsKnownInstrument(45).Should().BeFalse();
        Table.IsKnownInstrument(-1).Should().BeFalse();
    }

    [Test]
    public void An_instrument_without_an_entry_is_not_known()
    {
        Table.IsKnownInstrument(10).Should().BeFalse();
    }

    [Test]
    public void An_empty_table_routes_nothing()
    {
        var empty = new RoutingTable(new Dictionary<int, int>(), []);

        empty.Route(0, -1).Should().Be(RoutingTable.NoVenue);
        empty.Route(0, 0).Should().Be(RoutingTable.NoVenue);
        empty.IsKnownVenue(0).Should().BeFalse();
    }
}
