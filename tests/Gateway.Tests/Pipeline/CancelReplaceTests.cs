using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;

namespace Gateway.Tests.Pipeline;

/// <summary>Strategies' cancels and replaces: the venue requests they make, and the gateway's own refusals.</summary>
public sealed class CancelReplaceTests
{
    private PipelineHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new PipelineHarness().Ready();
        _h.Send(Order(1, quantity: 100, price: 100m));
        _h.Accept(1, "V1");
        _h.Clients.Clear();
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void A_cancel_becomes_a_venue_cancel_naming_the_order()
    {
        _h.Cancel(1);

        ref var order = ref _h.Record(1);
        var cancel = _h.Venue(VenueA).Last;
        cancel.Kind.Should().Be(VenueRequestKind.Cancel);
        cancel.ClOrdId.Should().Be(order.PendingClOrdId).And.BeGreaterThan(order.ClOrdId);
        cancel.OrigClOrdId.Should().Be(order.ClOrdId);
        cancel.VenueOrderId.ToString().Should().Be("V1");
        cancel.Quantity.Should().Be(100);
        order.State.Should().Be(OrderState.PendingCancel);
        _h.Clients.Messages.Should().BeEmpty("the strategy hears when the venue answers");
        _h.Counters.Cancels.Value.Should().Be(1);
    }

    [Test]
    public void A_cancel_of_an_unknown_order_is_refused_as_UnknownOrder()
    {
        _h.Cancel(99);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(99);
        refused.Reason.Should().Be(RejectReason.UnknownOrder);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        refused.Text.ToString().Should().Be("no such order");
        _h.Venue(VenueA).Requests.Should().ContainSingle("the new order only");
    }

    [Test]
    public void A_cancel_of_another_strategys_order_is_refused_as_UnknownOrder()
    {
        _h.Cancel(1, OtherStrategy);

        _h.Clients.Single<CancelRejectedMessage>(OtherStrategy).Reason.Should().Be(RejectReason.UnknownOrder);
        _h.Record(1).State.Should().Be(OrderState.New);
    }

    [Test]
    public void A_cancel_of_a_filled_order_is_refused_as_OrderNotOpen()
    {
        _h.Fill(1, 100, 100m);
        _h.Clients.Clear();

        _h.Cancel(1);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.Reason.Should().Be(RejectReason.OrderNotOpen);
        refused.Text.ToString().Should().Be("the order is no longer open");
        _h.Counters.CancelRejects.Value.Should().Be(1);
    }

    [Test]
    public void A_second_cancel_while_the_first_is_pending_is_refused_as_RequestPending()
    {
        _h.Cancel(1);
        _h.Cancel(1);

        _h.Clients.Single<CancelRejectedMessage>(Strategy).Reason.Should().Be(RejectReason.RequestPending);
        _h.Venue(VenueA).Requests.Count(r => r.Kind == VenueRequestKind.Cancel).Should().Be(1);
    }

    [Test]
    public void A_replace_becomes_a_venue_replace_from_the_old_id_to_the_new()
    {
        _h.Replace(1, 2, quantity: 150, price: 101m);

        var replace = _h.Venue(VenueA).Last;
        replace.Kind.Should().Be(VenueRequestKind.Replace);
        replace.ClOrdId.Should().Be(_h.Record(2).ClOrdId);
        replace.OrigClOrdId.Should().Be(_h.Record(1).ClOrdId);
        replace.Quantity.Should().Be(150);
        replace.Price.Should().Be(Px(101m));
        replace.VenueOrderId.ToString().Should().Be("V1");
        _h.Record(1).State.Should().Be(OrderState.PendingReplace);
        _h.Record(2).IsPendingReplacement.Should().BeTrue();
        _h.Clients.Messages.Should().BeEmpty();
        _h.Counters.Replaces.Value.Should().Be(1);
    }

    [Test]
    public void A_replace_of_an_unknown_order_is_refused_as_UnknownOrder()
    {
        _h.Replace(99, 2, 100, 100m);

        ExpectReplaceRefused(99, 2, RejectReason.UnknownOrder).Text.ToString().Should().Be("no such order");
    }

