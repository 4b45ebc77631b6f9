using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Admin;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;

namespace Gateway.Tests.Pipeline;

/// <summary>Kill switch and mass cancels (console and strategy), cancel on disconnect, venue session up/down.</summary>
public sealed class AdminAndSessionTests
{
    [Test]
    public void The_global_kill_switch_cancels_every_open_order_tells_logged_in_strategies_and_refuses_new_orders()
    {
        using var h = TwoStrategiesWithOrders();

        var number = h.Admin.KillSwitch(KillSwitchLevel.Global, 0, on: true);
        h.Pump();

        h.Admin.Applied.Should().Be(number);
        var cancels = AllCancels(h);
        cancels.Select(c => c.OrigClOrdId).Should().BeEquivalentTo(
            new[] { h.Record(1).ClOrdId, h.Record(2).ClOrdId, h.Record(3).ClOrdId, h.Record(1, OtherStrategy).ClOrdId });
        h.Counters.GatewayCancels.Value.Should().Be(4);
        var status = h.Clients.Of<SessionStatusMessage>(Strategy).Should().ContainSingle().Subject;
        status.Code.Should().Be(SessionStatusCode.KillSwitchOn);
        status.VenueId.Should().Be(-1);
        status.StrategyId.Should().Be(Strategy);
        h.Clients.Of<SessionStatusMessage>(OtherStrategy).Should().BeEmpty("strategy 2 is not logged in");

        h.Canceled(1);
        h.Clients.Of<CanceledMessage>(Strategy).Should().ContainSingle().Which.Reason.Should().Be(CancelReason.KillSwitch);

        h.Clients.Clear();
        h.Send(Order(50));
        var rejected = h.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.Reason.Should().Be(RejectReason.RiskCheck);
        rejected.RiskCheck.Should().Be((ushort)RiskCheck.GlobalKillSwitch);
        h.Risk.Usage.GlobalKillSwitch.Should().BeTrue();

        h.Clients.Clear();
        h.Admin.KillSwitch(KillSwitchLevel.Global, 0, on: false);
        h.Pump();
        h.Clients.Single<SessionStatusMessage>(Strategy).Code.Should().Be(SessionStatusCode.KillSwitchOff);
        h.Send(Order(51));
        h.Clients.Of<OrderAcceptedMessage>(Strategy).Should().ContainSingle().Which.ClientOrderId.Should().Be(51);
    }

    [Test]
    public void A_strategy_kill_switch_cancels_and_tells_only_that_strategy()
    {
        using var h = TwoStrategiesWithOrders();
        h.LogIn(OtherStrategy);
        h.Clients.Clear();

        h.Admin.KillSwitch(KillSwitchLevel.Strategy, OtherStrategy, on: true);
        h.Pump();

        AllCancels(h).Should().ContainSingle().Which.OrigClOrdId.Should().Be(h.Record(1, OtherStrategy).ClOrdId);
        h.Clients.Of<SessionStatusMessage>(OtherStrategy).Should().ContainSingle().Which.Code.Should().Be(SessionStatusCode.KillSwitchOn);
        h.Clients.Of<SessionStatusMessage>(Strategy).Should().BeEmpty();

        h.Send(Order(60), OtherStrategy);
        h.Send(Order(60));
        h.Clients.Single<OrderRejectedMessage>(OtherStrategy).RiskCheck.Should().Be((ushort)RiskCheck.StrategyKillSwitch);
        h.Clients.Of<OrderAcceptedMessage>(Strategy).Should().ContainSingle();
    }

    [Test]
    public void A_venue_kill_switch_cancels_the_venues_orders()
    {
        using var h = TwoStrategiesWithOrders();

        h.Admin.KillSwitch(KillSwitchLevel.Venue, VenueB, on: true);
        h.Pump();

        h.Venue(VenueA).Requests.Should().NotContain(r => r.Kind == VenueRequestKind.Cancel);
        h.Venue(VenueB).Requests.Should().ContainSingle(r => r.Kind == VenueRequestKind.Cancel)
            .Which.OrigClOrdId.Should().Be(h.Record(2).ClOrdId);
        h.Clients.Single<SessionStatusMessage>(Strategy).VenueId.Should().Be(VenueB);
    }

    [Test]
    public void A_strategys_mass_cancel_cancels_its_own_matching_orders_only()
    {
        using var h = TwoStrategiesWithOrders();

        h.MassCancel(instrument: InstrumentA);

        AllCancels(h).Select(c => c.OrigClOrdId).Should().BeEquivalentTo(new[] { h.Record(1).ClOrdId, h.Record(3).ClOrdId });
        h.Counters.MassCancels.Value.Should().Be(1);
        h.Canceled(3);
        h.Clients.Of<CanceledMessage>(Strategy).Should().ContainSingle().Which.Reason.Should().Be(CancelReason.MassCancel);
    }

