using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Interop;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// What the gateway does on its own with orders resting at ordermatch (see <see cref="GatewayOrderMatchTests"/>):
/// a replace the venue cannot do, a mass cancel, cancel on disconnect, and logging the venues out on shutdown.
/// </summary>
[Category("Interop")]
[Category("System")]
public class GatewayOrderMatchLifecycleTests : GatewayInteropTest
{
    private const int VenueA = OrderMatchSetup.VenueA;
    private const int VenueB = OrderMatchSetup.VenueB;

    [Test]
    [CancelAfter(90_000)]
    public void A_replace_the_venue_does_not_support_is_refused_and_the_original_order_carries_on(CancellationToken cancellation)
    {
        // ordermatch has no handler for OrderCancelReplaceRequest: QuickFIX answers it with a BusinessMessageReject.
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        using var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        using var buyer = LogIn(gateway, peer, 0, cancellation, VenueA);

        buyer.SendLimit(1, InteropPlan.Ibm, VenueA, Side.Buy, 100, 20.0m);
        buyer.WaitFor(1, StrategyEventKind.VenueAccepted, Reply, cancellation);
        buyer.SendReplace(1, 2, 150, 20.1m);

        var refused = buyer.WaitFor(1, StrategyEventKind.CancelRejected, Reply, cancellation);
        refused.RejectReason.Should().Be(RejectReason.VenueRejected, buyer.Describe());
        refused.RequestClientOrderId.Should().Be(2, buyer.Describe());
        PeerLog.WaitForIncoming(peer, m => m.Any(x => x.MsgType == "G"), Reply, cancellation, "the replace");
        peer.WaitForLog("\u000135=j\u0001", Reply, cancellation);

        // The original is still working at the venue: a cancel of it is answered (ordermatch is silent otherwise).
        buyer.SendCancel(1);
        var canceled = buyer.WaitFor(1, StrategyEventKind.Canceled, Reply, cancellation);
        canceled.Quantity.Should().Be(100, "the original's quantity, the replace never happened: {0}", buyer.Describe());
        buyer.EventsOf(1).Select(e => e.Kind).Should().Equal(
            [StrategyEventKind.OrderAccepted, StrategyEventKind.VenueAccepted, StrategyEventKind.CancelRejected, StrategyEventKind.Canceled],
            buyer.Describe());
        buyer.EventsOf(2).Should().NotContain(e => e.Kind == StrategyEventKind.Replaced || e.Kind == StrategyEventKind.Fill);
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void A_mass_cancel_cancels_the_strategys_resting_orders_and_no_one_elses(CancellationToken cancellation)
    {
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        using var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        using var buyer = LogIn(gateway, peer, 0, cancellation, VenueA, VenueB);
        using var seller = LogIn(gateway, peer, 1, cancellation, VenueA, VenueB);

        buyer.SendLimit(1, InteropPlan.Ibm, VenueA, Side.Buy, 100, 20.0m);
        buyer.SendLimit(2, InteropPlan.Ibm, VenueA, Side.Buy, 200, 20.1m);
        seller.SendLimit(1, InteropPlan.Ibm, VenueB, Side.Sell, 300, 21.0m);
        buyer.WaitFor(1, StrategyEventKind.VenueAccepted, Reply, cancellation);
        buyer.WaitFor(2, StrategyEventKind.VenueAccepted, Reply, cancellation);
        seller.WaitFor(1, StrategyEventKind.VenueAccepted, Reply, cancellation);

        buyer.SendMassCancel();

        foreach ((long id, long quantity) in new[] { (1L, 100L), (2L, 200L) })
        {
            var canceled = buyer.WaitFor(id, StrategyEventKind.Canceled, Reply, cancellation);
            canceled.CancelReason.Should().Be(CancelReason.MassCancel, buyer.Describe());
            canceled.Quantity.Should().Be(quantity, buyer.Describe());
        }

        // The seller's order was not touched: its own cancel finds it working at the venue.
        seller.SendCancel(1);
        seller.WaitFor(1, StrategyEventKind.Canceled, Reply, cancellation).CancelReason.Should().Be(CancelReason.Requested);
        seller.EventsOf(1).Select(e => e.Kind).Should().Equal(
            [StrategyEventKind.OrderAccepted, StrategyEventKind.VenueAccepted, StrategyEventKind.Canceled], seller.Describe());
        // Three cancels reached ordermatch, no more (the log reaches us through a pipe: wait for it).
        PeerLog.WaitForIncoming(peer, m => m.Count(x => x.MsgType == "F") >= 3, Reply, cancellation, "three cancels")
            .Count(m => m.MsgType == "F").Should().Be(3, peer.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void A_strategy_that_disconnects_has_its_resting_order_canceled_at_the_venue_and_is_told_on_its_next_login(
        CancellationToken cancellation)
    {
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        using var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        var buyer = LogIn(gateway, peer, 0, cancellation, VenueA);
        long clOrdId;
        long reportsBefore;
        try
        {
            buyer.SendLimit(1, InteropPlan.Ibm, VenueA, Side.Buy, 100, 20.0m);
            buyer.WaitFor(1, StrategyEventKind.VenueAccepted, Reply, cancellation);
            clOrdId = long.Parse(
                PeerLog.WaitForIncoming(peer, m => m.Any(x => x.MsgType == "D"), Reply, cancellation, "the order").Single(m => m.MsgType == "D").Field(11)!,
                global::System.Globalization.CultureInfo.InvariantCulture);
            reportsBefore = gateway.Counters.VenueReports.Value;
        }
        finally
        {
            buyer.Dispose();
        }

        // The gateway cancels at the venue (cancel on disconnect is on) and applies ordermatch's Canceled report.
        var canceledAtVenue = PeerLog.Messages(peer.Log);
        Wait.Until(
            () => (canceledAtVenue = PeerLog.Messages(peer.Log)).Any(m => !m.Incoming && m.MsgType == "8" && m.Field(150) == "4"),
            Reply,
            cancellation,
            "ordermatch's Canceled report",
            () => gateway.Describe() + Environment.NewLine + peer.Describe());
        canceledAtVenue.Single(m => m.Incoming && m.MsgType == "F").Field(41).Should().Be(
            clOrdId.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        Wait.Until(() => gateway.Counters.VenueReports.Value > reportsBefore, Reply, cancellation, "the gateway to apply it", gateway.Describe);

        using var again = LogIn(gateway, peer, 0, cancellation, VenueA);
        var status = again.WaitFor(1, StrategyEventKind.OrderStatus, Reply, cancellation);
        status.OrderState.Should().Be(OrderStatus.Canceled, again.Describe());
        status.LeavesQuantity.Should().Be(0, again.Describe());
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void Stopping_the_gateway_logs_both_venue_sessions_out(CancellationToken cancellation)
    {
        using var peer = StartPeer(OrderMatchSetup.Peer, cancellation);
        var gateway = StartGateway(OrderMatchSetup.Venues(peer));
        try
        {
            using var strategy = LogIn(gateway, peer, 0, cancellation, VenueA, VenueB);
        }
        finally
        {
            gateway.Dispose();
        }

        var logouts = PeerLog.WaitForIncoming(
            peer, m => m.Count(x => x.MsgType == "5") == 2, Reply, cancellation, "a Logout on each session");
        logouts.Where(m => m.MsgType == "5").Select(m => m.Field(49)).Should().BeEquivalentTo(["GWA", "GWB"]);
        peer.Log.Should().NotContain("\u000135=3\u0001", "ordermatch rejected nothing the gateway sent");
    }
}
