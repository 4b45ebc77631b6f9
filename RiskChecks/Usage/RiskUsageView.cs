using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.State;

namespace Gateway.RiskChecks.Usage;

/// <summary>
/// What the console and the metrics endpoint read: counters and usage, from any thread, without locks. Each
/// number is read atomically and is at most a moment old; numbers read one after another may be from slightly
/// different moments (a console's view, not an audit).
/// </summary>
public sealed class RiskUsageView
{
    private readonly RiskEngine _engine;

    internal RiskUsageView(RiskEngine engine) => _engine = engine;

    public long Checks => Volatile.Read(ref _engine.Counters.Checks);

    public long Rejects(RiskCheck check) => Volatile.Read(ref _engine.Counters.RejectsByCheck[(int)check]);

    public long Anomalies(LifecycleResult result) => Volatile.Read(ref _engine.Counters.LifecycleAnomalies[(int)result]);

    public long CommandsApplied => _engine.Admin.Applied;

    /// <summary>Commands that could not be applied (a position for a full position table).</summary>
    public long CommandsRefused => Volatile.Read(ref _engine.Counters.CommandsRefused);

    /// <summary>The start of the trading day the engine is in (UTC epoch nanoseconds); 0 before the first order.</summary>
    public long TradingDayStartNanos => Volatile.Read(ref _engine.Counters.TradingDayStartNanos);

    public bool GlobalKillSwitch => Volatile.Read(ref _engine.Counters.GlobalKill);

    public StrategyUsage Strategy(int strategyId)
    {
        ref var usage = ref _engine.StrategyUsageOf(strategyId);
        return new StrategyUsage
        {
            OpenOrders = Volatile.Read(ref usage.OpenOrders),
            OpenNotional = Volatile.Read(ref usage.OpenNotional),
            FilledNotional = Volatile.Read(ref usage.FilledNotional),
            Checked = Volatile.Read(ref usage.Checked),
            Rejected = Volatile.Read(ref usage.Rejected),
        };
    }

    public AccountUsage Account(int accountId)
    {
        ref var usage = ref _engine.AccountUsageOf(accountId);
        return new AccountUsage
        {
            OpenNotional = Volatile.Read(ref usage.OpenNotional),
            FilledNotional = Volatile.Read(ref usage.FilledNotional),
        };
    }

    /// <summary>The account's position in the instrument (all zero if it never had one).</summary>
    public PositionUsage Position(int accountId, int instrumentId) => _engine.PositionOf(accountId, instrumentId);

    public bool IsKilled(KillSwitchLevel level, int id) => _engine.IsKilled(level, id);
}
