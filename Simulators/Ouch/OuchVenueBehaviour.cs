namespace Gateway.Simulators.Ouch;

/// <summary>
/// How the simulated OUCH venue misbehaves for tests: the initial values; <see cref="OuchVenueSimulator"/> changes
/// them at run time. The FIX simulator's faults, mapped onto SoupBinTCP (see Simulators/README.md).
/// </summary>
public sealed record OuchVenueBehaviour
{
    /// <summary>Added latency before each answer, in microseconds (a delay queue; the engine thread never sleeps).</summary>
    public long LatencyMicros { get; init; }

    /// <summary>Share of Enter Orders rejected at random (0 to 1), drawn from a generator seeded with <see cref="Seed"/>.</summary>
    public double RejectRatio { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Drop a login's connection after this many OUCH messages received on it (0: never); counted afresh per login.</summary>
    public int DropAfterMessages { get; init; }

    /// <summary>
    /// SoupBinTCP's only sequence gap: a client logging in again asking for message N is answered from N + this many
    /// (0: never). The messages in between are lost to it; the client counts a gap.
    /// </summary>
    public int LoginGap { get; init; }

    internal void Validate()
    {
        if (LatencyMicros < 0 || RejectRatio is < 0 or > 1 || DropAfterMessages < 0 || LoginGap < 0)
        {
            throw new ArgumentException(
                $"behaviour: LatencyMicros ≥ 0, 0 ≤ RejectRatio ≤ 1, DropAfterMessages ≥ 0, LoginGap ≥ 0 (got {this})");
        }
    }
}
