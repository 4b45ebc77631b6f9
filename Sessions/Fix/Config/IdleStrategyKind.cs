using Gateway.Sessions.Agents;

namespace Gateway.Sessions.Fix.Config;

/// <summary>The IdleStrategy setting: what a session thread does when a duty cycle found no work.</summary>
public enum IdleStrategyKind
{
    BusySpin,
    Yield,
    Backoff,
    Sleep,
}

public static class IdleStrategyKindExtensions
{
    public static IIdleStrategy Create(this IdleStrategyKind kind) => kind switch
    {
        IdleStrategyKind.BusySpin => new BusySpinIdleStrategy(),
        IdleStrategyKind.Yield => new YieldingIdleStrategy(),
        IdleStrategyKind.Sleep => new SleepingIdleStrategy(),
        _ => new BackoffIdleStrategy(),
    };
}
