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
/// (Agrona's BackoffIdleStrategy, with a time floor.) It parks only once it has been idle for at least
/// <c>busyMicros</c> as well as past its spin and yield counts: a fixed count of yields lasts anywhere from
/// microseconds (an idle machine: sched_yield returns at once) to milliseconds (a crowded one), so on a quiet machine
/// a session waiting one round trip for its answer would park and pay a kernel wake-up plus the park's remainder
/// (a 50 µs park per ~15 µs round trip). Idle for longer than that, it costs what it did. Parks use
/// <see cref="PreciseSleep"/>: Thread.Sleep would round a 50 µs park down to a yield and a 1 ms park up to ~1.2 ms on Linux.
/// </summary>
public sealed class BackoffIdleStrategy : IIdleStrategy
{
    /// <summary>Longer than a loopback or LAN round trip through a venue, short enough to cost little CPU when idle.</summary>
    public const int DefaultBusyMicros = 200;

    private readonly IThreadParker _parker;
    private readonly int _maxSpins;
    private readonly int _maxYields;
    private readonly int _minParkMicros;
    private readonly int _maxParkMicros;
    private readonly long _busyNanos;
    private int _spins;
    private int _yields;
    private int _parkMicros;
    private long _idleSinceNanos;

    public BackoffIdleStrategy(
        int maxSpins = 100, int maxYields = 100, int minParkMicros = 50, int maxParkMicros = 1000, int busyMicros = DefaultBusyMicros)
        : this(ThreadParker.Instance, maxSpins, maxYields, minParkMicros, maxParkMicros, busyMicros)
    {
    }

    /// <summary>With a parker of the caller's (tests count the spins, yields and parks, and set the clock).</summary>
    internal BackoffIdleStrategy(IThreadParker parker, int maxSpins, int maxYields, int minParkMicros, int maxParkMicros, int busyMicros = 0)
    {
        _parker = parker;
        _maxSpins = maxSpins;
        _maxYields = maxYields;
        _minParkMicros = minParkMicros;
        _maxParkMicros = maxParkMicros;
        _busyNanos = busyMicros * 1000L;
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
            if (_spins == 0)
            {
                _idleSinceNanos = _parker.NowNanos();
            }

            _spins++;
            _parker.Spin();
        }
        else if (_yields < _maxYields || _parker.NowNanos() - _idleSinceNanos < _busyNanos)
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