    [Test]
    public void The_consoles_mass_cancel_cancels_any_strategys_matching_orders()
    {
        using var h = TwoStrategiesWithOrders();

        var number = h.Admin.MassCancel(venueId: VenueA);
        h.Pump();

        h.Admin.Applied.Should().Be(number);
        AllCancels(h).Select(c => c.OrigClOrdId).Should().BeEquivalentTo(
            new[] { h.Record(1).ClOrdId, h.Record(3).ClOrdId, h.Record(1, OtherStrategy).ClOrdId });
    }

    [Test]
    public void A_mass_cancel_skips_orders_with_a_cancel_pending_and_tells_nobody()
    {
        using var h = TwoStrategiesWithOrders();
        h.Cancel(1);
        h.Clients.Clear();

        h.MassCancel();

        AllCancels(h).Should().HaveCount(3, "order 1's own cancel, then 2 and 3");
        h.Clients.Of<CancelRejectedMessage>().Should().BeEmpty();
    }

    [Test]
    public void Cancel_on_disconnect_cancels_the_strategys_open_orders()
    {
        using var h = TwoStrategiesWithOrders();

        h.Disconnect(Strategy);

        AllCancels(h).Select(c => c.OrigClOrdId).Should().BeEquivalentTo(
            new[] { h.Record(1).ClOrdId, h.Record(2).ClOrdId, h.Record(3).ClOrdId });
        h.Canceled(2);
        h.Clients.Of<CanceledMessage>(Strategy).Should().ContainSingle().Which.Reason.Should().Be(CancelReason.Disconnect);
    }

    [Test]
    public void Without_cancel_on_disconnect_the_orders_stay()
    {
        using var h = TwoStrategiesWithOrders(cancelOnDisconnect: false);

        h.Disconnect(Strategy);

        AllCancels(h).Should().BeEmpty();
        h.Book.OpenCount.Should().Be(4);
    }

    [Test]
    public void Venue_session_up_and_down_are_told_to_every_logged_in_strategy_once()
    {
        using var h = new PipelineHarness();
        h.LogIn(Strategy);
        h.LogIn(OtherStrategy);

        h.SessionUp(VenueA);
        h.SessionUp(VenueA);

        foreach (var strategy in new[] { Strategy, OtherStrategy })
        {
            var up = h.Clients.Single<SessionStatusMessage>(strategy);
            up.Code.Should().Be(SessionStatusCode.VenueUp);
            up.VenueId.Should().Be(VenueA);
            up.StrategyId.Should().Be(strategy);
            up.TimestampNanos.Should().Be(Start);
        }

        h.Clients.Clear();
        h.Disconnect(OtherStrategy);
        h.SessionDown(VenueA);

        var down = h.Clients.Single<SessionStatusMessage>(Strategy);
        down.Code.Should().Be(SessionStatusCode.VenueDown);
        down.Text.ToString().Should().Be("venue session down");
        h.Clients.Of<SessionStatusMessage>(OtherStrategy).Should().BeEmpty("strategy 2 disconnected");
    }

    [Test]
    public void A_strategy_logging_in_hears_which_venues_are_up()
    {
        using var h = new PipelineHarness();
        h.SessionUp(VenueB);

        h.LogIn(Strategy);

        var status = h.Clients.Single<SessionStatusMessage>(Strategy);
        status.Code.Should().Be(SessionStatusCode.VenueUp);
        status.VenueId.Should().Be(VenueB);
    }

    [Test]
    public void A_message_for_a_strategy_that_cannot_take_it_is_dropped_and_counted()
    {
        using var h = new PipelineHarness().Ready();
        h.Clients.Disconnected.Add(Strategy);

        h.Send(Order(1));

        h.Outbound.ClientDrops.Should().Be(1);
        h.Venue(VenueA).Requests.Should().ContainSingle("the order went out all the same");
    }

    [Test]
    public void A_kill_switch_for_an_id_outside_the_risk_capacity_does_not_throw_on_the_order_thread()
    {
        using var h = new PipelineHarness().Ready();
        var number = h.Admin.KillSwitch(KillSwitchLevel.Strategy, 999, on: true);

        var pump = h.Pump;

        pump.Should().NotThrow();
        h.Admin.Applied.Should().Be(number);
    }

    /// <summary>Strategy 1: orders 1 (A), 2 (B), 3 (A); strategy 2 (not logged in): order 1 (A); all accepted.</summary>
    private static PipelineHarness TwoStrategiesWithOrders(bool cancelOnDisconnect = true)
    {
        var h = new PipelineHarness(cancelOnDisconnect: cancelOnDisconnect).Ready();
        h.Send(Order(1));
        h.Send(Order(2, instrument: InstrumentB, price: 50m));
        h.Send(Order(3));
        h.Send(Order(1), OtherStrategy);
        h.Accept(1);
        h.Accept(2);
        h.Accept(3);
        h.Accept(1, strategy: OtherStrategy);
        h.Clients.Clear();
        return h;
    }

    private static List<VenueRequest> AllCancels(PipelineHarness h) =>
        h.Venues.SelectMany(v => v.Requests).Where(r => r.Kind == VenueRequestKind.Cancel).ToList();
}