    [Test]
    public void A_replace_to_a_used_client_order_id_is_refused_as_DuplicateClientOrderId()
    {
        _h.Send(Order(2));
        _h.Clients.Clear();

        _h.Replace(1, 2, 150, 100m);

        ExpectReplaceRefused(1, 2, RejectReason.DuplicateClientOrderId);
    }

    [Test]
    public void A_replace_to_no_more_than_has_filled_is_refused_as_InvalidField()
    {
        _h.Fill(1, 40, 100m);
        _h.Clients.Clear();

        _h.Replace(1, 2, 40, 100m);

        ExpectReplaceRefused(1, 2, RejectReason.InvalidField).Text.ToString().Should().Be("the new quantity is not above what has filled");
    }

    [Test]
    public void A_replace_while_a_cancel_is_pending_is_refused_as_RequestPending()
    {
        _h.Cancel(1);

        _h.Replace(1, 2, 150, 100m);

        ExpectReplaceRefused(1, 2, RejectReason.RequestPending);
        _h.Record(1).State.Should().Be(OrderState.PendingCancel);
    }

    [Test]
    public void A_replace_of_a_filled_order_is_refused_as_OrderNotOpen()
    {
        _h.Fill(1, 100, 100m);
        _h.Clients.Clear();

        _h.Replace(1, 2, 150, 100m);

        ExpectReplaceRefused(1, 2, RejectReason.OrderNotOpen);
    }

    [Test]
    public void A_replace_over_a_risk_limit_is_refused_as_RiskCheck_naming_the_check()
    {
        _h.Replace(1, 2, 5000, 100m);

        var refused = ExpectReplaceRefused(1, 2, RejectReason.RiskCheck);
        refused.Text.ToString().Should().StartWith("risk check failed: ").And.Contain("MaxOrderQuantity");
        _h.Counters.RiskRejects.Value.Should().Be(1);
        _h.Record(1).State.Should().Be(OrderState.New);
    }

    [Test]
    public void An_order_the_venue_cancels_while_its_replace_is_pending_refuses_the_replace_too()
    {
        _h.Replace(1, 2, 150, 100m);
        _h.Clients.Clear();

        _h.Deliver(_h.ReportFor(1, VenueReportKind.Canceled));

        var canceled = _h.Clients.Single<CanceledMessage>(Strategy);
        canceled.ClientOrderId.Should().Be(1);
        canceled.CanceledQuantity.Should().Be(100);
        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(1);
        refused.RequestClientOrderId.Should().Be(2);
        refused.Reason.Should().Be(RejectReason.OrderNotOpen);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        _h.Record(1).State.Should().Be(OrderState.Canceled);
        _h.Record(2).State.Should().Be(OrderState.Rejected);
        _h.Book.OpenCount.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(0);
    }

    [Test]
    public void A_cancel_the_journal_cannot_take_is_refused_unsent()
    {
        _h.Journal.Dispose();

        _h.Cancel(1);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        refused.Text.ToString().Should().StartWith("journal full:");
        _h.Venue(VenueA).Requests.Should().NotContain(r => r.Kind == VenueRequestKind.Cancel);
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Counters.JournalFailures.Value.Should().BePositive();
    }

    [Test]
    public void A_replace_the_journal_cannot_take_is_refused_unsent_and_its_risk_released()
    {
        _h.Journal.Dispose();

        _h.Replace(1, 2, 150, 101m);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        refused.RequestClientOrderId.Should().Be(2);
        refused.Text.ToString().Should().StartWith("journal full:");
        _h.Venue(VenueA).Requests.Should().NotContain(r => r.Kind == VenueRequestKind.Replace);
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Record(2).State.Should().Be(OrderState.Rejected);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(Gateway.RiskChecks.Orders.Price.Notional(Px(100m), 100));
    }

    private CancelRejectedMessage ExpectReplaceRefused(long orig, long requested, RejectReason reason)
    {
        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(orig);
        refused.RequestClientOrderId.Should().Be(requested);
        refused.Reason.Should().Be(reason);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        _h.Venue(VenueA).Requests.Count(r => r.Kind == VenueRequestKind.Replace).Should().Be(0);
        return refused;
    }
}
