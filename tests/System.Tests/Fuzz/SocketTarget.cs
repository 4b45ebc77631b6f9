using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Tests.Fix.Fuzz;
using Gateway.Sessions.Time;

namespace Gateway.System.Tests.Fuzz;

/// <summary>
/// The fuzzed acceptor behind a real <see cref="FixEngine"/> (FIX.4.4, ISLD, FIX44.xml validation, manual clock)
/// listening on loopback; the counterparty is a plain socket. The engine is stepped on the test's thread, so an
/// exception inside it fails the test at once. "Idle" means no work and no bytes for a quiet window: loopback
/// delivers within microseconds, the window is thousands of times longer.
/// </summary>
internal sealed class SocketTarget : IFuzzTarget
{
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(10);

    private readonly FixEngine _engine;
    private readonly FuzzApplication _app = new();
    private readonly ManualEpochClock _clock = new(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);
    private readonly byte[] _readBuffer = new byte[256 * 1024];
    private Socket? _client;

    public SocketTarget(string dictionaryPath)
    {
        var cfg = $"""
            [DEFAULT]
            ConnectionType=acceptor
            SocketAcceptHost=127.0.0.1
            SocketAcceptPort=0
            StartTime=00:00:00
            EndTime=00:00:00
            UseDataDictionary=Y
            DataDictionary={dictionaryPath}
            [SESSION]
            BeginString=FIX.4.4
            SenderCompID=ISLD
            TargetCompID=TW
            """;
        _engine = FixEngine.Create(new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Parse(cfg),
            Application = _app,
            Clock = _clock,
            AcceptPortOverride = 0,
        });
    }

    private FixSession Session => _engine.Sessions[0];

    public long NowNanos => _clock.NowNanos();

    public bool SessionConnected => Session.HasConnection;

    public int NextTargetMsgSeqNum => Session.NextTargetMsgSeqNum;

    public int NextSenderMsgSeqNum => Session.NextSenderMsgSeqNum;

    public IReadOnlyList<string> App => _app.App;

    public IReadOnlyList<string> Admin => _app.Admin;

    public void AdvanceClock(TimeSpan span) => _clock.Advance(span);

    public void Write(byte[] bytes) => _client!.Send(bytes);

    public void Run()
    {
        var limit = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        while (quiet.Elapsed < QuietWindow)
        {
            if (_engine.DoWork() > 0)
            {
                quiet.Restart();
            }

            if (limit.Elapsed > RunLimit)
            {
                throw new FuzzFailure("the engine never became idle");
            }
        }
    }

    public string TakeReceived()
    {
        var text = "";
        while (_client is { Connected: true } client && client.Available > 0)
        {
            var read = client.Receive(_readBuffer);
            text += WireFrame.Text(_readBuffer.AsSpan(0, read));
        }

        return text;
    }

    public void ClosePeer()
    {
        _client?.Dispose();
        _client = null;
    }

    public void Reconnect()
    {
        if (Session.HasConnection && _client is not null)
        {
            return;
        }

        _client?.Dispose();
        _client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _client.Connect(new IPEndPoint(IPAddress.Loopback, _engine.AcceptorPorts[0]));
    }

    public void Dispose()
    {
        _client?.Dispose();
        _engine.Dispose();
    }

    /// <summary>Records what the session hands over; refuses orders whose ClOrdID starts with REFUSE.</summary>
    private sealed class FuzzApplication : IFixApplication
    {
        public List<string> App { get; } = [];

        public List<string> Admin { get; } = [];

        public void OnCreate(FixSession session)
        {
        }

        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public FixAppResult FromAdmin(FixSession session, in FixMessage message)
        {
            Admin.Add(WireFrame.Show(WireFrame.Text(message.Frame)));
            return FixAppResult.Accepted;
        }

        public FixAppResult FromApp(FixSession session, in FixMessage message)
        {
            App.Add(WireFrame.Show(WireFrame.Text(message.Frame)));
            return message.GetValue(11).StartsWith("REFUSE"u8) ? FixAppResult.UnsupportedMessageType : FixAppResult.Accepted;
        }
    }
}
