using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Tests.Fix.Dictionary;
using Gateway.Sessions.Tests.Fix.Session;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// The acceptor of the session tests (ISLD, FIX.4.4, FIX44.xml validation, manual clock) over the in-memory
/// connection pair. The application accepts everything except orders whose ClOrdID starts with REFUSE.
/// </summary>
internal sealed class InMemoryTarget : IFuzzTarget
{
    private const int MaxDutyCycles = 10_000;

    private readonly SessionHarness _harness;
    private readonly RecordingApplication _app = new();

    public InMemoryTarget(FixSessionSettings? settings = null)
    {
        _app.AppAnswer = _ => _app.App[^1].Contains("|11=REFUSE", StringComparison.Ordinal)
            ? FixAppResult.UnsupportedMessageType
            : FixAppResult.Accepted;
        var validator = new DictionaryValidator(new FixValidator(SharedFixData.Fix44));
        _harness = SessionHarness.Acceptor(settings, validator, _app);
    }

    public FixSession Session => _harness.Session;

    public long NowNanos => _harness.Clock.NowNanos();

    public bool SessionConnected => _harness.Session.HasConnection;

    public int NextTargetMsgSeqNum => _harness.Session.NextTargetMsgSeqNum;

    public int NextSenderMsgSeqNum => _harness.Session.NextSenderMsgSeqNum;

    public IReadOnlyList<string> App => _app.App;

    public IReadOnlyList<string> Admin => _app.Admin;

    public void AdvanceClock(TimeSpan span) => _harness.Advance(span);

    public void Write(byte[] bytes) => _harness.Peer.Connection.TrySend(bytes);

    public void Run()
    {
        for (var cycles = 0; _harness.Session.DoWork(NowNanos) > 0; cycles++)
        {
            if (cycles == MaxDutyCycles)
            {
                throw new FuzzFailure("the session never became idle");
            }
        }
    }

    public string TakeReceived()
    {
        var connection = _harness.Peer.Connection;
        connection.Poll();
        var text = WireFrame.Text(connection.Received);
        connection.Consume(connection.Received.Length);
        return text;
    }

    public void ClosePeer() => _harness.Peer.Connection.Close();

    public void Reconnect()
    {
        if (!_harness.Session.HasConnection)
        {
            _harness.Connect();
        }
    }

    public void Dispose() => _harness.Dispose();
}
