using FluentAssertions;
using Gateway.RiskChecks.Config;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>Limits change at run time through commands the risk thread applies before its next order.</summary>
public class RuntimeLimitsTests
{
    [Test]
    public void A_lowered_limit_applies_to_the_next_order_and_usage_stays()
    {
        var engine = Engine(BaseStrategy with { MaxOrderQuantity = 1000 });
        engine.Check(Buy(500, 10m), Monday).Passed.Should().BeTrue();

        var number = engine.Admin.SetStrategyLimits(BaseStrategy with { MaxOrderQuantity = 100 });

        engine.Admin.Applied.Should().Be(number - 1);
        engine.Check(Buy(101, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, 100, 101));
        engine.Admin.Applied.Should().Be(number);
        engine.Usage.Strategy(Strategy).OpenOrders.Should().Be(1);
    }

    [Test]
    public void Commands_apply_in_the_order_sent()
    {
        var engine = Engine();

        engine.Admin.SetInstrumentLimits(BaseInstrument with { MaxOrderQuantity = 5 });
        engine.Admin.SetInstrumentLimits(BaseInstrument with { MaxOrderQuantity = 7 });

        engine.Check(Buy(8, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.InstrumentMaxOrderQuantity, 7, 8));
    }

    [Test]
    public void Poll_applies_commands_without_an_order()
    {
        var engine = Engine();
        engine.Admin.SetAccountLimits(new AccountLimits { Id = Account, CreditLimit = 1m });
        engine.Admin.SetVenueLimits(new VenueLimits { Id = Venue, MessageRate = new MessageRateLimit(1, TimeSpan.FromSeconds(1)) });

        engine.Poll(Monday).Should().Be(2);
        engine.Poll(Monday).Should().Be(0);

        engine.Usage.CommandsApplied.Should().Be(2);
        engine.Check(Buy(1, 2m), Monday).Should().Be(RiskResult.Reject(RiskCheck.AccountCreditLimit, Px(1m), Px(2m)));
    }

    [Test]
    public void Reloading_all_limits_keeps_usage_and_unconfigures_what_is_left_out()
    {
        var limits = new RiskLimits
        {
            Capacity = SmallCapacity,
            Strategies = [BaseStrategy, BaseStrategy with { Id = 2 }],
            Instruments = [BaseInstrument with { MaxLongPosition = 100 }],
        };
        var engine = new RiskEngine(limits);
        engine.Check(Buy(60, 10m), Monday).Passed.Should().BeTrue();

        engine.Admin.SetLimits(limits with
        {
            Strategies = [BaseStrategy],
            Instruments = [BaseInstrument with { MaxLongPosition = 80 }],
        });

        engine.Check(Buy(21, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxLongPosition, 80, 81));
        engine.Check(Buy(1, 10m) with { StrategyId = 2 }, Monday).Should().Be(RiskResult.Reject(RiskCheck.UnknownStrategy, 0, 2));
    }

    [Test]
    public void A_strategy_added_at_run_time_can_trade()
    {
        var engine = Engine();

        engine.Admin.SetStrategyLimits(BaseStrategy with { Id = 5 });

        engine.Check(Buy(1, 10m) with { StrategyId = 5 }, Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void A_smaller_id_capacity_keeps_the_ids_used_today()
    {
        var engine = Engine();
        engine.Check(Buy(1, 10m, clientOrderId: 77), Monday).Passed.Should().BeTrue();

        engine.Admin.SetStrategyLimits(BaseStrategy with { ClientOrderIdCapacity = 2 });

        engine.Check(Buy(1, 10m, clientOrderId: 77), Monday).Check.Should().Be(RiskCheck.DuplicateClientOrderId);
        engine.Check(Buy(1, 10m, clientOrderId: 78), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m, clientOrderId: 79), Monday).Should().Be(RiskResult.Reject(RiskCheck.ClientOrderIdCapacity, 2, 3));
    }

    [Test]
    public void Bad_limits_are_refused_on_the_admin_thread()
    {
        var engine = Engine();

        var badQuantity = () => engine.Admin.SetStrategyLimits(BaseStrategy with { MaxOrderQuantity = 0 });
        var badId = () => engine.Admin.SetInstrumentLimits(BaseInstrument with { Id = SmallCapacity.MaxInstruments });
        var bothCollars = () => engine.Admin.SetInstrumentLimits(BaseInstrument with { CollarPercent = 1m, CollarTicks = 2, TickSize = 0.01m });
        var badAccount = () => engine.Admin.SetStrategyLimits(BaseStrategy with { Accounts = [-1] });
        var newCapacity = () => engine.Admin.SetLimits(new RiskLimits { Capacity = SmallCapacity with { MaxVenues = 5 } });

        badQuantity.Should().Throw<ArgumentException>().WithMessage("*MaxOrderQuantity*");
        badId.Should().Throw<ArgumentException>().WithMessage("*instrument*");
        bothCollars.Should().Throw<ArgumentException>().WithMessage("*not both*");
        badAccount.Should().Throw<ArgumentException>().WithMessage("*account*");
        newCapacity.Should().Throw<ArgumentException>().WithMessage("*restart*");
        engine.Poll(Monday).Should().Be(0);
    }

    [Test]
    public void Moving_the_start_of_the_trading_day_keeps_todays_usage()
    {
        var limits = new RiskLimits
        {
            Capacity = SmallCapacity,
            Strategies = [BaseStrategy with { MaxDailyNotional = 1_000m }],
            Instruments = [BaseInstrument],
        };
        var engine = new RiskEngine(limits);
        var noon = Monday + (12 * 3600 * Second);
        var order = Buy(10, 100m);
        engine.Check(order, noon);
        engine.OnFilled(Strategy, order.ClientOrderId, 10, Px(100m), noon);

        engine.Admin.SetLimits(limits with { TradingDayStartUtc = TimeSpan.FromHours(22) });

        engine.Check(Buy(1, 1m), noon).Check.Should().Be(RiskCheck.StrategyDailyNotional);
        engine.Usage.TradingDayStartNanos.Should().Be(Monday - (2 * 3600 * Second));
        engine.Check(Buy(1, 1m), Monday + (22 * 3600 * Second)).Should().Be(RiskResult.Pass);
    }
}
