namespace Gateway.RiskChecks.State;

/// <summary>
/// Which trading day an instant belongs to: days start at a fixed UTC time of day (e.g. 22:00 for FX, 00:00 by
/// default). Daily usage resets when the clock passes <see cref="NextStartNanos"/>.
/// </summary>
internal readonly record struct TradingDay(long StartNanos, long NextStartNanos)
{
    public const long DayNanos = 86_400_000_000_000L;

    public static TradingDay Containing(long nowNanos, TimeSpan startOfDayUtc)
    {
        var offset = startOfDayUtc.Ticks * 100;
        var start = (Math.DivRem(nowNanos - offset, DayNanos, out var rem) * DayNanos) + offset - (rem < 0 ? DayNanos : 0);
        return new TradingDay(start, start + DayNanos);
    }
}
