using FluentAssertions;
using Gateway.RiskChecks.Orders;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>The order path allocates nothing: checks that pass and reject, fills, cancels, replaces.</summary>
public class AllocationTests
{
    [Test]
    public void Check_with_every_limit_on_allocates_nothing()
    {
        var engine = new RiskEngine(AllCheckedLimits.Create());
        Run(engine, 1, 2_000, Monday);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var surprises = Run(engine, 2_000, 50_000, Monday + Second);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        surprises.Should().Be(0);
        engine.Usage.Rejects(RiskCheck.DuplicateClientOrderId).Should().Be(49_999);
        engine.Usage.Strategy(Strategy).Rejected.Should().BeGreaterThan(0, "the run includes rejects");
    }

    [Test]
    public void Replace_round_trip_allocates_nothing()
    {
        var engine = new RiskEngine(AllCheckedLimits.Create());
        Replace(engine, 1, 500);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var surprises = Replace(engine, 1_000, 20_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        surprises.Should().Be(0);
    }

    /// <summary>
    /// Per order: a check that passes, a duplicate that rejects, an accept, a partial fill, a cancel. Returns how
    /// many outcomes were not as expected (no assertions inside: they allocate).
    /// </summary>
    private static int Run(RiskEngine engine, long from, long to, long now)
    {
        var surprises = 0;
        for (var id = from; id < to; id++)
        {
            var order = AllCheckedLimits.Order(id, (id & 1) == 0 ? Side.Buy : Side.Sell);
            surprises += engine.Check(order, now).Passed ? 0 : 1;
            surprises += engine.Check(order, now).Check == RiskCheck.DuplicateClientOrderId ? 0 : 1;
            surprises += engine.OnAccepted(Strategy, id) == LifecycleResult.Applied ? 0 : 1;
            surprises += engine.OnFilled(Strategy, id, 3, order.Price, now) == LifecycleResult.Applied ? 0 : 1;
            surprises += engine.OnCanceled(Strategy, id) == LifecycleResult.Applied ? 0 : 1;
        }

        return surprises;
    }

    private static int Replace(RiskEngine engine, long from, long to)
    {
        var surprises = 0;
        for (var id = from; id < to; id += 2)
        {
            var order = AllCheckedLimits.Order(id);
            surprises += engine.Check(order, Monday).Passed ? 0 : 1;
            surprises += engine.CheckReplace(order with { ClientOrderId = id + 1, Quantity = 20 }, id, Monday).Passed ? 0 : 1;
            surprises += engine.OnReplaced(Strategy, id) == LifecycleResult.Applied ? 0 : 1;
            surprises += engine.OnCanceled(Strategy, id + 1) == LifecycleResult.Applied ? 0 : 1;
        }

        return surprises;
    }
}
