using FluentAssertions;
using Gateway.Routing;
using NUnit.Framework;

namespace Gateway.Tests.Routing;

public sealed class RoutingTableTests
{
    private static readonly RoutingTable Table = new(new Dictionary<int, int> { [0] = 1, [1] = 2, [5] = RoutingTable.NoVenue }, [1, 2]);

    [Test]
    public void An_order_without_a_venue_goes_to_its_instruments_venue()
    {
        Table.Route(0, -1).Should().Be(1);
        Table.Route(1, -1).Should().Be(2);
    }

    [Test]
    public void An_order_naming_a_venue_goes_there()
    {
        Table.Route(0, 2).Should().Be(2);
    }

    [TestCase(0, 7, TestName = "Named venue not configured")]
    [TestCase(5, -1, TestName = "Instrument without a route")]
    [TestCase(99, -1, TestName = "Instrument not configured")]
    [TestCase(-3, -1, TestName = "Negative instrument id")]
    public void Unroutable_orders_get_no_venue(int instrument, int venue)
    {
        Table.Route(instrument, venue).Should().Be(RoutingTable.NoVenue);
    }
}
