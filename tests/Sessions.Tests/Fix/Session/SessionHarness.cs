using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Time;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>One session under test on a manual clock, connected to a <see cref="FixPeer"/> through memory.</summary>
internal sealed class SessionHarness : IDisposable
{
    public static readonly long Start = new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;

    private SessionHarness(FixSessionSettings settings, IFixMessageValidator? validator, RecordingApplication? app)
    {
        Clock = new ManualEpochClock(Start);
        App = app ?? new RecordingApplication();
        Store = new MemoryFixMessageStore();
        Session = new FixSession(settings, App, Store, null, validator, Clock);
        Connect();
    }

    public ManualEpochClock Clock { get; }

    public RecordingApplication App { get; }

    public MemoryFixMessageStore Store { get; }

    public FixSession Session { get; }

    public FixPeer Peer { get; private set; } = null!;

    public static FixSessionSettings Settings(string beginString = "FIX.4.4", bool initiator = false) => new()
    {
        Id = initiator
            ? new FixSessionId(beginString, "TW", "ISLD")
            : new FixSessionId(beginString, "ISLD", "TW"),
        IsInitiator = initiator,
        HeartBtInt = 30,
    };

    public static SessionHarness Acceptor(FixSessionSettings? settings = null, IFixMessageValidator? validator = null,
        RecordingApplication? app = null) => new(settings ?? Settings(), validator, app);

    public static SessionHarness Initiator(FixSessionSettings? settings = null) =>
        new(settings ?? Settings(initiator: true), null, null);

    /// <summary>A fresh connection pair, the session's end attached.</summary>
    public void Connect()
    {
        var (mine, theirs) = InMemoryConnection.CreatePair();
        Session.Attach(mine);
        Peer = new FixPeer(theirs, Clock.NowNanos);
    }

    /// <summary>Runs duty cycles until nothing more happens; returns what the peer received meanwhile.</summary>
    public List<string> Pump()
    {
        for (var i = 0; i < 100 && Session.DoWork(Clock.NowNanos()) > 0; i++)
        {
        }

        return Peer.ReceiveAll();
    }

    /// <summary>The peer sends (decorated), the session runs, and the peer's received frames come back.</summary>
    public List<string> Exchange(string message)
    {
        Peer.Send(message);
        return Pump();
    }

    public void Advance(TimeSpan span) => Clock.Advance(span);

    /// <summary>The standard acceptor logon of the acceptance scripts (HeartBtInt 30).</summary>
    public List<string> LogOn(int heartBtInt = 30) =>
        Exchange($"8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108={heartBtInt}|");

    public void Dispose() => Session.Dispose();
}
