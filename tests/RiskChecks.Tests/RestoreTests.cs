using FluentAssertions;
using Gateway.RiskChecks.Orders;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>
/// After a restart the journal's orders are put back without checks: the engine's usage must be what it was when
/// the same orders went through it live, and it must go on from there the same way.
/// </summary>
public class RestoreTests
{
    // A day: open with fills (A), filled (B), canceled after a fill (C), replaced then filled (D by D2), replace in
    // flight (E by E2), rejected by the venue (F).
    private static readonly RiskOrder A = Buy(100, 10m, 101);
    private static readonly RiskOrder B = Sell(50, 12m, 102);
    private static readonly RiskOrder C = Buy(40, 9m, 103);
    private static readonly RiskOrder D = Buy(80, 10m, 104);
    private static readonly RiskOrder D2 = D with { Quantity = 120, Price = Px(10.5m), ClientOrderId = 105 };
    private static readonly RiskOrder E = Sell(60, 12m, 106);
    private static readonly RiskOrder E2 = E with { Quantity = 90, Price = Px(12.5m), ClientOrderId = 107 };
    private static readonly RiskOrder F = Buy(10, 10m, 108);

    [Test]
    public void Restored_usage_equals_the_usage_of_the_same_orders_checked_live()
    {
        var live = Live();
        var restored = Restored();

        Usage(restored).Should().BeEquivalentTo(Usage(live));
        restored.OpenOrderCount.Should().Be(live.OpenOrderCount).And.Be(3);
        Usage(live).Should().BeEquivalentTo(new
        {
            Position = new { Position = 50L - 50 + 10 + 50, OpenBuy = 50L + 70, OpenSell = 90L },
            Strategy = new { OpenOrders = 3L, FilledNotional = Px(300m + 220m + 600m + 90m + 200m + 315m) },
        });
    }

    [Test]
    public void A_restored_engine_goes_on_like_the_live_one()
    {
        var live = Live();
        var restored = Restored();

        foreach (var engine in new[] { live, restored })
        {
            engine.OnFilled(Strategy, A.ClientOrderId, 50, Px(10m), Monday).Should().Be(LifecycleResult.Applied);
            engine.OnReplaced(Strategy, E.ClientOrderId).Should().Be(LifecycleResult.Applied);
            engine.OnFilled(Strategy, E2.ClientOrderId, 10, Px(12.5m), Monday).Should().Be(LifecycleResult.Applied);
            engine.OnCanceled(Strategy, D2.ClientOrderId).Should().Be(LifecycleResult.Applied);
            engine.Check(Buy(5, 10m, B.ClientOrderId), Monday).Check.Should().Be(RiskCheck.DuplicateClientOrderId);
            engine.Check(Buy(5, 10m, F.ClientOrderId), Monday).Check.Should().Be(RiskCheck.DuplicateClientOrderId);
            engine.Check(Buy(5, 10m, 200), Monday).Passed.Should().BeTrue();
        }

        Usage(restored).Should().BeEquivalentTo(Usage(live));
        restored.OpenOrderCount.Should().Be(2);
    }

    [Test]
    public void A_restored_order_reserves_what_is_left_and_counts_against_the_limits()
    {
        var engine = Engine(strategy: BaseStrategy with { MaxOpenOrders = 1 });

        engine.RestoreOpenOrder(A, filledQuantity: 40, Monday).Should().Be(RestoreResult.Restored);

        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(60);
        engine.Usage.Strategy(Strategy).OpenNotional.Should().Be(Px(600m));
        engine.Check(Buy(1, 10m), Monday).Check.Should().Be(RiskCheck.MaxOpenOrders);
        engine.Check(Buy(1, 10m, A.ClientOrderId), Monday).Check.Should().Be(RiskCheck.DuplicateClientOrderId);
    }

    [Test]
    public void A_restore_skips_the_limits_the_order_passed_when_it_was_sent()
    {
        var engine = Engine(instrument: BaseInstrument with { MaxLongPosition = 10 });

        engine.RestoreOpenOrder(A, 0, Monday).Should().Be(RestoreResult.Restored);

        engine.Usage.Position(Account, Instrument).OpenBuy.Should().Be(100);
    }

    [Test]
    public void Bad_restores_are_refused_and_change_nothing()
    {
        var engine = Engine();
        engine.RestoreOpenOrder(A, 0, Monday);

        engine.RestoreOpenOrder(A, 0, Monday).Should().Be(RestoreResult.DuplicateClientOrderId);
        engine.RestoreOpenOrder(B with { StrategyId = 5 }, 0, Monday).Should().Be(RestoreResult.UnknownId);
        engine.RestoreOpenOrder(B with { InstrumentId = 9999 }, 0, Monday).Should().Be(RestoreResult.UnknownId);
        engine.RestoreOpenOrder(B, filledQuantity: 50, Monday).Should().Be(RestoreResult.InvalidQuantity);
        engine.RestoreOpenOrder(B, filledQuantity: -1, Monday).Should().Be(RestoreResult.InvalidQuantity);
        engine.RestorePendingReplace(E2, E.ClientOrderId, Monday).Should().Be(RestoreResult.UnknownOrder);
        engine.RestoreFills(Strategy, Account, Instrument, Side.Buy, 0, 0, 0, Monday).Should().Be(RestoreResult.InvalidQuantity);
        engine.RestoreClientOrderId(Strategy, A.ClientOrderId, Monday).Should().Be(RestoreResult.DuplicateClientOrderId);
        engine.RestoreClientOrderId(6, 1, Monday).Should().Be(RestoreResult.UnknownId);

        engine.OpenOrderCount.Should().Be(1);
        engine.Usage.Position(Account, Instrument).Should().BeEquivalentTo(new { Position = 0L, OpenBuy = 100L, OpenSell = 0L });
    }

