namespace Gateway.Sessions.Time;

/// <summary>
/// Wall-clock time in nanoseconds since the Unix epoch (UTC). Sessions and risk checks never read
/// <c>DateTime.UtcNow</c>: they are handed a clock, read it once per duty cycle, and tests drive a manual one.
/// </summary>
public interface IEpochClock
{
    long NowNanos();
}

/// <summary>The system's UTC clock, at the resolution the OS gives (100 ns ticks on Linux).</summary>
public sealed class SystemEpochClock : IEpochClock
{
    public static readonly SystemEpochClock Instance = new();

    private const long UnixEpochTicks = 621355968000000000L;

    public long NowNanos() => (DateTime.UtcNow.Ticks - UnixEpochTicks) * 100;
}

/// <summary>A clock that only moves when told to: for tests and lock-step simulations.</summary>
public sealed class ManualEpochClock(long startNanos = 0) : IEpochClock
{
    private long _now = startNanos;

    public long NowNanos() => Volatile.Read(ref _now);

    public void Set(long nanos) => Volatile.Write(ref _now, nanos);

    public void Advance(long nanos) => Interlocked.Add(ref _now, nanos);

    public void Advance(TimeSpan span) => Advance(span.Ticks * 100);
}

/// <summary>
/// A clock read once per duty cycle by its owner (<see cref="Update"/>) and then served from a field:
/// many reads in one cycle cost one system call. (Aeron's CachedEpochClock.)
/// </summary>
public sealed class CachedEpochClock(IEpochClock source) : IEpochClock
{
    private long _now = source.NowNanos();

    public long NowNanos() => _now;

    public long Update() => _now = source.NowNanos();
}
