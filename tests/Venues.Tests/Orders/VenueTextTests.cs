using FluentAssertions;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Orders;

public sealed class VenueTextTests
{
    [Test]
    public void Holds_a_value_and_compares_it()
    {
        var text = VenueText.From("ORD-42");
        text.Length.Should().Be(6);
        text.ToString().Should().Be("ORD-42");
        text.SequenceEqual("ORD-42"u8).Should().BeTrue();
        text.SequenceEqual("ORD-43"u8).Should().BeFalse();
    }

    [Test]
    public void Cuts_a_value_longer_than_its_capacity()
    {
        var text = VenueText.From(new string('x', 40));
        text.Length.Should().Be(VenueText.Capacity);
        text.ToString().Should().Be(new string('x', VenueText.Capacity));
    }
}
