namespace Gateway.Journal;

/// <summary>Where and how an <see cref="OrderJournal"/> keeps its segment files (<c>{Directory}/{Name}.{index:D6}.journal</c>).</summary>
/// <param name="Directory">The folder of the segment files; created if missing.</param>
/// <param name="Name">The journal's name, the prefix of its files: letters, digits, '-', '_' and '.'.</param>
public sealed record JournalOptions(string Directory, string Name)
{
    public const int DefaultSegmentBytes = 64 * 1024 * 1024;
    public const int MinSegmentBytes = 4096;
    public const int MaxSegmentBytes = 1024 * 1024 * 1024;
    public const int MaxFsyncIntervalMillis = 60_000;

    /// <summary>Size of each segment file, preallocated when it is created: a multiple of 4096, 4 KiB to 1 GiB.</summary>
    public int SegmentBytes { get; init; } = DefaultSegmentBytes;

    public JournalFsyncPolicy Fsync { get; init; } = JournalFsyncPolicy.None;

    /// <summary>
    /// Start of day: delete this journal's segment files before opening, so it starts empty at sequence 1. Use it, or
    /// a name per trading day, when yesterday's records must not be replayed.
    /// </summary>
    public bool Reset { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad option.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            throw new ArgumentException("JournalOptions.Directory is empty", nameof(Directory));
        }

        if (string.IsNullOrEmpty(Name) || !IsFileNameSafe(Name))
        {
            throw new ArgumentException(
                $"JournalOptions.Name '{Name}' must be non-empty and only letters, digits, '-', '_' or '.'", nameof(Name));
        }

        if (SegmentBytes < MinSegmentBytes || SegmentBytes > MaxSegmentBytes || SegmentBytes % MinSegmentBytes != 0)
        {
            throw new ArgumentException(
                $"JournalOptions.SegmentBytes {SegmentBytes} must be a multiple of {MinSegmentBytes} between {MinSegmentBytes} and {MaxSegmentBytes}",
                nameof(SegmentBytes));
        }

        if (!Enum.IsDefined(Fsync.Kind))
        {
            throw new ArgumentException($"JournalOptions.Fsync kind {(int)Fsync.Kind} is not a JournalFsyncKind", nameof(Fsync));
        }

        if (Fsync.Kind == JournalFsyncKind.Interval && (Fsync.IntervalMillis < 1 || Fsync.IntervalMillis > MaxFsyncIntervalMillis))
        {
            throw new ArgumentException(
                $"JournalOptions.Fsync interval {Fsync.IntervalMillis} ms must be between 1 and {MaxFsyncIntervalMillis}", nameof(Fsync));
        }
    }

    private static bool IsFileNameSafe(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return name[0] != '.';
    }
}
