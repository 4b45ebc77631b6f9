using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.State;
using Gateway.RiskChecks.Usage;

namespace Gateway.RiskChecks;

/// <summary>Read access for <see cref="RiskUsageView"/> (any thread).</summary>
public sealed partial class RiskEngine
{
    internal RiskCounters Counters => _counters;

    internal ref StrategyUsage StrategyUsageOf(int strategyId) => ref _strategies[strategyId].Usage;

    internal ref AccountUsage AccountUsageOf(int accountId) => ref _accounts[accountId].Usage;

    internal PositionUsage PositionOf(int accountId, int instrumentId)
    {
        var slot = _positions.Find(accountId, instrumentId);
        if (slot < 0)
        {
            return default;
        }

        ref var position = ref _positions[slot];
        return new PositionUsage
        {
            Position = Volatile.Read(ref position.Position),
            OpenBuy = Volatile.Read(ref position.OpenBuy),
            OpenSell = Volatile.Read(ref position.OpenSell),
        };
    }

    internal bool IsKilled(KillSwitchLevel level, int id) => level switch
    {
        KillSwitchLevel.Global => Volatile.Read(ref _counters.GlobalKill),
        KillSwitchLevel.Strategy => Volatile.Read(ref _strategies[id].Killed),
        _ => Volatile.Read(ref _venues[id].Killed),
    };
}
