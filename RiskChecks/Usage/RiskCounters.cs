namespace Gateway.RiskChecks.Usage;

/// <summary>
/// Engine-wide counters: written by the risk thread with plain stores (a 64-bit store is atomic), read by any
/// thread through <see cref="RiskUsageView"/> with volatile loads.
/// </summary>
internal sealed class RiskCounters
{
    public long Checks;
    public long TradingDayStartNanos;
    public long CommandsRefused;
    public bool GlobalKill;

    /// <summary>Rejects by <see cref="RiskCheck"/> id.</summary>
    public readonly long[] RejectsByCheck = new long[byte.MaxValue + 1];

    /// <summary>Order events by <see cref="LifecycleResult"/> that were not simply applied.</summary>
    public readonly long[] LifecycleAnomalies = new long[8];
}
