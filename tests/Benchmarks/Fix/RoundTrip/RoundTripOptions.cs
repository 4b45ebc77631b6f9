namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>What the engine threads do when a duty cycle finds nothing to do.</summary>
public enum EngineIdle
{
    /// <summary>BusySpinIdleStrategy (IdleStrategy=BusySpin): each engine burns a core.</summary>
    Spin,

    /// <summary>The engines' default, BackoffIdleStrategy (spin, yield, then park up to 1 ms).</summary>
    Default,
}

/// <summary>Where the sessions keep their sequence numbers and sent messages.</summary>
public enum StoreKind
{
    /// <summary>FileStorePath set: what a user's configuration gets (a copy per message into the mapped store files).</summary>
    File,

    /// <summary>No FileStorePath: the memory store, to show what the file store costs.</summary>
    Memory,
}

/// <summary>One round-trip measurement: an initiator and an acceptor engine in this process, on loopback.</summary>
public sealed record RoundTripOptions
{
    public const int DefaultRoundTrips = 20_000;
    public const int DefaultWarmupRoundTrips = 10_000;

    public int RoundTrips { get; init; } = DefaultRoundTrips;

    public int WarmupRoundTrips { get; init; } = DefaultWarmupRoundTrips;

    public EngineIdle Idle { get; init; } = EngineIdle.Spin;

    public StoreKind Store { get; init; } = StoreKind.File;

    /// <summary>Pin the initiator's thread to CPU 0 and the acceptor's to CPU 1 (Cpu setting); false: the OS places them.</summary>
    public bool Pin { get; init; }

    /// <summary>FileLogPath set as well: the message log's ring and its writer thread.</summary>
    public bool MessageLog { get; init; }

    /// <summary>The FIX 4.4 dictionary both sessions validate with (UseDataDictionary=Y, QuickFIX's default).</summary>
    public required string DataDictionaryPath { get; init; }

    public string Describe() =>
        $"{Idle.ToString().ToLowerInvariant()} idle, {Store.ToString().ToLowerInvariant()} store"
        + (MessageLog ? ", file log" : "") + (Pin ? ", pinned to CPUs 0/1" : ", not pinned");
}
