using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>Builds a session from its <c>.cfg</c> section: settings, store, log and validator. Cold.</summary>
internal sealed class SessionFactory(FixEngineOptions options, FixLogWriter? logWriter)
{
    public FixSession Create(SettingsSection section)
    {
        var settings = FixSessionSettings.FromSection(section);
        var id = settings.Id;
        var store = options.StoreFactory?.Invoke(id, section) ?? CreateStore(id, section);
        var log = options.LogFactory?.Invoke(id, section) ?? CreateLog(id, section);
        var validator = options.ValidatorFactory is { } factory
            ? factory(id, section)
            : ValidatorLoader.Load(section, options.BaseDirectory, options.DictionaryPathResolver);
        return new FixSession(settings, options.Application, store, log, validator, options.Clock);
    }

    private IFixMessageStore CreateStore(FixSessionId id, SettingsSection section)
    {
        if (!section.Has(SettingNames.FileStorePath))
        {
            return new MemoryFixMessageStore(options.Clock.NowNanos());
        }

        var storeOptions = FileStoreOptions.FromSettings(section, options.BaseDirectory) with { Clock = options.Clock };
        return new FileFixMessageStore(storeOptions, id);
    }

    private IFixMessageLog CreateLog(FixSessionId id, SettingsSection section)
    {
        if (logWriter is null || !section.Has(SettingNames.FileLogPath))
        {
            return NullFixMessageLog.Instance;
        }

        var logOptions = FileLogOptions.FromSettings(section, options.BaseDirectory) with
        {
            Clock = options.Clock,
            Writer = logWriter,
        };
        return new FileFixMessageLog(logOptions, id);
    }
}
