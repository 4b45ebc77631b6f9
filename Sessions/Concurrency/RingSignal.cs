namespace Gateway.Sessions.Concurrency;

/// <summary>
/// The monitor that consumers blocked in a <see cref="BlockingWaitStrategy"/> sleep on. Publishers and consumers
/// that advance a sequence call <see cref="WakeAll"/>, which costs a fence and one read while nobody waits.
/// </summary>
/// <remarks>
/// No lost wake-up: a waiter counts itself (a full fence) before it re-reads the sequences, and a waker writes
/// its sequence, fences, then reads the count; one of the two always sees the other. The wait also has a short
/// timeout as a guard for consumers set up while publishing is under way.
/// </remarks>
internal sealed class RingSignal
{
    private const int WaitTimeoutMillis = 10;
    private readonly object _lock = new();
    private int _waiters;

    public void WakeAll()
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _waiters) != 0)
        {
            lock (_lock)
            {
                Monitor.PulseAll(_lock);
            }
        }
    }

    /// <summary>Blocks until the barrier has <paramref name="sequence"/> or is alerted; returns what is available.</summary>
    public long WaitFor(long sequence, SequenceBarrier barrier)
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _waiters);
            try
            {
                long available;
                while ((available = barrier.Available()) < sequence && !barrier.IsAlerted)
                {
                    Monitor.Wait(_lock, WaitTimeoutMillis);
                }

                return available;
            }
            finally
            {
                Interlocked.Decrement(ref _waiters);
            }
        }
    }
}
