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
/// (Agrona's BackoffIdleStrategy.) Parks use <see cref="PreciseSleep"/>: Thread.Sleep would round a 50 µs park
/// down to a yield and a 1 ms park up to ~1.2 ms on Linux.
/// </summary>
public sealed class BackoffIdleStrategy : IIdleStrategy
{
    private readonly IThreadParker _parker;
    private readonly int _maxSpins;
    private readonly int _maxYields;
    private readonly int _minParkMicros;
    private readonly int _maxParkMicros;
    private int _spins;
    private int _yields;
    private int _parkMicros;

    public BackoffIdleStrategy(int maxSpins = 100, int maxYields = 100, int minParkMicros = 50, int maxParkMicros = 1000)
        : this(ThreadParker.Instance, maxSpins, maxYields, minParkMicros, maxParkMicros)
    {
    }

    /// <summary>With a parker of the caller's (tests count the spins, yields and parks).</summary>
    internal BackoffIdleStrategy(IThreadParker parker, int maxSpins, int maxYields, int minParkMicros, int maxParkMicros)
    {
        _parker = parker;
        _maxSpins = maxSpins;
        _maxYields = maxYields;
        _minParkMicros = minParkMicros;
        _maxParkMicros = maxParkMicros;
        _parkMicros = minParkMicros;
    }

    public void Idle(int workCount)
    {
        if (workCount > 0)
        {
            Reset();
            return;
        }

        if (_spins < _maxSpins)
        {
            _spins++;
            _parker.Spin();
        }
        else if (_yields < _maxYields)
        {
            _yields++;
            _parker.Yield();
        }
        else
        {
            _parker.Park(_parkMicros * 1000L);
            _parkMicros = Math.Min(_parkMicros * 2, _maxParkMicros);
        }
    }

    public void Reset()
    {
        _spins = 0;
        _yields = 0;
        _parkMicros = _minParkMicros;
    }
}
