using FluentAssertions;
using Gateway.Api.Protocol;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>Cancels and replaces from the strategy: what it is told, and what reached the venue.</summary>
[Category("System")]
public sealed class CancelReplaceFlowTests
{
    [Test]
    [CancelAfter(120_000)]
    public void A_resting_order_cancels_with_its_open_quantity(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        strategy.Rest(1, cancellation, quantity: 40);

        strategy.Cancel(1);

        var canceled = strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == 1, cancellation, "Canceled");
        canceled.Reason.Should().Be(CancelReason.Requested);
        canceled.CanceledQuantity.Should().Be(40);
        gateway.Simulator.Counters.Cancels.Should().Be(1);
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_cancel_of_an_unknown_order_is_refused_without_troubling_the_venue(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);

        strategy.Cancel(424242);

        var refused = strategy.WaitFor<CancelRejectedMessage>(m => m.ClientOrderId == 424242, cancellation, "CancelRejected");
        refused.Reason.Should().Be(RejectReason.UnknownOrder);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        gateway.Simulator.Counters.Cancels.Should().Be(0);
        gateway.Simulator.Counters.CancelRejects.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_cancel_of_a_filled_order_is_refused(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        strategy.NewOrder(1, 50, 190.05m);
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 1 && m.Kind == FillKind.Full, cancellation, "the full fill");

        strategy.Cancel(1);

        var refused = strategy.WaitFor<CancelRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "CancelRejected");
        refused.Reason.Should().BeOneOf(RejectReason.OrderNotOpen, RejectReason.VenueRejected);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        strategy.Recorder.All<CanceledMessage>().Should().BeEmpty();
        gateway.Simulator.Counters.Cancels.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_replace_to_a_crossing_price_is_confirmed_then_filled_under_the_new_id(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        strategy.Rest(1, cancellation, quantity: 100);

        strategy.Replace(1, 2, 100, 190.05m);

        var replaced = strategy.WaitFor<ReplacedMessage>(m => m.OrigClientOrderId == 1, cancellation, "Replaced");
        replaced.ClientOrderId.Should().Be(2);
        replaced.Quantity.Should().Be(100);
        replaced.Price.Should().Be(FixedPoint.FromDecimal(190.05m));
        var fill = strategy.WaitFor<FillMessage>(m => m.Kind == FillKind.Full, cancellation, "the fill after the replace");
        fill.ClientOrderId.Should().Be(2);
        fill.Quantity.Should().Be(100);
        fill.Price.Should().Be(FixedPoint.FromDecimal(190.01m));
        strategy.Recorder.All<FillMessage>().Should().OnlyContain(f => f.ClientOrderId == 2);
        gateway.Simulator.Counters.Replaces.Should().Be(1);
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_replace_to_less_than_what_filled_is_refused(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        // A bid of 200 at 190.00 is inside the market maker's spread (189.99 / 190.01): it rests as the best bid, and
        // another strategy's sell of 100 at 190.00 fills half of it. (The market maker refills a level it traded, so a
        // buy sweeping its asks fills in full.)
        strategy.Rest(1, cancellation, quantity: 200, price: 190.00m);
        var seller = gateway.Connect(cancellation, FlowSetup.OtherStrategyId, FlowSetup.OtherToken);
        seller.NewOrder(77, 100, 190.00m, Side.Sell);
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 1 && m.CumQuantity == 100, cancellation, "the partial fill");

        strategy.Replace(1, 2, 50, 190.01m);

        var refused = strategy.WaitFor<CancelRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "CancelRejected");
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        refused.RequestClientOrderId.Should().Be(2);
        refused.Reason.Should().NotBe(RejectReason.None);
        strategy.Recorder.All<ReplacedMessage>().Should().BeEmpty();

        // The order is still open under its own id: a cancel takes the 100 left.
        strategy.Cancel(1);
        strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == 1, cancellation, "Canceled").CanceledQuantity.Should().Be(100);
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_replace_to_a_client_order_id_already_used_is_refused_by_the_gateway(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        strategy.Rest(1, cancellation);
        strategy.Rest(2, cancellation);

        strategy.Replace(1, 2, 20, 189.50m);

        var refused = strategy.WaitFor<CancelRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "CancelRejected");
        refused.Reason.Should().Be(RejectReason.DuplicateClientOrderId);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        refused.RequestClientOrderId.Should().Be(2);
        gateway.Simulator.Counters.Replaces.Should().Be(0);
        gateway.Simulator.Counters.CancelRejects.Should().Be(0);
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_replace_that_breaks_a_risk_limit_is_refused_and_the_order_stays_as_it_was(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup { Strategy = l => l with { MaxOrderQuantity = 100 } }, cancellation);
        var strategy = gateway.Connect(cancellation);
        strategy.Rest(1, cancellation, quantity: 50);

        strategy.Replace(1, 2, 150, 189.00m);

        var refused = strategy.WaitFor<CancelRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "CancelRejected");
        refused.Reason.Should().Be(RejectReason.RiskCheck);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
        refused.RequestClientOrderId.Should().Be(2);
        refused.Text.ToString().Should().NotBeEmpty("the text names the check (CancelRejected has no RiskCheck field)");
        gateway.Simulator.Counters.Replaces.Should().Be(0);

        strategy.Cancel(1);
        strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == 1, cancellation, "Canceled 1").CanceledQuantity.Should().Be(50);
    }
}
