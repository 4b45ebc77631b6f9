namespace Gateway.Sessions.Agents;

/// <summary>The three ways <see cref="BackoffIdleStrategy"/> gives the core up, and its clock; a seam for tests.</summary>
internal interface IThreadParker
{
    void Spin();

    void Yield();

    void Park(long nanos);

    /// <summary>A monotonic clock in nanoseconds.</summary>
    long NowNanos();
}

/// <summary>The real thing: a spin-wait hint, sched_yield, and <see cref="PreciseSleep"/>.</summary>
internal sealed class ThreadParker : IThreadParker
{
    public static readonly ThreadParker Instance = new();

    private static readonly double TicksToNanos = 1e9 / System.Diagnostics.Stopwatch.Frequency;

    public void Spin() => Thread.SpinWait(1);

    public void Yield() => Thread.Yield();

    public void Park(long nanos) => PreciseSleep.Sleep(nanos);

    public long NowNanos() => (long)(System.Diagnostics.Stopwatch.GetTimestamp() * TicksToNanos);
}
