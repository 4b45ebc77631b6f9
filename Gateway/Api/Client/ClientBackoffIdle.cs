namespace Gateway.Api.Client;

/// <summary>
/// The callback mode's idle loop: spins first (a message arriving within microseconds is handled at once), then
/// yields, then sleeps 1 ms at a time; any work starts it over. Strategies reference Gateway.Api only, hence this small
/// copy of the idea behind Sessions' BackoffIdleStrategy.
/// </summary>
public sealed class ClientBackoffIdle(int maxSpins = 10_000, int maxYields = 100, int sleepMillis = 1)
{
    private int _spins;
    private int _yields;

    /// <summary>Spins only: the lowest latency, a whole core burned.</summary>
    public static ClientBackoffIdle BusySpin() => new(int.MaxValue, 0);

    public void Idle(int workCount)
    {
        if (workCount > 0)
        {
            _spins = 0;
            _yields = 0;
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
            Thread.Sleep(sleepMillis);
        }
    }
}
