using System.Globalization;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>
/// Our own FixEngine as the venue's client (initiator), stepped by the test thread: no second thread, so the test
/// sends and reads on the thread that owns the session. Validates what it receives against the QuickFIX
/// dictionaries when ../shared is there.
/// </summary>
internal sealed class FixClient : IDisposable
{
    private readonly FixEngine _engine;
    private readonly ClientApplication _app = new();
    private readonly BackoffIdleStrategy _idle = new();
    private readonly string _beginString;
    private int _nextId;

    private FixClient(string cfg, string beginString)
    {
        _beginString = beginString;
        _engine = FixEngine.Create(new FixEngineOptions { Settings = QuickFixSettingsFile.Parse(cfg), Application = _app });
    }

    public FixSession Session => _engine.Sessions[0];

    public IReadOnlyList<ReceivedMessage> Received => _app.Received;

    public int Logons => _app.Logons;

    public int Logouts => _app.Logouts;

    public static FixClient Connect(int port, string beginString, string sender = "GATEWAY", string target = "EXEC")
    {
        var spec = SharedSpec.Directory;
        var fixt = beginString == "FIXT.1.1";
        var dictionaries = spec is null
            ? "UseDataDictionary=N"
            : fixt
                ? $"UseDataDictionary=Y\nTransportDataDictionary={Path.Combine(spec, "FIXT11.xml")}\nAppDataDictionary={Path.Combine(spec, "FIX50SP2.xml")}"
                : $"UseDataDictionary=Y\nDataDictionary={Path.Combine(spec, beginString == "FIX.4.2" ? "FIX42.xml" : "FIX44.xml")}";
        var cfg = $"""
            [DEFAULT]
            ConnectionType=initiator
            SocketConnectHost=127.0.0.1
            SocketConnectPort={port.ToString(CultureInfo.InvariantCulture)}
            HeartBtInt=30
            ReconnectInterval=1
            NonStopSession=Y
            {dictionaries}
            [SESSION]
            BeginString={beginString}
            SenderCompID={sender}
            TargetCompID={target}
            {(fixt ? "DefaultApplVerID=FIX.5.0SP2" : "")}
            """;
        return new FixClient(cfg, beginString);
    }

    /// <summary>Steps the engine until the condition holds (the test's [CancelAfter] token is the deadline).</summary>
    public void PumpUntil(Func<bool> condition, CancellationToken token)
    {
        while (!condition())
        {
            token.ThrowIfCancellationRequested();
            _idle.Idle(_engine.DoWork());
        }
    }

    /// <summary>Steps the engine for a while (to see that nothing more arrives).</summary>
    public void PumpFor(TimeSpan time, CancellationToken token)
    {
        var end = DateTime.UtcNow + time;
        PumpUntil(() => DateTime.UtcNow >= end, token);
    }

    public void WaitLoggedOn(CancellationToken token) => PumpUntil(() => Session.IsLoggedOn, token);

    public string NextClOrdId() => "C" + (++_nextId).ToString(CultureInfo.InvariantCulture);

    /// <summary>NewOrderSingle; price null sends no Price (44); ordType 2 limit, 1 market.</summary>
    public string NewOrder(char side, decimal quantity, decimal? price, string symbol = "AAPL", char ordType = '2',
        char timeInForce = '0', string? clOrdId = null)
    {
        clOrdId ??= NextClOrdId();
        var fields = new List<(int, string)>
        {
            (11, clOrdId), (21, "1"), (55, symbol), (54, side.ToString()), (60, Now()),
            (38, quantity.ToString(CultureInfo.InvariantCulture)), (40, ordType.ToString()),
        };
        if (price is { } p)
        {
            fields.Add((44, p.ToString(CultureInfo.InvariantCulture)));
        }

        fields.Add((59, timeInForce.ToString()));
        Send("D", fields);
        return clOrdId;
    }

    public string Cancel(string origClOrdId, char side = '1', decimal quantity = 100, string symbol = "AAPL")
    {
        var clOrdId = NextClOrdId();
        Send("F", [(41, origClOrdId), (11, clOrdId), (55, symbol), (54, side.ToString()), (60, Now()),
            (38, quantity.ToString(CultureInfo.InvariantCulture))]);
        return clOrdId;
    }

    public string Replace(string origClOrdId, decimal quantity, decimal price, char side = '1', string symbol = "AAPL")
    {
        var clOrdId = NextClOrdId();
        Send("G", [(41, origClOrdId), (11, clOrdId), (21, "1"), (55, symbol), (54, side.ToString()), (60, Now()),
            (38, quantity.ToString(CultureInfo.InvariantCulture)), (40, "2"), (44, price.ToString(CultureInfo.InvariantCulture))]);
        return clOrdId;
    }

    public void Send(string msgType, IReadOnlyList<(int Tag, string Value)> fields)
    {
        var body = new FieldsBody(fields);
        var status = Session.TrySend(System.Text.Encoding.ASCII.GetBytes(msgType), ref body);
        if (status != FixSendStatus.Sent)
        {
            throw new InvalidOperationException($"{_beginString} client could not send {msgType}: {status}");
        }
    }

    /// <summary>The messages received about one ClOrdID (as 11 or 41), in order.</summary>
    public List<ReceivedMessage> About(string clOrdId) =>
        Received.Where(m => m.ClOrdId == clOrdId || m[41] == clOrdId).ToList();

    /// <summary>Waits until a message about the ClOrdID satisfies the predicate and returns it.</summary>
    public ReceivedMessage WaitFor(string clOrdId, Func<ReceivedMessage, bool> predicate, CancellationToken token)
    {
        ReceivedMessage? found = null;
        PumpUntil(() => (found = About(clOrdId).Find(m => predicate(m))) is not null, token);
        return found!;
    }

    public void Dispose() => _engine.Dispose();

    private static string Now() => DateTime.UtcNow.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private sealed class ClientApplication : IFixApplication
    {
        private readonly List<ReceivedMessage> _received = [];

        public IReadOnlyList<ReceivedMessage> Received => _received;

        public int Logons { get; private set; }

        public int Logouts { get; private set; }

        public void OnCreate(FixSession session)
        {
        }

        public void OnLogon(FixSession session) => Logons++;

        public void OnLogout(FixSession session) => Logouts++;

        public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

        public FixAppResult FromApp(FixSession session, in FixMessage message)
        {
            _received.Add(new ReceivedMessage(in message, System.Diagnostics.Stopwatch.GetTimestamp()));
            return FixAppResult.Accepted;
        }
    }
}
