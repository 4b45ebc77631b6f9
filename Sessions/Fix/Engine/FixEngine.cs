using System.Net;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// Runs the sessions of a QuickFIX settings file: acceptor ports that route each incoming Logon to its session,
/// initiators that connect and reconnect, all driven by one agent (one thread for every session, no thread per
/// connection) with the idle strategy the settings choose (BusySpin for latency, Backoff or Sleep for idle ones).
/// </summary>
/// <example><code>
/// using var engine = FixEngine.Start(new FixEngineOptions { Settings = QuickFixSettingsFile.Load("gw.cfg"), Application = app });
/// </code></example>
public sealed class FixEngine : IAgent, IDisposable
{
    private readonly FixEngineOptions _options;
    private readonly List<FixSession> _sessions = [];
    private readonly List<AcceptorHost> _acceptors = [];
    private readonly List<InitiatorLink> _initiators = [];
    private readonly FixLogWriter? _logWriter;
    private AgentRunner? _runner;
    private bool _disposed;

    private FixEngine(FixEngineOptions options)
    {
        _options = options;
        var file = options.Settings;
        var usesFileLog = file.Sessions.Any(s => s.Has(SettingNames.FileLogPath));
        _logWriter = usesFileLog ? new FixLogWriter() : null;
        try
        {
            var factory = new SessionFactory(options, _logWriter);
            foreach (var section in file.Sessions)
            {
                _sessions.Add(factory.Create(section));
            }

            CreateAcceptors(file);
            CreateInitiators(file);
        }
        catch
        {
            DisposeParts();
            throw;
        }
    }

    public string RoleName => "fix-engine";

    public IReadOnlyList<FixSession> Sessions => _sessions;

    /// <summary>The ports the acceptors listen on (the chosen ones when the override was 0).</summary>
    public IReadOnlyList<int> AcceptorPorts => _acceptors.Select(a => a.Port).ToArray();

    /// <summary>Connections the acceptors closed before they reached a session (failed TLS handshakes included).</summary>
    public long AcceptorRefusedConnections => _acceptors.Sum(a => a.Refused);

    /// <summary>Initiator connections closed during their TLS handshake (an untrusted server certificate, say).</summary>
    public long InitiatorHandshakeFailures => _initiators.Sum(i => i.HandshakeFailures);

    /// <summary>Builds the engine and starts its thread.</summary>
    public static FixEngine Start(FixEngineOptions options)
    {
        var engine = new FixEngine(options);
        var settings = options.Settings.Defaults;
        var idle = options.IdleStrategy ?? settings.GetIdleStrategy().Create();
        var cpu = options.Cpu ?? settings.GetInt(SettingNames.Cpu, SettingNames.CpuDefault);
        engine._runner = new AgentRunner(engine, idle, cpu, options.OnError ?? (_ => { })).Start();
        return engine;
    }

    /// <summary>Builds the engine without a thread: the caller steps it with <see cref="DoWork"/>.</summary>
    public static FixEngine Create(FixEngineOptions options) => new(options);

    public FixSession? FindSession(FixSessionId id) => _sessions.Find(s => s.Id == id);

    /// <summary>One duty cycle for everything: connect, every session, then accept and route.</summary>
    public int DoWork()
    {
        var now = _options.Clock.NowNanos();
        var work = 0;
        foreach (var initiator in _initiators)
        {
            work += initiator.DoWork(now);
        }

        // Sessions before acceptors: a session notices that its old connection went away before a new
        // connection for it is routed (a quick reconnect is not taken for a second, duplicate connection).
        foreach (var session in _sessions)
        {
            work += session.DoWork(now);
        }

        foreach (var acceptor in _acceptors)
        {
            work += acceptor.DoWork(now);
        }

        return work;
    }

    /// <summary>Stops the thread, logs out what is logged on (waiting briefly for the answers), closes everything.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _runner?.Dispose();
        LogoutAll(TimeSpan.FromMilliseconds(500));
        DisposeParts();
    }

    private void LogoutAll(TimeSpan grace)
    {
        var any = false;
        foreach (var session in _sessions)
        {
            if (session.IsLoggedOn)
            {
                session.Logout();
                any = true;
            }
        }

        // The runner has stopped: this (disposing) thread drives the sessions until the Logouts are answered.
        var idle = new BackoffIdleStrategy();
        var deadline = Environment.TickCount64 + (long)grace.TotalMilliseconds;
        while (any && Environment.TickCount64 < deadline)
        {
            var work = 0;
            foreach (var session in _sessions)
            {
                work += session.DoWork(_options.Clock.NowNanos());
            }

            any = _sessions.Exists(s => s.IsLoggedOn);
            idle.Idle(work);
        }
    }

    private void CreateAcceptors(QuickFixSettingsFile file)
    {
        var acceptorSections = file.Sessions.Where(s => !IsInitiator(s)).ToList();
        if (acceptorSections.Count == 0)
        {
            return;
        }

        var directory = new SessionDirectory(_sessions);
        var logonTimeout = file.Defaults.GetInt(SettingNames.LogonTimeout, SettingNames.LogonTimeoutDefault);
        var endpoints = acceptorSections
            .GroupBy(s => new IPEndPoint(
                IPAddress.Parse(s.GetString(SettingNames.SocketAcceptHost, SettingNames.SocketAcceptHostDefault)),
                _options.AcceptPortOverride ?? s.GetInt(SettingNames.SocketAcceptPort)));
        foreach (var endpoint in endpoints)
        {
            // TLS belongs to the port: the handshake is over before the Logon says which session it is for.
            var first = endpoint.First();
            var differing = endpoint.FirstOrDefault(s => TlsSettings.AcceptorKey(s) != TlsSettings.AcceptorKey(first));
            if (differing is not null)
            {
                throw new SettingsException(
                    $"{differing.Title} and {first.Title} share {endpoint.Key} but not their SSL* settings");
            }

            var tls = TlsSettings.ForAcceptor(first, _options.BaseDirectory);
            _acceptors.Add(new AcceptorHost(endpoint.Key, directory, logonTimeout, tls));
        }
    }

    private void CreateInitiators(QuickFixSettingsFile file)
    {
        // The sessions were made from file.Sessions in order.
        for (var i = 0; i < _sessions.Count; i++)
        {
            var session = _sessions[i];
            if (!session.IsInitiator)
            {
                continue;
            }

            var s = session.Settings;
            var backoff = ReconnectBackoff.Fixed(TimeSpan.FromSeconds(Math.Max(1, s.ReconnectIntervalSeconds)));
            var tls = TlsSettings.ForInitiator(file.Sessions[i], s.SocketConnectHost, _options.BaseDirectory);
            var connector = new TcpConnector(s.SocketConnectHost, s.SocketConnectPort, backoff, tls: tls);
            _initiators.Add(new InitiatorLink(session, connector));
        }
    }

    private static bool IsInitiator(SettingsSection s) =>
        s.GetString(SettingNames.ConnectionType, "acceptor").Equals("initiator", StringComparison.OrdinalIgnoreCase);

    private void DisposeParts()
    {
        foreach (var acceptor in _acceptors)
        {
            acceptor.Dispose();
        }

        foreach (var initiator in _initiators)
        {
            initiator.Dispose();
        }

        foreach (var session in _sessions)
        {
            session.Dispose();
        }

        _logWriter?.Dispose();
    }
}
