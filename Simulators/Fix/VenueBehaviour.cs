namespace Gateway.Simulators.Fix;

/// <summary>
/// How the simulated venue misbehaves for tests. The initial values; <see cref="FixVenueSimulator"/> changes them
/// at run time.
/// </summary>
public sealed record VenueBehaviour
{
    /// <summary>Added latency before each answer, in microseconds (a delay queue; the engine thread never sleeps).</summary>
    public long LatencyMicros { get; init; }

    /// <summary>Share of new orders rejected at random (0 to 1), drawn from a generator seeded with <see cref="Seed"/>.</summary>
    public double RejectRatio { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Drop a session's connection after this many application messages received on it (0: never).</summary>
    public int DropAfterMessages { get; init; }

    /// <summary>Skip <see cref="GapSize"/> outgoing MsgSeqNums after every this many application messages sent (0: never).</summary>
    public int GapEveryMessages { get; init; }

    /// <summary>How many MsgSeqNums a periodic gap skips.</summary>
    public int GapSize { get; init; } = 1;

    internal void Validate()
    {
        if (LatencyMicros < 0 || RejectRatio is < 0 or > 1 || DropAfterMessages < 0 || GapEveryMessages < 0 || GapSize < 1)
        {
            throw new ArgumentException(
                $"behaviour: LatencyMicros ≥ 0, 0 ≤ RejectRatio ≤ 1, DropAfterMessages ≥ 0, GapEveryMessages ≥ 0, GapSize ≥ 1 (got {this})");
        }
    }
}