    [Test]
    public void A_second_pending_replace_for_the_same_order_is_refused()
    {
        var engine = Engine();
        engine.RestoreOpenOrder(E, 0, Monday);
        engine.RestorePendingReplace(E2, E.ClientOrderId, Monday).Should().Be(RestoreResult.Restored);

        engine.RestorePendingReplace(E2 with { ClientOrderId = 300 }, E.ClientOrderId, Monday).Should().Be(RestoreResult.UnknownOrder);
        engine.Usage.Position(Account, Instrument).OpenSell.Should().Be(90);
    }

    [Test]
    public void A_full_order_table_is_a_refusal_not_a_crash()
    {
        var engine = Engine(capacity: SmallCapacity with { MaxOpenOrders = 1 });
        engine.RestoreOpenOrder(A, 0, Monday).Should().Be(RestoreResult.Restored);

        engine.RestoreOpenOrder(B, 0, Monday).Should().Be(RestoreResult.TableFull);
        engine.OpenOrderCount.Should().Be(1);
    }

    /// <summary>The day as it happened: every order checked, every venue event applied.</summary>
    private static RiskEngine Live()
    {
        var engine = Engine();
        foreach (var order in new[] { A, B, C, D, E, F })
        {
            engine.Check(order, Monday).Passed.Should().BeTrue();
        }

        engine.OnFilled(Strategy, A.ClientOrderId, 30, Px(10m), Monday);
        engine.OnFilled(Strategy, A.ClientOrderId, 20, Px(11m), Monday);
        engine.OnFilled(Strategy, B.ClientOrderId, 50, Px(12m), Monday);
        engine.OnFilled(Strategy, C.ClientOrderId, 10, Px(9m), Monday);
        engine.OnCanceled(Strategy, C.ClientOrderId);
        engine.OnFilled(Strategy, D.ClientOrderId, 20, Px(10m), Monday);
        engine.CheckReplace(D2, D.ClientOrderId, Monday).Passed.Should().BeTrue();
        engine.OnReplaced(Strategy, D.ClientOrderId);
        engine.OnFilled(Strategy, D2.ClientOrderId, 30, Px(10.5m), Monday);
        engine.CheckReplace(E2, E.ClientOrderId, Monday).Passed.Should().BeTrue();
        engine.OnRejected(Strategy, F.ClientOrderId);
        return engine;
    }

    /// <summary>The same day from the order journal: fills per order chain, open orders, a replace in flight, used ids.</summary>
    private static RiskEngine Restored()
    {
        var engine = Engine();
        Fills(engine, A, 50, Px(300m) + Px(220m), Px(11m));
        Fills(engine, B, 50, Px(600m), Px(12m));
        Fills(engine, C, 10, Px(90m), Px(9m));
        Fills(engine, D2, 50, Px(200m) + Px(315m), Px(10.5m));

        engine.RestoreOpenOrder(A, 50, Monday).Should().Be(RestoreResult.Restored);
        engine.RestoreOpenOrder(D2, 50, Monday).Should().Be(RestoreResult.Restored);
        engine.RestoreOpenOrder(E, 0, Monday).Should().Be(RestoreResult.Restored);
        engine.RestorePendingReplace(E2, E.ClientOrderId, Monday).Should().Be(RestoreResult.Restored);
        foreach (var final in new[] { B, C, D, F })
        {
            engine.RestoreClientOrderId(Strategy, final.ClientOrderId, Monday).Should().Be(RestoreResult.Restored);
        }

        return engine;
    }

    private static void Fills(RiskEngine engine, in RiskOrder order, long quantity, long notional, long lastPrice) =>
        engine.RestoreFills(order.StrategyId, order.AccountId, order.InstrumentId, order.Side, quantity, notional, lastPrice, Monday)
            .Should().Be(RestoreResult.Restored);

    /// <summary>What a restore puts back (the counts of checks and rejects are not usage: they start again).</summary>
    private static object Usage(RiskEngine engine)
    {
        var strategy = engine.Usage.Strategy(Strategy);
        return new
        {
            Position = engine.Usage.Position(Account, Instrument),
            Strategy = new { strategy.OpenOrders, strategy.OpenNotional, strategy.FilledNotional },
            Account = engine.Usage.Account(Account),
        };
    }
}
