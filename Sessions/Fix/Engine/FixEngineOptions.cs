using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Time;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>What a <see cref="FixEngine"/> runs: the sessions of a QuickFIX settings file and the application.</summary>
public sealed record FixEngineOptions
{
    public required QuickFixSettingsFile Settings { get; init; }

    public required IFixApplication Application { get; init; }

    public IEpochClock Clock { get; init; } = SystemEpochClock.Instance;

    /// <summary>Relative paths (FileStorePath, FileLogPath, DataDictionary) are resolved against this.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Listen here instead of every acceptor session's SocketAcceptPort (tests: 0 picks a free port).</summary>
    public int? AcceptPortOverride { get; init; }

    /// <summary>The engine thread's idle strategy; null: the settings' IdleStrategy (default Backoff).</summary>
    public IIdleStrategy? IdleStrategy { get; init; }

    /// <summary>Pin the engine thread to this CPU; null: the settings' Cpu (default none).</summary>
    public int? Cpu { get; init; }

    /// <summary>Where DataDictionary / TransportDataDictionary / AppDataDictionary files are; null: as configured.</summary>
    public Func<string, string>? DictionaryPathResolver { get; init; }

    /// <summary>Builds each session's store; null: a file store with FileStorePath, else memory.</summary>
    public Func<FixSessionId, SettingsSection, IFixMessageStore>? StoreFactory { get; init; }

    /// <summary>Builds each session's message log; null: a file log with FileLogPath, else none.</summary>
    public Func<FixSessionId, SettingsSection, IFixMessageLog>? LogFactory { get; init; }

    /// <summary>Builds each session's validator; null: the data dictionaries of the settings (UseDataDictionary).</summary>
    public Func<FixSessionId, SettingsSection, IFixMessageValidator?>? ValidatorFactory { get; init; }

    /// <summary>Called with an exception the engine thread did not expect (a bug); the loop carries on.</summary>
    public Action<Exception>? OnError { get; init; }
}
