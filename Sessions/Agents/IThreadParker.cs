namespace Gateway.Sessions.Agents;

/// <summary>The three ways <see cref="BackoffIdleStrategy"/> gives the core up; a seam for tests.</summary>
internal interface IThreadParker
{
    void Spin();

    void Yield();

    void Park(long nanos);
}

/// <summary>The real thing: a spin-wait hint, sched_yield, and <see cref="PreciseSleep"/>.</summary>
internal sealed class ThreadParker : IThreadParker
{
    public static readonly ThreadParker Instance = new();

    public void Spin() => Thread.SpinWait(1);

    public void Yield() => Thread.Yield();

    public void Park(long nanos) => PreciseSleep.Sleep(nanos);
}
