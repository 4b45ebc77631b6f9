namespace Gateway.Sessions.Concurrency;

/// <summary>
/// How a consumer with nothing to read waits for the next entry. Implemented by structs and passed as a generic
/// argument, so the processor's loop is compiled for one strategy. From lowest latency (a core burned) to
/// cheapest when idle: <see cref="BusySpinWaitStrategy"/>, <see cref="YieldingWaitStrategy"/>,
/// <see cref="BackoffWaitStrategy"/>, <see cref="BlockingWaitStrategy"/>.
/// </summary>
public interface IWaitStrategy
{
    /// <summary>
    /// Waits until the barrier makes <paramref name="sequence"/> available or is alerted, and returns the highest
    /// available sequence, which is below <paramref name="sequence"/> only when alerted.
    /// </summary>
    long WaitFor(long sequence, SequenceBarrier barrier);
}

/// <summary>Spins on the barrier with a CPU pause: the lowest latency, for a pinned thread with its own core.</summary>
public readonly struct BusySpinWaitStrategy : IWaitStrategy
{
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        long available;
        while ((available = barrier.Available()) < sequence && !barrier.IsAlerted)
        {
            Thread.SpinWait(1);
        }

        return available;
    }
}

/// <summary>Spins a little, then yields the core to other runnable threads between looks.</summary>
public readonly struct YieldingWaitStrategy : IWaitStrategy
{
    private const int Spins = 100;

    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        var spins = Spins;
        long available;
        while ((available = barrier.Available()) < sequence && !barrier.IsAlerted)
        {
            if (spins > 0)
            {
                spins--;
                Thread.SpinWait(1);
            }
            else
            {
                Thread.Yield();
            }
        }

        return available;
    }
}

/// <summary>
/// Spins, then yields, then sleeps a millisecond at a time: near spin latency under load, little CPU when idle.
/// (Agrona's BackoffIdleStrategy, for consumers.)
/// </summary>
public readonly struct BackoffWaitStrategy(int spins, int yields) : IWaitStrategy
{
    public BackoffWaitStrategy()
        : this(100, 100)
    {
    }

    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        var spinsLeft = spins;
        var yieldsLeft = yields;
        long available;
        while ((available = barrier.Available()) < sequence && !barrier.IsAlerted)
        {
            if (spinsLeft > 0)
            {
                spinsLeft--;
                Thread.SpinWait(1);
            }
            else if (yieldsLeft > 0)
            {
                yieldsLeft--;
                Thread.Yield();
            }
            else
            {
                Thread.Sleep(1);
            }
        }

        return available;
    }
}

/// <summary>
/// Sleeps on a monitor until a producer or upstream consumer advances: no CPU at all while idle, microseconds to
/// wake. For idle or cold consumers; once made, every publish on the ring costs a fence.
/// </summary>
public readonly struct BlockingWaitStrategy : IWaitStrategy
{
    private readonly RingSignal _signal;

    public BlockingWaitStrategy(RingBufferFields ring) => _signal = ring.EnableBlockingWaits();

    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        var available = barrier.Available();
        return available >= sequence ? available : _signal.WaitFor(sequence, barrier);
    }
}
