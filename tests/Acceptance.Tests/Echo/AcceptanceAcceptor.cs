using System.Collections.Concurrent;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Acceptance.Tests.Echo;

/// <summary>
/// The acceptor the acceptance scripts run against: our <see cref="FixEngine"/> with the <see cref="AtApplication"/>,
/// started in-process from a QuickFIX .cfg. Dictionaries named in the .cfg are looked up by file name in the spec
/// folder when the named path does not exist; relative store and log paths go to a temporary folder of its own.
/// </summary>
public sealed class AcceptanceAcceptor : IDisposable
{
    private static readonly ConcurrentDictionary<string, DataDictionary> Dictionaries = new(StringComparer.Ordinal);

    private readonly FixEngine _engine;
    private readonly string _workDirectory;
    private readonly bool _ownsWorkDirectory;
    private readonly List<RecentEventsLog> _logs = [];

    private AcceptanceAcceptor(string cfgPath, string specFolder, int port, string? workDirectory)
    {
        _ownsWorkDirectory = workDirectory is null;
        _workDirectory = workDirectory ?? Path.Combine(Path.GetTempPath(), "gateway-acceptance-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_workDirectory);
        var settings = QuickFixSettingsFile.Load(cfgPath);
        string Resolve(string path) => File.Exists(path) ? path : Path.Combine(specFolder, Path.GetFileName(path.Replace('\\', '/')));
        var dictionaryBySession = new Dictionary<FixSession, DataDictionary?>();
        var app = new AtApplication(session => dictionaryBySession.GetValueOrDefault(session));
        _engine = FixEngine.Start(new FixEngineOptions
        {
            Settings = settings,
            Application = app,
            AcceptPortOverride = port,
            BaseDirectory = _workDirectory,
            DictionaryPathResolver = Resolve,
            LogFactory = (id, _) =>
            {
                var log = new RecentEventsLog(id.ToString());
                lock (_logs)
                {
                    _logs.Add(log);
                }

                return log;
            },
        });
        foreach (var session in _engine.Sessions)
        {
            var section = settings.Get(session.Id);
            var key = section.Has(SettingNames.AppDataDictionary) ? SettingNames.AppDataDictionary : SettingNames.DataDictionary;
            dictionaryBySession[session] = section.Has(key) ? Load(Resolve(section.GetPath(key))) : null;
        }
    }

    /// <summary>The port it listens on (the one chosen by the system when started with port 0).</summary>
    public int Port => _engine.AcceptorPorts[0];

    public FixEngine Engine => _engine;

    /// <summary>Starts the acceptor; it listens before this returns.</summary>
    /// <param name="cfgPath">A QuickFIX .cfg (its SocketAcceptPort is ignored).</param>
    /// <param name="specFolder">Where the dictionaries are, by file name.</param>
    /// <param name="port">The port to listen on; 0 for any free one (see <see cref="Port"/>).</param>
    public static AcceptanceAcceptor Start(string cfgPath, string specFolder, int port) => new(cfgPath, specFolder, port, null);

    /// <summary>As <see cref="Start(string, string, int)"/>, with relative store and log paths under <paramref name="workDirectory"/>.</summary>
    public static AcceptanceAcceptor Start(string cfgPath, string specFolder, int port, string workDirectory) =>
        new(cfgPath, specFolder, port, workDirectory);

    /// <summary>What the sessions recently logged: messages in and out and session events.</summary>
    public string Diagnostics()
    {
        lock (_logs)
        {
            return string.Join(Environment.NewLine, _logs.Select(l => l.Dump()));
        }
    }

    public void Dispose()
    {
        _engine.Dispose();
        if (_ownsWorkDirectory)
        {
            try
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    private static DataDictionary Load(string path) => Dictionaries.GetOrAdd(path, DataDictionary.Load);
}
