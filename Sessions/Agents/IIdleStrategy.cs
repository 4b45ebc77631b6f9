namespace Gateway.Sessions.Agents;

/// <summary>What a runner does after a duty cycle: spin, yield, back off, or sleep, depending on the work done.</summary>
public interface IIdleStrategy
{
    void Idle(int workCount);

    void Reset();
}

/// <summary>Never gives the core up: the lowest latency, a whole core burned. For pinned hot threads.</summary>
public sealed class BusySpinIdleStrategy : IIdleStrategy
{
    public void Idle(int workCount)
    {
        if (workCount == 0)
        {
            Thread.SpinWait(1);
        }
    }

    public void Reset() { }
}

/// <summary>Yields the core to other runnable threads when idle, without sleeping.</summary>
public sealed class YieldingIdleStrategy : IIdleStrategy
{
    public void Idle(int workCount)
    {
        if (workCount == 0)
        {
            Thread.Yield();
        }
    }

    public void Reset() { }
}

/// <summary>Sleeps a fixed time when idle: for idle sessions, where a ~70 µs wake-up does not matter.</summary>
public sealed class SleepingIdleStrategy(int sleepMillis = 1) : IIdleStrategy
{
    public void Idle(int workCount)
    {
        if (workCount == 0)
        {
            Thread.Sleep(sleepMillis);
        }
    }

    public void Reset() { }
}

/// <summary>
/// Spins, then yields, then parks for growing periods up to a maximum; any work resets it to spinning.
/// (Agrona's BackoffIdleStrategy.)
/// </summary>
public sealed class BackoffIdleStrategy(int maxSpins = 100, int maxYields = 100, int minParkMicros = 50, int maxParkMicros = 1000)
    : IIdleStrategy
{
    private readonly int _minParkMicros = minParkMicros;
    private int _spins;
    private int _yields;
    private int _parkMicros = minParkMicros;

    public void Idle(int workCount)
    {
        if (workCount > 0)
        {
            Reset();
            return;
        }

        if (_spins < maxSpins)
        {
            _spins++;
            Thread.SpinWait(1);
        }
        else if (_yields < maxYields)
        {
            _yields++;
            Thread.Yield();
        }
        else
        {
            Thread.Sleep(TimeSpan.FromTicks(_parkMicros * 10L));
            _parkMicros = Math.Min(_parkMicros * 2, maxParkMicros);
        }
    }

    public void Reset()
    {
        _spins = 0;
        _yields = 0;
        _parkMicros = _minParkMicros;
    }
}
