using FluentAssertions;
using Gateway.RiskChecks.Config;
using Gateway.RiskChecks.Orders;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>Checks against what is already used: open orders, positions at worst case, daily notional, ids.</summary>
public class UsageChecksTests
{
    [Test]
    public void Max_open_orders_counts_passed_orders_until_they_are_done()
    {
        var engine = Engine(BaseStrategy with { MaxOpenOrders = 3 });
        var first = Buy(1, 10m);
        engine.Check(first, Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxOpenOrders, 3, 4));

        engine.OnCanceled(Strategy, first.ClientOrderId).Should().Be(LifecycleResult.Applied);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
        engine.Usage.Strategy(Strategy).OpenOrders.Should().Be(3);
    }

    [Test]
    public void Long_position_limit_counts_open_buys_at_worst_case()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxLongPosition = 1000 });
        var first = Buy(600, 100m);
        engine.Check(first, Monday).Passed.Should().BeTrue();
        var second = Buy(400, 100m);

        engine.Check(second, Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 100m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxLongPosition, 1000, 1001));

        // A fill moves quantity from open to position: the worst case is the same.
        engine.OnFilled(Strategy, first.ClientOrderId, 600, Px(100m), Monday);
        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = 600L, OpenBuy = 400L, OpenSell = 0L });
        engine.Check(Buy(1, 100m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxLongPosition, 1000, 1001));

        engine.OnCanceled(Strategy, second.ClientOrderId);
        engine.Check(Buy(400, 100m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Short_position_limit_counts_every_open_sell_and_ignores_open_buys()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxShortPosition = 500 });
        engine.Check(Buy(1000, 100m), Monday).Passed.Should().BeTrue();
        engine.Check(Sell(300, 100m), Monday).Passed.Should().BeTrue();

        engine.Check(Order(Side.SellShort, 200, 100m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Sell(1, 100m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxShortPosition, 500, 501));
    }

    [Test]
    public void A_long_position_makes_room_for_sells()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxShortPosition = 500 });
        engine.Admin.SetPosition(Account, Instrument, 200);
        engine.ApplyCommands();

        engine.Check(Sell(700, 100m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Sell(1, 100m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxShortPosition, 500, 501));
    }

    [Test]
    public void Strategy_daily_notional_counts_open_and_filled_and_releases_cancels()
    {
        var engine = Engine(BaseStrategy with { MaxDailyNotional = 10_000m });
        var first = Buy(60, 100m);
        engine.Check(first, Monday).Passed.Should().BeTrue();
        var second = Sell(40, 100m);

        engine.Check(second, Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 100m), Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyDailyNotional, Px(10_000m), Px(10_100m)));

        // Fill at a better price: the filled notional replaces the reservation at the fill price.
        engine.OnFilled(Strategy, first.ClientOrderId, 60, Px(90m), Monday);
        engine.Usage.Strategy(Strategy).Should().BeEquivalentTo(new { OpenNotional = Px(4_000m), FilledNotional = Px(5_400m) });
        engine.Check(Buy(6, 100m), Monday).Should().Be(RiskResult.Pass);

        engine.OnCanceled(Strategy, second.ClientOrderId);
        engine.Usage.Strategy(Strategy).DailyNotional.Should().Be(Px(6_000m));
    }

    [Test]
    public void Account_credit_limit_counts_every_strategy_of_the_account()
    {
        var limits = new RiskLimits
        {
            Capacity = SmallCapacity,
            Strategies = [BaseStrategy, BaseStrategy with { Id = 2 }],
            Accounts = [new AccountLimits { Id = Account, CreditLimit = 5_000m }],
            Instruments = [BaseInstrument],
        };
        var engine = new RiskEngine(limits);
        engine.Check(Buy(30, 100m), Monday).Passed.Should().BeTrue();

        engine.Check(Buy(20, 100m) with { StrategyId = 2 }, Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 100m) with { StrategyId = 2 }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.AccountCreditLimit, Px(5_000m), Px(5_100m)));
        engine.Usage.Account(Account).OpenNotional.Should().Be(Px(5_000m));
    }

    [Test]
    public void Daily_notional_of_fills_resets_at_the_start_of_the_next_trading_day()
    {
        var engine = Engine(BaseStrategy with { MaxDailyNotional = 10_000m }, dayStart: TimeSpan.FromHours(22));
        var evening = Monday + (21 * 3600 * Second);
        var filled = Buy(80, 100m);
        engine.Check(filled, evening).Passed.Should().BeTrue();
        engine.OnFilled(Strategy, filled.ClientOrderId, 80, Px(100m), evening);
        var open = Buy(10, 100m);
        engine.Check(open, evening).Passed.Should().BeTrue();

        var beforeRollover = Monday + (22 * 3600 * Second) - 1;
        engine.Check(Buy(11, 100m), beforeRollover).Should().Be(RiskResult.Reject(RiskCheck.StrategyDailyNotional, Px(10_000m), Px(10_100m)));

        // 22:00 starts Tuesday's trading day: Monday's fills no longer count, the open order still does.
        var rollover = Monday + (22 * 3600 * Second);
        engine.Check(Buy(90, 100m), rollover).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 100m), rollover).Should().Be(RiskResult.Reject(RiskCheck.StrategyDailyNotional, Px(10_000m), Px(10_100m)));
        engine.Usage.TradingDayStartNanos.Should().Be(rollover);
    }

    [Test]
    public void Daily_usage_can_be_reset_by_command()
    {
        var engine = Engine(BaseStrategy with { MaxDailyNotional = 1_000m });
        var order = Buy(10, 100m);
        engine.Check(order, Monday);
        engine.OnFilled(Strategy, order.ClientOrderId, 10, Px(100m), Monday);
        engine.Check(Buy(1, 1m), Monday).Check.Should().Be(RiskCheck.StrategyDailyNotional);

        engine.Admin.ResetDailyUsage();

        engine.Check(Buy(1, 1m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Duplicate_client_order_id_rejects_even_after_the_order_is_done()
    {
        var engine = Engine();
        engine.Check(Buy(1, 10m, clientOrderId: 555), Monday).Should().Be(RiskResult.Pass);
        engine.OnCanceled(Strategy, 555);

        engine.Check(Buy(1, 10m, clientOrderId: 555), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.DuplicateClientOrderId, 0, 555));
    }

    [Test]
    public void Client_order_ids_are_per_strategy()
    {
        var engine = new RiskEngine(new RiskLimits
        {
            Capacity = SmallCapacity,
            Strategies = [BaseStrategy, BaseStrategy with { Id = 2 }],
            Instruments = [BaseInstrument],
        });

        engine.Check(Buy(1, 10m, clientOrderId: 1), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m, clientOrderId: 1) with { StrategyId = 2 }, Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Used_client_order_ids_are_forgotten_at_day_rollover_but_not_those_of_open_orders()
    {
        var engine = Engine();
        engine.Check(Buy(1, 10m, clientOrderId: 1), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m, clientOrderId: 2), Monday).Passed.Should().BeTrue();
        engine.OnCanceled(Strategy, 1);
        var tuesday = Monday + (24 * 3600 * Second);

        engine.Check(Buy(1, 10m, clientOrderId: 1), tuesday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m, clientOrderId: 2), tuesday).Should().Be(RiskResult.Reject(RiskCheck.DuplicateClientOrderId, 0, 2));
    }

    [TestCase(long.MinValue)]
    [TestCase(0L)]
    [TestCase(long.MaxValue)]
    public void Any_long_is_a_client_order_id(long id)
    {
        var engine = Engine();

        engine.Check(Buy(1, 10m, clientOrderId: id), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m, clientOrderId: id), Monday).Check.Should().Be(RiskCheck.DuplicateClientOrderId);
    }

    [Test]
    public void Client_order_id_capacity_rejects_when_full()
    {
        var engine = Engine(BaseStrategy with { ClientOrderIdCapacity = 2 });
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.ClientOrderIdCapacity, 2, 3));
    }

    [Test]
    public void Order_table_full_rejects()
    {
        var engine = Engine(capacity: SmallCapacity with { MaxOpenOrders = 2 });
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.OrderTableFull, 2, 3));
    }

    [Test]
    public void Position_table_full_rejects_a_new_pair_only()
    {
        var engine = new RiskEngine(new RiskLimits
        {
            Capacity = SmallCapacity with { MaxPositions = 1 },
            Strategies = [BaseStrategy],
            Instruments = [BaseInstrument, BaseInstrument with { Id = 43 }],
        });
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m) with { InstrumentId = 43 }, Monday).Should().Be(RiskResult.Reject(RiskCheck.PositionTableFull, 1, 2));
    }
}
