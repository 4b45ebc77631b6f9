namespace Gateway.Sessions.Transport;

/// <summary>
/// How long to wait before the next connect attempt: starts at an initial interval and doubles after each failure
/// up to a maximum. Optional jitter shortens each delay by a random fraction up to <c>jitter</c>, so a fleet of
/// initiators does not reconnect in step; the delay never exceeds the un-jittered one.
/// </summary>
public sealed class ReconnectBackoff
{
    private readonly double _jitter;
    private readonly Random? _random;
    private long _nextNanos;

    /// <param name="initial">The first delay (after a dropped connection, or after the first failed attempt).</param>
    /// <param name="max">The delay stops doubling here.</param>
    /// <param name="jitter">0 for none, up to 1: each delay is shortened by a random fraction in [0, jitter).</param>
    /// <param name="random">Source of the jitter; seed it in tests.</param>
    public ReconnectBackoff(TimeSpan initial, TimeSpan max, double jitter = 0, Random? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        ArgumentOutOfRangeException.ThrowIfLessThan(jitter, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitter, 1);
        InitialNanos = initial.Ticks * 100;
        MaxNanos = max.Ticks * 100;
        _jitter = jitter;
        _random = jitter > 0 ? random ?? new Random() : null;
        _nextNanos = InitialNanos;
    }

    /// <summary>QuickFIX's ReconnectInterval: always the same delay.</summary>
    public static ReconnectBackoff Fixed(TimeSpan interval) => new(interval, interval);

    public long InitialNanos { get; }

    public long MaxNanos { get; }

    /// <summary>The delay the next call to <see cref="NextDelayNanos"/> is based on (before jitter).</summary>
    public long PendingNanos => _nextNanos;

    /// <summary>The delay to wait now; the one after it doubles, up to the maximum.</summary>
    public long NextDelayNanos()
    {
        var delay = _nextNanos;
        _nextNanos = delay >= MaxNanos / 2 ? MaxNanos : delay * 2;
        if (_random is not null)
        {
            delay -= (long)(delay * _jitter * _random.NextDouble());
        }

        return delay;
    }

    /// <summary>Back to the initial delay: called when a connection is made.</summary>
    public void Reset() => _nextNanos = InitialNanos;
}
