using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;
using RiskPrice = Gateway.RiskChecks.Orders.Price;

namespace Gateway.Tests.Pipeline;

/// <summary>Venue reports through the order thread: the strategy's messages and the risk engine's usage.</summary>
public sealed class VenueReportTests
{
    private PipelineHarness _h = null!;

    [SetUp]
    public void SetUp()
    {
        _h = new PipelineHarness().Ready();
        _h.Send(Order(1, quantity: 100, price: 100m));
        _h.Clients.Clear();
    }

    [TearDown]
    public void TearDown() => _h.Dispose();

    [Test]
    public void Accepted_tells_the_strategy_VenueAccepted_with_the_venue_order_id()
    {
        _h.Accept(1, "VX-77");

        var accepted = _h.Clients.Single<VenueAcceptedMessage>(Strategy);
        accepted.ClientOrderId.Should().Be(1);
        accepted.VenueId.Should().Be(VenueA);
        accepted.VenueOrderId.ToString().Should().Be("VX-77");
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
        _h.Counters.VenueReports.Value.Should().BeGreaterThanOrEqualTo(1);
    }

    [Test]
    public void Fills_tell_the_strategy_partial_then_full_and_move_risk_from_open_to_filled()
    {
        _h.Accept(1);

        _h.Fill(1, 40, 99.5m, "E1");

        var partial = _h.Clients.Single<FillMessage>(Strategy);
        partial.ClientOrderId.Should().Be(1);
        partial.Quantity.Should().Be(40);
        partial.Price.Should().Be(Px(99.5m));
        partial.CumQuantity.Should().Be(40);
        partial.LeavesQuantity.Should().Be(60);
        partial.Kind.Should().Be(FillKind.Partial);
        partial.ExecId.ToString().Should().Be("E1");
        var usage = _h.Risk.Usage.Strategy(Strategy);
        usage.OpenOrders.Should().Be(1);
        usage.FilledNotional.Should().Be(RiskPrice.Notional(Px(99.5m), 40));
        _h.Risk.Usage.Position(Account, InstrumentA).Position.Should().Be(40);

        _h.Clients.Clear();
        _h.Fill(1, 60, 100m, "E2");

        var full = _h.Clients.Single<FillMessage>(Strategy);
        full.Kind.Should().Be(FillKind.Full);
        full.CumQuantity.Should().Be(100);
        full.LeavesQuantity.Should().Be(0);
        _h.Record(1).State.Should().Be(OrderState.Filled);
        usage = _h.Risk.Usage.Strategy(Strategy);
        usage.OpenOrders.Should().Be(0);
        usage.OpenNotional.Should().Be(0);
        usage.FilledNotional.Should().Be(RiskPrice.Notional(Px(99.5m), 40) + RiskPrice.Notional(Px(100m), 60));
        _h.Risk.Usage.Position(Account, InstrumentA).Position.Should().Be(100);
        _h.Counters.Fills.Value.Should().Be(2);
    }

    [Test]
    public void A_repeated_fill_changes_nothing_and_is_counted_as_a_duplicate()
    {
        _h.Accept(1);
        var fill = _h.ReportFor(1, VenueReportKind.Fill);
        fill.LastQuantity = 10;
        fill.LastPrice = Px(100m);
        fill.CumQuantity = 10;
        fill.LeavesQuantity = 90;
        _h.Deliver(in fill);
        var appends = _h.Journal.Appends;
        _h.Clients.Clear();

        _h.Deliver(in fill);

        _h.Clients.Messages.Should().BeEmpty();
        _h.Counters.Duplicates.Value.Should().Be(1);
        _h.Journal.Appends.Should().Be(appends);
        _h.Risk.Usage.Position(Account, InstrumentA).Position.Should().Be(10);
    }

    [Test]
    public void A_report_for_an_unknown_request_id_is_an_anomaly_and_tells_nobody()
    {
        var report = default(VenueReport);
        report.Kind = VenueReportKind.Fill;
        report.VenueId = VenueA;
        report.ClOrdId = 987_654_321;
        report.CumQuantity = 5;

        _h.Deliver(in report);

        _h.Clients.Messages.Should().BeEmpty();
        _h.Counters.Anomalies.Value.Should().Be(1);
    }

    [Test]
    public void An_unrecognised_report_is_counted()
    {
        var report = default(VenueReport);
        report.Kind = VenueReportKind.Unrecognised;

        _h.Deliver(in report);

        _h.Counters.Unrecognised.Value.Should().Be(1);
        _h.Clients.Messages.Should().BeEmpty();
    }

    [Test]
    public void Rejected_tells_the_strategy_OrderRejected_with_the_venues_text_and_releases_risk()
    {
        var report = _h.ReportFor(1, VenueReportKind.Rejected);
        report.Text = VenueText.From("no such symbol");

        _h.Deliver(in report);

        var rejected = _h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.ClientOrderId.Should().Be(1);
        rejected.Reason.Should().Be(RejectReason.VenueRejected);
        rejected.VenueId.Should().Be(VenueA);
        rejected.Text.ToString().Should().Be("no such symbol");
        _h.Record(1).State.Should().Be(OrderState.Rejected);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(0);
    }

