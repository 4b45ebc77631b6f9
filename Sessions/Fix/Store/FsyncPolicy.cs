namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// When the file store forces its writes from the OS page cache to the disk. Every write reaches the OS before
/// Append returns, so all policies survive the process being killed; they differ on power loss or a kernel crash.
/// </summary>
public enum FsyncPolicy
{
    /// <summary>The OS writes back when it chooses (typically within ~30 s). Fastest; a power loss can lose the tail.</summary>
    Never,

    /// <summary>fsync after every append and sequence-number change: power-loss safe, costs a disk flush per message.</summary>
    EveryMessage,

    /// <summary>A background thread fsyncs every FsyncIntervalMillis when something was written: bounded loss window.</summary>
    IntervalMillis,
}
