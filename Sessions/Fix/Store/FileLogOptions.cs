using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Time;

namespace Gateway.Sessions.Fix.Store;

/// <summary>Where and how a <see cref="FileFixMessageLog"/> writes.</summary>
public sealed record FileLogOptions(string Directory)
{
    /// <summary>Bytes of the ring between the session thread and the writer; a power of two.</summary>
    public int RingBytes { get; init; } = SettingNames.MessageLogRingBytesDefault;

    /// <summary>Timestamps of the records, read on the session thread when it hands a record over.</summary>
    public IEpochClock Clock { get; init; } = SystemEpochClock.Instance;

    /// <summary>The thread that writes the files; null: the log starts a writer of its own.</summary>
    public FixLogWriter? Writer { get; init; }

    /// <summary>Reads FileLogPath and MessageLogRingBytes of a session's settings.</summary>
    public static FileLogOptions FromSettings(SettingsSection settings, string? baseDirectory = null) =>
        new(settings.GetPath(SettingNames.FileLogPath, baseDirectory))
        {
            RingBytes = settings.GetInt(SettingNames.MessageLogRingBytes, SettingNames.MessageLogRingBytesDefault),
        };
}
