using Gateway.Journal;

namespace Gateway.Benchmarks.Journal;

public sealed record JournalFigureOptions
{
    public const int DefaultAppends = 600_000;
    public const int MaxAppends = 700_000; // a phase must not roll twice (762,000 records of 88 B in a 64 MiB segment)
    public const int DefaultWarmupAppends = 200_000;

    /// <summary>Appends timed one by one, and as many again timed as one batch.</summary>
    public int Appends { get; init; } = DefaultAppends;

    public int WarmupAppends { get; init; } = DefaultWarmupAppends;

    public JournalFsyncPolicy Fsync { get; init; } = JournalFsyncPolicy.None;
}
