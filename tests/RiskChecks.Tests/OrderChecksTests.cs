using FluentAssertions;
using Gateway.RiskChecks.Orders;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>Checks of the order on its own: each passes at its limit and rejects just over it, naming both.</summary>
public class OrderChecksTests
{
    [Test]
    public void Strategy_max_order_quantity()
    {
        var engine = Engine(BaseStrategy with { MaxOrderQuantity = 1000 });

        engine.Check(Buy(1000, 10m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1001, 10m), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, 1000, 1001));
    }

    [Test]
    public void Instrument_max_order_quantity()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxOrderQuantity = 800 });

        engine.Check(Sell(800, 10m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Sell(801, 10m), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.InstrumentMaxOrderQuantity, 800, 801));
    }

    [Test]
    public void Strategy_max_order_notional()
    {
        var engine = Engine(BaseStrategy with { MaxOrderNotional = 100_000m });

        engine.Check(Buy(1000, 100m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1000, 100.00000001m), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderNotional, Px(100_000m), Px(100_000.00001m)));
    }

    [Test]
    public void Instrument_max_order_notional()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxOrderNotional = 50_000m });

        engine.Check(Buy(500, 100m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(501, 100m), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.InstrumentMaxOrderNotional, Px(50_000m), Px(50_100m)));
    }

    [Test]
    public void Notional_that_overflows_a_long_saturates_and_is_rejected()
    {
        var engine = Engine(BaseStrategy with { MaxOrderNotional = 1_000_000m });
        var huge = Buy(long.MaxValue / 2, 1_000m);

        engine.Check(huge, Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderNotional, Px(1_000_000m), long.MaxValue));
    }

    [Test]
    public void Price_collar_in_percent_both_sides_of_the_reference()
    {
        var engine = Engine(instrument: BaseInstrument with { CollarPercent = 10m });

        engine.Check(Buy(1, 110m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Sell(1, 90m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 110.00000001m), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(110m), Px(110.00000001m)));
        engine.Check(Sell(1, 89.99999999m), Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(90m), Px(89.99999999m)));
    }

    [Test]
    public void Price_collar_in_ticks()
    {
        var engine = Engine(instrument: BaseInstrument with { ReferencePrice = 50m, CollarTicks = 5, TickSize = 0.01m });

        engine.Check(Buy(1, 50.05m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 50.06m), Monday).Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(50.05m), Px(50.06m)));
        engine.Check(Sell(1, 49.94m), Monday).Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(49.95m), Px(49.94m)));
    }

    [Test]
    public void Price_collar_follows_the_last_trade_when_configured_so()
    {
        var engine = Engine(
            BaseStrategy,
            BaseInstrument with { CollarPercent = 10m, ReferenceSource = Config.ReferencePriceSource.LastTrade });
        var first = Buy(10, 105m);
        engine.Check(first, Monday).Passed.Should().BeTrue();

        engine.OnFilled(Strategy, first.ClientOrderId, 10, Px(120m), Monday).Should().Be(LifecycleResult.Applied);

        engine.Check(Buy(1, 132m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 132.01m), Monday).Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(132m), Px(132.01m)));
    }

    [Test]
    public void Static_reference_price_can_be_set_at_run_time()
    {
        var engine = Engine(instrument: BaseInstrument with { CollarPercent = 10m });

        engine.Admin.SetReferencePrice(Instrument, 200m);
        engine.ApplyCommands();

        engine.Check(Buy(1, 220m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 110m), Monday).Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(180m), Px(110m)));
    }

    [Test]
    public void Collar_without_a_reference_price_rejects()
    {
        var engine = Engine(instrument: new() { Id = Instrument, CollarPercent = 5m });

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.NoReferencePrice, 0, Instrument));
    }

    [Test]
    public void Market_order_is_valued_at_the_reference_price()
    {
        var engine = Engine(BaseStrategy with { MaxOrderNotional = 1_000m });
        var market = Buy(10, 0m) with { Type = OrderType.Market };

        engine.Check(market, Monday).Should().Be(RiskResult.Pass);
        engine.Check(market with { Quantity = 11, ClientOrderId = 99_999 }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderNotional, Px(1_000m), Px(1_100m)));
    }

    [Test]
    public void Market_order_without_a_reference_price_rejects()
    {
        var engine = Engine(instrument: new() { Id = Instrument });

        engine.Check(Buy(10, 0m) with { Type = OrderType.Market }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.NoReferencePrice, 0, Instrument));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void Quantity_must_be_positive(long quantity)
    {
        var engine = Engine();

        engine.Check(Buy(quantity, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.InvalidQuantity, 1, quantity));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Limit_price_must_be_positive(decimal price)
    {
        var engine = Engine();

        engine.Check(Buy(1, price), Monday).Should().Be(RiskResult.Reject(RiskCheck.InvalidPrice, 0, Px(price)));
    }

    [TestCase(2)]
    [TestCase(-1)]
    [TestCase(1_000_000)]
    public void Unknown_strategy_rejects(int strategyId)
    {
        var engine = Engine();

        engine.Check(Buy(1, 10m) with { StrategyId = strategyId }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.UnknownStrategy, 0, strategyId));
    }

    [TestCase(43)]
    [TestCase(-1)]
    [TestCase(128)]
    public void Unknown_instrument_rejects(int instrumentId)
    {
        var engine = Engine();

        engine.Check(Buy(1, 10m) with { InstrumentId = instrumentId }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.UnknownInstrument, 0, instrumentId));
    }

    [TestCase(8)]
    [TestCase(-3)]
    [TestCase(100_000)]
    public void Strategy_must_be_entitled_to_the_account(int accountId)
    {
        var engine = Engine();

        engine.Check(Buy(1, 10m) with { AccountId = accountId }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.AccountNotEntitled, 0, accountId));
    }

    [TestCase(1)]
    [TestCase(-1)]
    [TestCase(64)]
    public void Strategy_must_be_entitled_to_the_venue(int venueId)
    {
        var engine = Engine();

        engine.Check(Buy(1, 10m) with { VenueId = venueId }, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.VenueNotEntitled, 0, venueId));
    }

    [Test]
    public void Restricted_instrument_rejects()
    {
        var engine = Engine(instrument: BaseInstrument with { Restricted = true });

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.RestrictedInstrument, 0, Instrument));
    }

    [Test]
    public void A_rejected_order_reserves_nothing()
    {
        var engine = Engine(BaseStrategy with { MaxOrderQuantity = 10 });

        engine.Check(Buy(11, 10m), Monday).Rejected.Should().BeTrue();

        engine.OpenOrderCount.Should().Be(0);
        engine.Usage.Strategy(Strategy).OpenNotional.Should().Be(0);
        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(0);
        engine.Usage.Rejects(RiskCheck.StrategyMaxOrderQuantity).Should().Be(1);
        engine.Usage.Strategy(Strategy).Rejected.Should().Be(1);
    }
}
