using FluentAssertions;
using Gateway.RiskChecks.Orders;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>Order events move usage: accept, fills, cancels, rejects, expiry, and replaces.</summary>
public class LifecycleTests
{
    [Test]
    public void Partial_fills_then_cancel_release_the_rest()
    {
        var engine = Engine();
        var order = Buy(100, 10m);
        engine.Check(order, Monday).Passed.Should().BeTrue();
        engine.OnAccepted(Strategy, order.ClientOrderId).Should().Be(LifecycleResult.Applied);

        engine.OnFilled(Strategy, order.ClientOrderId, 30, Px(10m), Monday).Should().Be(LifecycleResult.Applied);
        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = 30L, OpenBuy = 70L });
        engine.Usage.Strategy(Strategy).Should().BeEquivalentTo(new { OpenNotional = Px(700m), FilledNotional = Px(300m) });

        engine.OnCanceled(Strategy, order.ClientOrderId).Should().Be(LifecycleResult.Applied);
        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = 30L, OpenBuy = 0L });
        engine.Usage.Strategy(Strategy).Should().BeEquivalentTo(new { OpenOrders = 0L, OpenNotional = 0L, FilledNotional = Px(300m) });
        engine.OpenOrderCount.Should().Be(0);
    }

    [Test]
    public void A_full_fill_closes_the_order()
    {
        var engine = Engine();
        var order = Sell(50, 10m);
        engine.Check(order, Monday);

        engine.OnFilled(Strategy, order.ClientOrderId, 20, Px(10m), Monday);
        engine.OnFilled(Strategy, order.ClientOrderId, 30, Px(11m), Monday).Should().Be(LifecycleResult.Applied);

        engine.OpenOrderCount.Should().Be(0);
        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = -50L, OpenSell = 0L });
        engine.Usage.Strategy(Strategy).FilledNotional.Should().Be(Px(530m));
        engine.OnCanceled(Strategy, order.ClientOrderId).Should().Be(LifecycleResult.UnknownOrder);
    }

    [Test]
    public void Venue_reject_and_expiry_release_everything()
    {
        var engine = Engine();
        var rejected = Buy(10, 10m);
        var expired = Buy(10, 10m);
        engine.Check(rejected, Monday);
        engine.Check(expired, Monday);

        engine.OnRejected(Strategy, rejected.ClientOrderId).Should().Be(LifecycleResult.Applied);
        engine.OnExpired(Strategy, expired.ClientOrderId).Should().Be(LifecycleResult.Applied);

        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(0);
        engine.Usage.Strategy(Strategy).DailyNotional.Should().Be(0);
    }

    [Test]
    public void Events_for_unknown_orders_and_bad_fills_are_counted_not_applied()
    {
        var engine = Engine();
        var order = Buy(10, 10m);
        engine.Check(order, Monday);

        engine.OnFilled(Strategy, 12345, 1, Px(10m), Monday).Should().Be(LifecycleResult.UnknownOrder);
        engine.OnAccepted(Strategy + 1, order.ClientOrderId).Should().Be(LifecycleResult.UnknownOrder);
        engine.OnFilled(Strategy, order.ClientOrderId, 0, Px(10m), Monday).Should().Be(LifecycleResult.InvalidFill);
        engine.OnFilled(Strategy, order.ClientOrderId, 1, 0, Monday).Should().Be(LifecycleResult.InvalidFill);
        engine.OnReplaced(Strategy, order.ClientOrderId).Should().Be(LifecycleResult.NoPendingReplace);

        engine.Usage.Anomalies(LifecycleResult.UnknownOrder).Should().Be(2);
        engine.Usage.Anomalies(LifecycleResult.InvalidFill).Should().Be(2);
        engine.Usage.Position(Account, Instrument).Position.Should().Be(0);
    }

    [Test]
    public void An_overfill_moves_the_position_in_full_and_closes_the_order()
    {
        var engine = Engine();
        var order = Buy(10, 10m);
        engine.Check(order, Monday);

        engine.OnFilled(Strategy, order.ClientOrderId, 12, Px(10m), Monday).Should().Be(LifecycleResult.Overfill);

        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = 12L, OpenBuy = 0L });
        engine.OpenOrderCount.Should().Be(0);
        engine.Usage.Anomalies(LifecycleResult.Overfill).Should().Be(1);
    }

    [Test]
    public void Replace_up_reserves_the_larger_order_until_answered()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxLongPosition = 150 });
        var order = Buy(100, 10m, clientOrderId: 1);
        engine.Check(order, Monday);

        engine.CheckReplace(order with { Quantity = 150, ClientOrderId = 2 }, 1, Monday).Should().Be(RiskResult.Pass);
        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(150);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.MaxLongPosition, 150, 151));

        engine.OnReplaceRejected(Strategy, 1).Should().Be(LifecycleResult.Applied);
        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(100);
    }

    [Test]
    public void Replace_down_keeps_the_old_size_until_the_venue_confirms()
    {
        var engine = Engine();
        var order = Buy(100, 10m, clientOrderId: 1);
        engine.Check(order, Monday);
        engine.OnFilled(Strategy, 1, 20, Px(10m), Monday);

        engine.CheckReplace(order with { Quantity = 50, Price = Px(12m), ClientOrderId = 2 }, 1, Monday).Should().Be(RiskResult.Pass);
        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(80);

        engine.OnReplaced(Strategy, 1).Should().Be(LifecycleResult.Applied);
        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = 20L, OpenBuy = 30L });
        engine.Usage.Strategy(Strategy).OpenNotional.Should().Be(Px(360m));
        engine.OnFilled(Strategy, 2, 30, Px(12m), Monday).Should().Be(LifecycleResult.Applied);
        engine.OpenOrderCount.Should().Be(0);
        engine.OnFilled(Strategy, 1, 1, Px(12m), Monday).Should().Be(LifecycleResult.UnknownOrder);
    }

    [Test]
    public void Replace_is_checked_like_a_new_order()
    {
        var engine = Engine(BaseStrategy with { MaxOrderQuantity = 100 }, BaseInstrument with { CollarPercent = 10m });
        var order = Buy(100, 100m, clientOrderId: 1);
        engine.Check(order, Monday);

        engine.CheckReplace(order with { Quantity = 101, ClientOrderId = 2 }, 1, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, 100, 101));
        engine.CheckReplace(order with { Price = Px(111m), ClientOrderId = 3 }, 1, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.PriceCollar, Px(110m), Px(111m)));
        engine.CheckReplace(order with { ClientOrderId = 1 }, 1, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.DuplicateClientOrderId, 0, 1));
    }

    [Test]
    public void Replace_may_change_only_quantity_and_price()
    {
        var engine = new RiskEngine(new Config.RiskLimits
        {
            Capacity = SmallCapacity,
            Strategies = [BaseStrategy with { Accounts = [Account, 8], Venues = [0, 1] }],
            Instruments = [BaseInstrument, BaseInstrument with { Id = 43 }],
        });
        var order = Buy(10, 10m, clientOrderId: 1);
        engine.Check(order, Monday);
        var mismatch = RiskResult.Reject(RiskCheck.ReplaceMismatch, 0, 0);

        engine.CheckReplace(order with { ClientOrderId = 2, AccountId = 8 }, 1, Monday).Should().Be(mismatch);
        engine.CheckReplace(order with { ClientOrderId = 3, InstrumentId = 43 }, 1, Monday).Should().Be(mismatch);
        engine.CheckReplace(order with { ClientOrderId = 4, VenueId = 1 }, 1, Monday).Should().Be(mismatch);
        engine.CheckReplace(order with { ClientOrderId = 5, Side = Side.Sell }, 1, Monday).Should().Be(mismatch);
    }

    [Test]
    public void Replace_of_an_unknown_or_already_replacing_order_rejects()
    {
        var engine = Engine();
        var order = Buy(10, 10m, clientOrderId: 1);
        engine.Check(order, Monday);

        engine.CheckReplace(order with { ClientOrderId = 2 }, 99, Monday).Should().Be(RiskResult.Reject(RiskCheck.UnknownOrder, 0, 99));
        engine.CheckReplace(order with { ClientOrderId = 3 }, 1, Monday).Should().Be(RiskResult.Pass);
        engine.CheckReplace(order with { ClientOrderId = 4 }, 1, Monday).Should().Be(RiskResult.Reject(RiskCheck.ReplacePending, 0, 1));
    }

    [Test]
    public void Replace_below_the_filled_quantity_rejects()
    {
        var engine = Engine();
        var order = Buy(10, 10m, clientOrderId: 1);
        engine.Check(order, Monday);
        engine.OnFilled(Strategy, 1, 6, Px(10m), Monday);

        engine.CheckReplace(order with { Quantity = 6, ClientOrderId = 2 }, 1, Monday)
            .Should().Be(RiskResult.Reject(RiskCheck.InvalidQuantity, 7, 6));
    }

    [Test]
    public void Many_orders_coming_and_going_keep_the_table_consistent()
    {
        var engine = Engine(capacity: SmallCapacity with { MaxOpenOrders = 16, ClientOrderIdsPerStrategy = 100_000 });
        var open = new List<long>();
        var random = new Random(7);
        for (var id = 1L; id < 20_000; id++)
        {
            if (open.Count < 16 && random.Next(2) == 0)
            {
                engine.Check(Buy(1, 1m, clientOrderId: id), Monday).Should().Be(RiskResult.Pass);
                open.Add(id);
            }
            else if (open.Count > 0)
            {
                var victim = open[random.Next(open.Count)];
                engine.OnCanceled(Strategy, victim).Should().Be(LifecycleResult.Applied);
                open.Remove(victim);
            }
        }

        engine.OpenOrderCount.Should().Be(open.Count);
        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(open.Count);
        foreach (var id in open)
        {
            engine.OnAccepted(Strategy, id).Should().Be(LifecycleResult.Applied);
        }
    }
}
