using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.RiskChecks;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;
using RiskPrice = Gateway.RiskChecks.Orders.Price;
using VenueRequestKind = Gateway.Venues.Orders.VenueRequestKind;

namespace Gateway.Tests.Pipeline;

/// <summary>A strategy's new order through the order thread: the venue request and OrderAccepted, or one specific reject.</summary>
public sealed class NewOrderTests
{
    private PipelineHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new PipelineHarness().Ready();

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_new_order_becomes_a_venue_request_and_OrderAccepted()
    {
        _h.Send(Order(11, quantity: 100, price: 100.5m, side: Side.Sell, tif: TimeInForce.ImmediateOrCancel));

        ref var record = ref _h.Record(11);
        var request = _h.Venue(VenueA).Requests.Should().ContainSingle().Subject;
        request.Kind.Should().Be(VenueRequestKind.NewOrder);
        request.ClOrdId.Should().Be(record.ClOrdId).And.BePositive();
        request.VenueId.Should().Be(VenueA);
        request.InstrumentId.Should().Be(InstrumentA);
        request.AccountId.Should().Be(Account);
        request.Side.Should().Be(Gateway.Venues.Orders.Side.Sell);
        request.OrderType.Should().Be(Gateway.Venues.Orders.OrderType.Limit);
        request.TimeInForce.Should().Be(Gateway.Venues.Orders.TimeInForce.ImmediateOrCancel);
        request.Quantity.Should().Be(100);
        request.Price.Should().Be(Px(100.5m));
        request.TimestampNanos.Should().Be(Start);
        _h.Venue(VenueB).Requests.Should().BeEmpty();

        var accepted = _h.Clients.Single<OrderAcceptedMessage>(Strategy);
        accepted.ClientOrderId.Should().Be(11);
        accepted.GatewayOrderId.Should().Be(record.Index);
        accepted.VenueId.Should().Be(VenueA);
        accepted.TimestampNanos.Should().Be(Start);
        _h.Clients.Types().Should().Equal(MessageType.OrderAccepted);

        record.State.Should().Be(OrderState.PendingNew);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(RiskPrice.Notional(Px(100.5m), 100));
        _h.Counters.NewOrders.Value.Should().Be(1);
        _h.Counters.Rejected.Value.Should().Be(0);
    }

    [Test]
    public void An_order_naming_a_venue_goes_there_and_one_naming_none_follows_its_instrument()
    {
        _h.Send(Order(1, instrument: InstrumentA, venue: VenueB));
        _h.Send(Order(2, instrument: InstrumentB, price: 50m));

        _h.Venue(VenueB).Requests.Should().HaveCount(2);
        _h.Venue(VenueA).Requests.Should().BeEmpty();
        _h.Clients.Of<OrderAcceptedMessage>().Select(m => m.VenueId).Should().Equal(VenueB, VenueB);
    }

    [TestCase((byte)0, (byte)1, (byte)0, TestName = "Side 0")]
    [TestCase((byte)4, (byte)1, (byte)0, TestName = "Side 4")]
    [TestCase((byte)1, (byte)0, (byte)0, TestName = "Order type 0")]
    [TestCase((byte)1, (byte)3, (byte)0, TestName = "Order type 3")]
    [TestCase((byte)1, (byte)1, (byte)4, TestName = "Time in force 4")]
    public void An_invalid_side_type_or_time_in_force_is_rejected_as_InvalidField(byte side, byte type, byte tif)
    {
        _h.Send(Order(5, side: (Side)side, type: (OrderType)type, tif: (TimeInForce)tif));

        var rejected = ExpectRejectedOnly(5, RejectReason.InvalidField);
        rejected.VenueId.Should().Be(-1);
        rejected.Text.ToString().Should().Be("side, order type or time in force is not valid");
    }

    [Test]
    public void A_named_venue_that_is_not_configured_is_rejected_as_UnknownVenue()
    {
        _h.Send(Order(5, venue: 9));

        var rejected = ExpectRejectedOnly(5, RejectReason.UnknownVenue);
        rejected.VenueId.Should().Be(9);
        rejected.Text.ToString().Should().Contain("no venue");
    }

    [Test]
    public void An_instrument_without_a_route_is_rejected_as_UnknownVenue()
    {
        _h.Send(Order(5, instrument: Unrouted));

        ExpectRejectedOnly(5, RejectReason.UnknownVenue);
    }

    [Test]
    public void An_instrument_that_is_not_configured_is_rejected_as_UnknownInstrument()
    {
        _h.Send(Order(5, instrument: 99));

        ExpectRejectedOnly(5, RejectReason.UnknownInstrument);
    }

