using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Time;

namespace Gateway.Sessions.Fix.Store;

/// <summary>Where and how a <see cref="FileFixMessageStore"/> keeps its files.</summary>
public sealed record FileStoreOptions(string Directory)
{
    public FsyncPolicy Fsync { get; init; } = FsyncPolicy.Never;

    /// <summary>With <see cref="FsyncPolicy.IntervalMillis"/>: milliseconds between background flushes.</summary>
    public int FsyncIntervalMillis { get; init; } = SettingNames.FsyncIntervalMillisDefault;

    /// <summary>
    /// Disk space reserved when the body file is created, and an eighth of it for the index (fallocate: the files'
    /// lengths stay 0, blocks are ready for the appends). 0: none.
    /// </summary>
    public long PreallocateBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gives the creation time of a store created from nothing.</summary>
    public IEpochClock Clock { get; init; } = SystemEpochClock.Instance;

    /// <summary>Reads FileStorePath, FsyncPolicy and FsyncIntervalMillis of a session's settings.</summary>
    public static FileStoreOptions FromSettings(SettingsSection settings, string? baseDirectory = null) =>
        new(settings.GetPath(SettingNames.FileStorePath, baseDirectory))
        {
            Fsync = settings.GetEnum(SettingNames.FsyncPolicy, Enum.Parse<FsyncPolicy>(SettingNames.FsyncPolicyDefault)),
            FsyncIntervalMillis = settings.GetInt(SettingNames.FsyncIntervalMillis, SettingNames.FsyncIntervalMillisDefault),
        };
}