    [Test]
    public void Canceled_after_a_cancel_request_tells_the_strategy_Requested_with_what_was_left()
    {
        _h.Accept(1);
        _h.Fill(1, 30, 100m);
        _h.Cancel(1);
        _h.Clients.Clear();

        _h.Canceled(1);

        var canceled = _h.Clients.Single<CanceledMessage>(Strategy);
        canceled.ClientOrderId.Should().Be(1);
        canceled.CanceledQuantity.Should().Be(70);
        canceled.Reason.Should().Be(CancelReason.Requested);
        _h.Record(1).State.Should().Be(OrderState.Canceled);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(0);
        _h.Risk.Usage.Position(Account, InstrumentA).Position.Should().Be(30);
    }

    [Test]
    public void An_unsolicited_cancel_has_reason_Venue_and_an_expiry_reason_Expired()
    {
        _h.Send(Order(2));
        _h.Accept(1);
        _h.Accept(2, "V2");
        _h.Clients.Clear();

        _h.Canceled(1);
        _h.Deliver(_h.ReportFor(2, VenueReportKind.Expired));

        var canceled = _h.Clients.Of<CanceledMessage>(Strategy);
        canceled.Select(c => (c.ClientOrderId, c.Reason, c.CanceledQuantity))
            .Should().Equal((1L, CancelReason.Venue, 100L), (2L, CancelReason.Expired, 100L));
        _h.Record(2).State.Should().Be(OrderState.Expired);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
    }

    [Test]
    public void CancelRejected_tells_the_strategy_and_the_order_stands()
    {
        _h.Accept(1);
        _h.Cancel(1);
        _h.Clients.Clear();

        _h.CancelRejected(1, "too late to cancel");

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(1);
        refused.RequestClientOrderId.Should().Be(0);
        refused.Reason.Should().Be(RejectReason.VenueRejected);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        refused.Text.ToString().Should().Be("too late to cancel");
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Record(1).PendingClOrdId.Should().Be(0);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
    }

    [Test]
    public void Replaced_tells_the_strategy_the_new_terms_and_risk_reserves_them()
    {
        _h.Accept(1);
        _h.Fill(1, 20, 100m);
        _h.Replace(1, 2, quantity: 150, price: 101m);
        _h.Clients.Clear();

        _h.Replaced(1, 2);

        var replaced = _h.Clients.Single<ReplacedMessage>(Strategy);
        replaced.OrigClientOrderId.Should().Be(1);
        replaced.ClientOrderId.Should().Be(2);
        replaced.Quantity.Should().Be(150);
        replaced.Price.Should().Be(Px(101m));
        replaced.LeavesQuantity.Should().Be(130);
        _h.Record(1).State.Should().Be(OrderState.Replaced);
        _h.Record(2).State.Should().Be(OrderState.PartiallyFilled);
        _h.Record(2).CumQuantity.Should().Be(20);
        var usage = _h.Risk.Usage.Strategy(Strategy);
        usage.OpenOrders.Should().Be(1);
        usage.OpenNotional.Should().Be(RiskPrice.Notional(Px(101m), 130));
    }

    [Test]
    public void A_replace_the_venue_refuses_tells_the_strategy_and_the_original_stands()
    {
        _h.Accept(1);
        _h.Replace(1, 2, quantity: 150, price: 101m);
        _h.Clients.Clear();
        var report = _h.ReportFor(2, VenueReportKind.CancelRejected);
        report.ForReplace = true;
        report.OrigClOrdId = _h.Record(1).ClOrdId;
        report.Text = VenueText.From("replace refused");

        _h.Deliver(in report);

        var refused = _h.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(1);
        refused.RequestClientOrderId.Should().Be(2);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        refused.Reason.Should().Be(RejectReason.VenueRejected);
        refused.Text.ToString().Should().Be("replace refused");
        _h.Record(1).State.Should().Be(OrderState.New);
        _h.Record(2).State.Should().Be(OrderState.Rejected);
        _h.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
        _h.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(RiskPrice.Notional(Px(100m), 100));
    }

    [Test]
    public void A_cancel_during_a_pending_replace_waits_for_the_replace_then_cancels_the_replacement()
    {
        _h.Accept(1);
        _h.Replace(1, 2, quantity: 150, price: 101m);
        _h.Cancel(2);
        _h.Venue(VenueA).Requests.Select(r => r.Kind).Should().Equal(VenueRequestKind.NewOrder, VenueRequestKind.Replace);

        _h.Replaced(1, 2);

        var cancel = _h.Venue(VenueA).Last;
        cancel.Kind.Should().Be(VenueRequestKind.Cancel);
        cancel.OrigClOrdId.Should().Be(_h.Record(2).ClOrdId);
        _h.Record(2).State.Should().Be(OrderState.PendingCancel);
    }
}