    [Test]
    public void An_unconfigured_instrument_below_the_configured_ids_is_rejected_as_UnknownInstrument()
    {
        _h.Send(Order(5, instrument: 10));

        ExpectRejectedOnly(5, RejectReason.UnknownInstrument);
    }

    [Test]
    public void A_client_order_id_used_before_is_rejected_as_DuplicateClientOrderId()
    {
        _h.Send(Order(5));
        _h.Clients.Clear();

        _h.Send(Order(5, quantity: 7));

        var rejected = _h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.ClientOrderId.Should().Be(5);
        rejected.Reason.Should().Be(RejectReason.DuplicateClientOrderId);
        rejected.VenueId.Should().Be(VenueA);
        _h.Venue(VenueA).Requests.Should().ContainSingle("the first order only");
        _h.Record(5).Quantity.Should().Be(100, "the first order stands");
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
    }

    [Test]
    public void The_same_client_order_id_of_another_strategy_is_not_a_duplicate()
    {
        _h.LogIn(OtherStrategy);
        _h.Send(Order(5));
        _h.Send(Order(5), OtherStrategy);

        _h.Venue(VenueA).Requests.Should().HaveCount(2);
        _h.Clients.Of<OrderRejectedMessage>().Should().BeEmpty();
    }

    [Test]
    public void A_risk_reject_names_the_check_the_limit_and_the_actual_value()
    {
        _h.Send(Order(5, quantity: 5000));

        var rejected = ExpectRejectedOnly(5, RejectReason.RiskCheck);
        rejected.RiskCheck.Should().Be((ushort)RiskCheck.StrategyMaxOrderQuantity);
        rejected.Limit.Should().Be(MaxQuantity);
        rejected.Actual.Should().Be(5000);
        rejected.VenueId.Should().Be(VenueA);
        rejected.Text.ToString().Should().Be("risk check failed: StrategyMaxOrderQuantity");
        _h.Counters.RiskRejects.Value.Should().Be(1);
        _h.Risk.Usage.Rejects(RiskCheck.StrategyMaxOrderQuantity).Should().Be(1);
    }

    [Test]
    public void An_order_for_a_venue_not_logged_on_is_rejected_as_VenueNotConnected_and_releases_its_risk()
    {
        using var h = new PipelineHarness();
        h.LogIn(Strategy);
        h.SessionUp(VenueB);

        h.Send(Order(5));

        var rejected = h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.Reason.Should().Be(RejectReason.VenueNotConnected);
        rejected.VenueId.Should().Be(VenueA);
        rejected.Text.ToString().Should().Be("the venue's session is not logged on");
        h.Venue(VenueA).Offered.Should().Be(0);
        h.Book.FindByClientOrderId(Strategy, 5).Should().Be(-1);
        h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(0);
    }

    [Test]
    public void An_order_after_its_venue_went_down_is_rejected_as_VenueNotConnected()
    {
        _h.SessionDown(VenueA);
        _h.Clients.Clear();

        _h.Send(Order(5));
        _h.Send(Order(6, instrument: InstrumentB, price: 50m));

        _h.Clients.Of<OrderRejectedMessage>().Should().ContainSingle().Which.Reason.Should().Be(RejectReason.VenueNotConnected);
        _h.Venue(VenueB).Requests.Should().ContainSingle();
    }

    [Test]
    public void A_journal_that_cannot_take_the_order_rejects_it_unsent()
    {
        _h.Journal.Dispose();

        _h.Send(Order(5));

        _h.Venue(VenueA).Offered.Should().Be(0);
        var rejected = _h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.ClientOrderId.Should().Be(5);
        rejected.Text.ToString().Should().StartWith("journal full:");
        _h.Clients.Of<OrderAcceptedMessage>().Should().BeEmpty();
        _h.Counters.JournalFailures.Value.Should().BePositive();
        _h.Record(5).State.Should().Be(OrderState.Rejected);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
    }

    private OrderRejectedMessage ExpectRejectedOnly(long clientOrderId, RejectReason reason)
    {
        var rejected = _h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.ClientOrderId.Should().Be(clientOrderId);
        rejected.Reason.Should().Be(reason);
        rejected.TimestampNanos.Should().Be(Start);
        _h.Clients.Types().Should().Equal(MessageType.OrderRejected);
        _h.Venue(VenueA).Offered.Should().Be(0);
        _h.Venue(VenueB).Offered.Should().Be(0);
        _h.Book.Count.Should().Be(0, "nothing rejected by the gateway enters the book");
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        _h.Counters.Rejected.Value.Should().Be(1);
        return rejected;
    }
}
