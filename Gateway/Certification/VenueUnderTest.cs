using Gateway.Config;
using Gateway.Hosting;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Time;
using Gateway.Venues;
using Gateway.Venues.Ouch;

namespace Gateway.Certification;

/// <summary>
/// The venue a run certifies, as the gateway sees it: its adapter (logged on?), its FIX session (actions run on the
/// I/O thread, sequence numbers, message log) and, against our simulator, its faults.
/// </summary>
public sealed class VenueUnderTest
{
    private readonly GatewayHost _host;
    private readonly FixSession? _fix;

    public VenueUnderTest(GatewayHost host, string name, IVenueFaults? faults, string description)
    {
        _host = host;
        Config = host.Config.Venues.FirstOrDefault(v => v.Name == name)
            ?? throw new CertificationSetupException(
                $"venue '{name}' is not in the configuration (venues: {string.Join(", ", host.Config.Venues.Select(v => v.Name))})");
        Adapter = host.Venues.First(v => v.Name == name);
        Faults = faults;
        Description = description;
        if (Config.Protocol == "fix")
        {
            var id = SessionIdOf(Config.Session!);
            _fix = host.FixEngine?.FindSession(id);
            var logName = id.FileNamePrefix + ".messages.log";
            var path = Directory.EnumerateFiles(host.Config.DataDirectory, logName, SearchOption.AllDirectories).FirstOrDefault();
            Log = path is null ? null : new SessionLogReader(path);
        }
    }

    public VenueConfig Config { get; }

    public IVenueAdapter Adapter { get; }

    public IVenueFaults? Faults { get; }

    /// <summary>What the venue is, for the report (our simulator, QuickFIX C++ executor...).</summary>
    public string Description { get; }

    public string Name => Config.Name;

    public int VenueId => Config.Id;

    public bool IsLoggedOn => Adapter.IsLoggedOn;

    /// <summary>The session's message log (FIX venues whose log is under the data directory); null: none to read.</summary>
    internal SessionLogReader? Log { get; }

    public int? NextSenderSeqNum => _fix?.NextSenderMsgSeqNum;

    public int? NextTargetSeqNum => _fix?.NextTargetMsgSeqNum;

    /// <summary>Runs a session action on the I/O thread and waits for it; null when done, else why it cannot be.</summary>
    public string? Act(SessionAction action, int value, TimeSpan timeout)
    {
        if (Adapter is OuchVenueAdapter ouch)
        {
            return ActOnSoup(ouch, action, timeout);
        }

        if (_fix is not { } session)
        {
            return $"session actions need a FIX venue session; venue {Name} is {Config.Protocol}";
        }

        Action run = action switch
        {
            SessionAction.Logout => () => session.Logout("certification: logout"),
            SessionAction.Logon => session.Logon,
            SessionAction.Disconnect => () => session.Disconnect("certification: disconnect"),
            SessionAction.Reset => () => session.Reset("certification: reset", "certification: sequence reset"),
            SessionAction.SetNextSender => () => session.Store.SetNextSenderMsgSeqNum(value),
            SessionAction.SetNextTarget => () => session.Store.SetNextTargetMsgSeqNum(value),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        var done = _host.IoCommands.Run(run);
        return done.Wait(timeout) ? null : $"the I/O thread did not run '{action}' within {timeout.TotalSeconds} s";
    }

    /// <summary>SoupBinTCP has Logout and Login (the session's Enable) and a disconnect; no sequence numbers of its own to set.</summary>
    private string? ActOnSoup(OuchVenueAdapter ouch, SessionAction action, TimeSpan timeout)
    {
        Action? run = action switch
        {
            SessionAction.Logout => () => ouch.Session.Logout(SystemEpochClock.Instance.NowNanos()),
            SessionAction.Logon => ouch.Session.Enable,
            _ => null,
        };
        if (run is null)
        {
            return $"session action '{action}' is not possible on a SoupBinTCP session (logout and logon are)";
        }

        return _host.IoCommands.Run(run).Wait(timeout) ? null : $"the I/O thread did not run '{action}' within {timeout.TotalSeconds} s";
    }

    /// <summary><c>FIX.4.4:GATEWAY->VENUE</c> as the configuration writes it.</summary>
    private static FixSessionId SessionIdOf(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var arrow = text.IndexOf("->", StringComparison.Ordinal);
        return new FixSessionId(text[..colon], text[(colon + 1)..arrow], text[(arrow + 2)..]);
    }
}

/// <summary>A run that cannot start (unknown venue, no strategy, a peer that does not log on): exit code 1 with the message.</summary>
public sealed class CertificationSetupException(string message) : Exception(message);
