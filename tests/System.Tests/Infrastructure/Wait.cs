namespace Gateway.System.Tests.Infrastructure;

/// <summary>Waiting on a condition with a deadline and a cancellation token: never a bare sleep.</summary>
public static class Wait
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Returns as soon as <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> naming
    /// <paramref name="what"/> (plus <paramref name="details"/>, e.g. a peer's log) when the deadline passes first.
    /// </summary>
    public static void Until(
        Func<bool> condition, TimeSpan timeout, CancellationToken cancellation, string what = "a condition",
        Func<string>? details = null)
    {
        if (!TryUntil(condition, timeout, cancellation))
        {
            string more = details is null ? "" : Environment.NewLine + details();
            throw new TimeoutException($"timed out after {timeout.TotalSeconds:0.#} s waiting for {what}{more}");
        }
    }

    /// <summary>Like <see cref="Until"/> but returns false at the deadline.</summary>
    public static bool TryUntil(Func<bool> condition, TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = Deadline.After(timeout);
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (condition())
            {
                return true;
            }

            if (deadline.HasPassed)
            {
                return false;
            }

            // Sleeps between checks of the condition, woken early by cancellation.
            cancellation.WaitHandle.WaitOne(PollInterval);
        }
    }
}

/// <summary>A point in monotonic time.</summary>
public readonly struct Deadline
{
    private readonly long _at;

    private Deadline(long at) => _at = at;

    public static Deadline After(TimeSpan timeout) => new(Environment.TickCount64 + (long)timeout.TotalMilliseconds);

    public bool HasPassed => Environment.TickCount64 >= _at;

    public TimeSpan Remaining => TimeSpan.FromMilliseconds(Math.Max(0, _at - Environment.TickCount64));
}
