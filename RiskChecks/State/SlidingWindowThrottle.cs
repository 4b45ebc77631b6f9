namespace Gateway.RiskChecks.State;

/// <summary>
/// At most <see cref="MaxMessages"/> messages in any window of <see cref="WindowNanos"/>: exact, not a token
/// bucket's average. Keeps the times of the last N messages admitted in a ring; a message is admitted when the
/// oldest of them is a whole window old. O(1), no allocation after construction; driven by the caller's clock.
/// </summary>
internal sealed class SlidingWindowThrottle
{
    private const long Never = long.MinValue;
    private readonly long[] _times;
    private int _oldest;

    public SlidingWindowThrottle(int maxMessages, long windowNanos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowNanos, 1);
        _times = new long[maxMessages];
        WindowNanos = windowNanos;
        Reset();
    }

    public int MaxMessages => _times.Length;

    public long WindowNanos { get; }

    /// <summary>True if a message now keeps the window within the limit (nothing is recorded).</summary>
    public bool WouldAdmit(long nowNanos)
    {
        var oldest = _times[_oldest];
        return oldest == Never || nowNanos - oldest >= WindowNanos;
    }

    /// <summary>Records a message admitted now (after <see cref="WouldAdmit"/> said yes).</summary>
    public void Admit(long nowNanos)
    {
        _times[_oldest] = nowNanos;
        _oldest = _oldest + 1 == _times.Length ? 0 : _oldest + 1;
    }

    public void Reset()
    {
        Array.Fill(_times, Never);
        _oldest = 0;
    }

    /// <summary>Carries the most recent history of <paramref name="previous"/> over into this (new) throttle.</summary>
    public void CarryOver(SlidingWindowThrottle previous)
    {
        var n = previous.MaxMessages;
        var keep = Math.Min(n, MaxMessages);

        // Newest last: walk the previous ring's last 'keep' entries in age order.
        for (var k = n - keep; k < n; k++)
        {
            var time = previous._times[(previous._oldest + k) % n];
            if (time != Never)
            {
                Admit(time);
            }
        }
    }
}
