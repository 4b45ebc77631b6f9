using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;

namespace Gateway.Tests.Pipeline;

/// <summary>Requests the venue's adapter cannot send (not connected, invalid, pushing back), through the outbound adapter.</summary>
public sealed class SendFailureTests
{
    private PipelineHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new PipelineHarness().Ready();

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_new_order_the_adapter_cannot_send_is_rejected_and_releases_its_risk()
    {
        _h.Venue(VenueA).Answer = VenueSendResult.NotConnected;

        _h.Send(Order(1));

        _h.Venue(VenueA).Offered.Should().Be(1);
        _h.Clients.Types(Strategy).Should().Equal(MessageType.OrderAccepted, MessageType.OrderRejected);
        var rejected = _h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.ClientOrderId.Should().Be(1);
        rejected.VenueId.Should().Be(VenueA);
        rejected.Text.ToString().Should().StartWith("venue not logged on");
        _h.Record(1).State.Should().Be(OrderState.Rejected);
        _h.Counters.SendFailures.Value.Should().Be(1);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(0);
    }

    [Test]
    public void A_new_order_not_sent_because_the_venue_is_down_is_rejected_as_VenueNotConnected()
    {
        _h.Venue(VenueA).Answer = VenueSendResult.NotConnected;

        _h.Send(Order(1));

        _h.Clients.Single<OrderRejectedMessage>(Strategy).Reason.Should().Be(RejectReason.VenueNotConnected);
    }

    [Test]
    public void A_request_the_adapter_finds_invalid_is_rejected_with_its_own_text()
    {
        _h.Venue(VenueA).Answer = VenueSendResult.Invalid;

        _h.Send(Order(1));

        _h.Clients.Single<OrderRejectedMessage>(Strategy).Text.ToString().Should().StartWith("venue cannot take it");
    }

    [Test]
    public void A_cancel_the_adapter_cannot_send_is_refused_and_the_order_stands()
    {
        _h.Send(Order(1));
        _h.Accept(1);
        _h.Venue(VenueA).Answer = VenueSendResult.NotConnected;
        _h.Clients.Clear();

        _h.Cancel(1);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(1);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        refused.Text.ToString().Should().StartWith("venue not logged on");
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Record(1).PendingClOrdId.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
    }

    [Test]
    public void A_replace_the_adapter_cannot_send_is_refused_and_the_original_stands()
    {
        _h.Send(Order(1));
        _h.Accept(1);
        _h.Venue(VenueA).Answer = VenueSendResult.NotConnected;
        _h.Clients.Clear();

        _h.Replace(1, 2, 150, 101m);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(1);
        refused.RequestClientOrderId.Should().Be(2);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Record(2).State.Should().Be(OrderState.Rejected);
    }

    [Test]
    public void A_venue_pushing_back_holds_the_request_until_it_takes_it_in_order()
    {
        _h.Venue(VenueA).Answer = VenueSendResult.BackPressured;
        _h.Inbound.OnNewOrder(Strategy, Order(1), 0);
        _h.Inbound.OnNewOrder(Strategy, Order(2), 0);
        _h.Processor.DoWork();

        _h.Outbound.DoWork().Should().Be(0);
        _h.Outbound.VenueBackPressure.Should().Be(1);

        _h.Venue(VenueA).Answer = VenueSendResult.Sent;
        _h.Pump();

        _h.Venue(VenueA).Requests.Select(r => r.ClOrdId).Should().Equal(_h.Record(1).ClOrdId, _h.Record(2).ClOrdId);
        _h.Clients.Of<OrderAcceptedMessage>(Strategy).Should().HaveCount(2);
        _h.Clients.Of<OrderRejectedMessage>().Should().BeEmpty();
    }

    [Test]
    public void The_gateways_own_reject_texts_reach_the_strategy_whole()
    {
        _h.Venue(VenueA).Answer = VenueSendResult.NotConnected;

        _h.Send(Order(1));

        _h.Clients.Single<OrderRejectedMessage>(Strategy).Text.ToString().Should().Be("venue not logged on: not sent");
    }
}
