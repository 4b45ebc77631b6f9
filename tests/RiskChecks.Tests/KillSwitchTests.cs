using FluentAssertions;
using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.State;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>Kill switches at three levels block new orders only where they apply, and come off again.</summary>
public class KillSwitchTests
{
    private static RiskEngine TwoOfEach() => new(new RiskLimits
    {
        Capacity = SmallCapacity,
        Strategies = [BaseStrategy with { Venues = [0, 1] }, BaseStrategy with { Id = 2, Venues = [0, 1] }],
        Instruments = [BaseInstrument],
    });

    [Test]
    public void Global_kill_switch_blocks_every_strategy_and_venue()
    {
        var engine = TwoOfEach();

        engine.Admin.SetKillSwitch(KillSwitchLevel.Global, 0, on: true);

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.GlobalKillSwitch, 0, 0));
        engine.Check(Buy(1, 10m) with { StrategyId = 2, VenueId = 1 }, Monday).Check.Should().Be(RiskCheck.GlobalKillSwitch);
        engine.Usage.GlobalKillSwitch.Should().BeTrue();
        engine.Admin.SetKillSwitch(KillSwitchLevel.Global, 0, on: false);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Strategy_kill_switch_blocks_that_strategy_only()
    {
        var engine = TwoOfEach();

        engine.Admin.SetKillSwitch(KillSwitchLevel.Strategy, Strategy, on: true);

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyKillSwitch, 0, Strategy));
        engine.Check(Buy(1, 10m) with { StrategyId = 2 }, Monday).Should().Be(RiskResult.Pass);
        engine.Usage.IsKilled(KillSwitchLevel.Strategy, Strategy).Should().BeTrue();
        engine.Admin.SetKillSwitch(KillSwitchLevel.Strategy, Strategy, on: false);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Venue_kill_switch_blocks_that_venue_only()
    {
        var engine = TwoOfEach();

        engine.Admin.SetKillSwitch(KillSwitchLevel.Venue, 1, on: true);

        engine.Check(Buy(1, 10m) with { VenueId = 1 }, Monday).Should().Be(RiskResult.Reject(RiskCheck.VenueKillSwitch, 0, 1));
        engine.Check(Buy(1, 10m) with { StrategyId = 2, VenueId = 1 }, Monday).Check.Should().Be(RiskCheck.VenueKillSwitch);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Kill_switch_leaves_open_orders_for_the_caller_to_cancel()
    {
        var engine = TwoOfEach();
        engine.Check(Buy(1, 10m, clientOrderId: 11), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m, clientOrderId: 12) with { StrategyId = 2 }, Monday).Passed.Should().BeTrue();

        engine.Admin.SetKillSwitch(KillSwitchLevel.Strategy, Strategy, on: true);
        engine.ApplyCommands();
        var toCancel = new CollectStrategyOrders(Strategy);
        engine.ForEachOpenOrder(ref toCancel);

        toCancel.Ids.Should().Equal(11L);
        engine.OnCanceled(Strategy, 11).Should().Be(LifecycleResult.Applied);
        engine.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
    }

    [Test]
    public void Kill_switch_ids_outside_the_capacity_are_refused_on_the_admin_side()
    {
        var engine = TwoOfEach();

        var kill = () => engine.Admin.SetKillSwitch(KillSwitchLevel.Venue, SmallCapacity.MaxVenues, on: true);

        kill.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    [CancelAfter(30_000)]
    public void Kill_switch_from_another_thread_reaches_the_risk_thread(CancellationToken token)
    {
        var engine = TwoOfEach();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var riskThread = Task.Run(
            () =>
            {
                var id = 1_000_000L;
                while (!stop.IsCancellationRequested)
                {
                    var result = engine.Check(Buy(1, 10m, clientOrderId: id++), Monday);
                    if (result.Check == RiskCheck.GlobalKillSwitch)
                    {
                        return;
                    }

                    engine.OnCanceled(Strategy, id - 1);
                }
            },
            token);

        var number = engine.Admin.SetKillSwitch(KillSwitchLevel.Global, 0, on: true);
        engine.Admin.WaitUntilApplied(number, token);
        riskThread.Wait(token);

        engine.Usage.CommandsApplied.Should().BeGreaterThanOrEqualTo(number);
        engine.Usage.Rejects(RiskCheck.GlobalKillSwitch).Should().Be(1);
    }

    private struct CollectStrategyOrders(int strategyId) : IOpenOrderVisitor
    {
        public List<long> Ids { get; } = [];

        public readonly void Visit(in OpenOrder order)
        {
            if (order.StrategyId == strategyId)
            {
                Ids.Add(order.ClientOrderId);
            }
        }
    }
}
