using FluentAssertions;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>What TrySend answers when it cannot send, and that nothing (no sequence number either) went out then.</summary>
public sealed class FixSendResultTests
{
    [Test]
    public void Unknown_instrument_and_values_FIX_cannot_carry_are_Invalid()
    {
        using var venue = new VenueHarness("FIX.4.4");
        var next = venue.Session.NextSenderMsgSeqNum;

        var unknown = VenueHarness.NewOrder();
        unknown.InstrumentId = 1;
        var badSide = VenueHarness.NewOrder();
        badSide.Side = 0;
        var badType = VenueHarness.NewOrder();
        badType.OrderType = (OrderType)9;
        var badTif = VenueHarness.NewOrder();
        badTif.TimeInForce = (TimeInForce)9;
        var noQuantity = VenueHarness.NewOrder(quantity: 0);
        var badKind = VenueHarness.NewOrder();
        badKind.Kind = 0;
        var noId = VenueHarness.NewOrder(clOrdId: 0);
        var negativeId = VenueHarness.NewOrder(clOrdId: -5);
        var idTooLong = VenueHarness.NewOrder(clOrdId: 1_000_000_000_000_000_000);
        var cancelOfNothing = VenueHarness.Cancel(origClOrdId: 0);
        var replaceNoQuantity = VenueHarness.Replace();
        replaceNoQuantity.Quantity = 0;

        foreach (var request in new[]
                 {
                     unknown, badSide, badType, badTif, noQuantity, badKind, noId, negativeId, idTooLong, cancelOfNothing,
                     replaceNoQuantity,
                 })
        {
            venue.Adapter.TrySend(in request).Should().Be(VenueSendResult.Invalid);
        }

        venue.Received().Should().BeEmpty();
        venue.Session.NextSenderMsgSeqNum.Should().Be(next);
        venue.Adapter.Counters[FixVenueCounter.InvalidRequests].Should().Be(11);
    }

    [Test]
    public void Not_logged_on_is_NotConnected()
    {
        using var venue = new VenueHarness("FIX.4.4", logOn: false);
        venue.Adapter.IsLoggedOn.Should().BeFalse();
        venue.Adapter.TrySend(VenueHarness.NewOrder()).Should().Be(VenueSendResult.NotConnected);

        var alone = new FixVenueAdapter(VenueHarness.DefaultOptions("FIX.4.4"), new RecordingSink());
        alone.TrySend(VenueHarness.NewOrder()).Should().Be(VenueSendResult.NotConnected);
        alone.IsLoggedOn.Should().BeFalse();
    }

    [Test]
    public void A_full_connection_is_BackPressured_until_it_drains()
    {
        using var venue = new VenueHarness("FIX.4.4");
        venue.Adapter.IsLoggedOn.Should().BeTrue();
        var connection = venue.OwnConnection;
        connection.RefuseSends = true;

        venue.Adapter.TrySend(VenueHarness.NewOrder(1001)).Should().Be(VenueSendResult.Sent, "it waits in the session's overflow");
        venue.Adapter.TrySend(VenueHarness.NewOrder(1002)).Should().Be(VenueSendResult.BackPressured);

        connection.RefuseSends = false;
        venue.Adapter.TrySend(VenueHarness.NewOrder(1002)).Should().Be(VenueSendResult.Sent);
        venue.Received().Select(f => VenueHarness.Field(f, 11)).Should().Equal("1001", "1002");
        venue.Adapter.Counters[FixVenueCounter.SendsBackPressured].Should().Be(1);
    }
}
