namespace Gateway.Journal;

/// <summary>How a <see cref="JournalFsyncPolicy"/> forces the journal from the OS page cache to the disk.</summary>
public enum JournalFsyncKind
{
    /// <summary>Never: the OS writes back when it chooses.</summary>
    None,

    /// <summary>fsync after every append, on the appending thread.</summary>
    EveryAppend,

    /// <summary>A background thread fsyncs every <see cref="JournalFsyncPolicy.IntervalMillis"/> when something was appended.</summary>
    Interval,
}

/// <summary>
/// When journal records are forced to the disk. Every record is in the OS page cache (a shared memory mapping of the
/// segment file) when <see cref="OrderJournal.TryAppend{T}"/> returns, so every policy survives the process being
/// killed; they differ only on power loss or a kernel crash.
/// </summary>
/// <param name="Kind">None, EveryAppend or Interval.</param>
/// <param name="IntervalMillis">With <see cref="JournalFsyncKind.Interval"/>: milliseconds between background fsyncs.</param>
public readonly record struct JournalFsyncPolicy(JournalFsyncKind Kind, int IntervalMillis)
{
    /// <summary>No fsync: fastest; a power loss can lose what the OS had not yet written back (typically ≤ 30 s).</summary>
    public static JournalFsyncPolicy None => new(JournalFsyncKind.None, 0);

    /// <summary>fsync on the appending thread after each record: power-loss safe, a disk flush per append (a syscall).</summary>
    public static JournalFsyncPolicy EveryAppend => new(JournalFsyncKind.EveryAppend, 0);

    /// <summary>The background thread fsyncs every <paramref name="millis"/> ms if anything was appended: bounded loss window, no syscall on the appender.</summary>
    public static JournalFsyncPolicy Interval(int millis) => new(JournalFsyncKind.Interval, millis);

    public override string ToString() => Kind == JournalFsyncKind.Interval ? $"Interval({IntervalMillis} ms)" : Kind.ToString();
}
