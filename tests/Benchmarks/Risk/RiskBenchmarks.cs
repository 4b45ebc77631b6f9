using BenchmarkDotNet.Attributes;
using Gateway.RiskChecks;

namespace Gateway.Benchmarks.Risk;

/// <summary>
/// The risk engine's order path with every check on: a check that passes (and reserves), the cancel that
/// releases it, a check that is rejected at the last order check (duplicate id, after all the order's own
/// checks), and a whole order life (check, accept, partial fill, cancel).
/// </summary>
[MemoryDiagnoser]
public class RiskBenchmarks
{
    private RiskBenchmarkSetup _setup = null!;

    [GlobalSetup]
    public void Setup() => _setup = new RiskBenchmarkSetup();

    [Benchmark(Baseline = true)]
    public RiskResult CheckPass_ThenCancel()
    {
        var order = _setup.NextOrder();
        var result = _setup.Engine.Check(order, _setup.NowNanos);
        _setup.Engine.OnCanceled(order.StrategyId, order.ClientOrderId);
        return result;
    }

    [Benchmark]
    public RiskResult CheckReject_Duplicate()
    {
        var order = _setup.NextOrder();
        var engine = _setup.Engine;
        engine.Check(order, _setup.NowNanos);
        var result = engine.Check(order, _setup.NowNanos);
        engine.OnCanceled(order.StrategyId, order.ClientOrderId);
        return result;
    }

    [Benchmark]
    public LifecycleResult OrderLife_CheckAcceptFillCancel()
    {
        var order = _setup.NextOrder();
        var engine = _setup.Engine;
        engine.Check(order, _setup.NowNanos);
        engine.OnAccepted(order.StrategyId, order.ClientOrderId);
        engine.OnFilled(order.StrategyId, order.ClientOrderId, 3, order.Price, _setup.NowNanos);
        return engine.OnCanceled(order.StrategyId, order.ClientOrderId);
    }
}
