using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>
/// A SoupBinTCP client of our Sessions library, driven on the test thread: logs in to the simulator, keeps every
/// sequenced message with its number, and writes OUCH requests with the Venues codecs.
/// </summary>
internal sealed class OuchClient : ISoupClientHandler, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private OuchClient(int port, OuchDialect dialect, string username, string password, string session, long nextExpected)
    {
        Dialect = dialect;
        Session = new SoupClientSession(
            new SoupClientSettings { Username = username, Password = password, Session = session },
            new MemorySoupSequenceStore(nextExpected), this,
            new TcpConnector("127.0.0.1", port, new ReconnectBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100))));
    }

    public OuchDialect Dialect { get; }

    public SoupClientSession Session { get; }

    public List<(long Sequence, byte[] Message)> Messages { get; } = [];

    public List<long> Logins { get; } = [];

    public SoupLoginRejectReason? Rejected { get; private set; }

    public bool Ended { get; private set; }

    public int Disconnects { get; private set; }

    /// <summary>The OUCH messages only (no System Event), in order.</summary>
    public IEnumerable<byte[]> Orders => Messages.Select(m => m.Message).Where(m => m[0] != (byte)'S');

    public static OuchClient Connect(int port, OuchDialect dialect, string username = "USER", string password = "PASS",
        string session = "", long nextExpected = 1) =>
        new(port, dialect, username, password, session, nextExpected);

    public static OuchClient LogIn(int port, OuchDialect dialect, CancellationToken token, string username = "USER",
        long nextExpected = 1, string password = "PASS")
    {
        var client = Connect(port, dialect, username, password, nextExpected: nextExpected);
        client.PumpUntil(() => client.Session.IsLoggedIn, token, "logged in");
        return client;
    }

    /// <summary>Runs the session until <paramref name="done"/> holds; fails after 10 s.</summary>
    public void PumpUntil(Func<bool> done, CancellationToken token, string what = "the condition")
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!done())
        {
            token.ThrowIfCancellationRequested();
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting for {what}; received {Messages.Count} messages: " +
                    string.Join(" ", Messages.Select(m => (char)m.Message[0])));
            }

            if (Session.DoWork(SystemEpochClock.Instance.NowNanos()) == 0)
            {
                Thread.Yield();
            }
        }
    }

    /// <summary>Runs the session for a while (to show that nothing more arrives).</summary>
    public void PumpFor(TimeSpan time, CancellationToken token)
    {
        var end = DateTime.UtcNow + time;
        PumpUntil(() => DateTime.UtcNow > end, token);
    }

    /// <summary>Waits until <paramref name="count"/> OUCH messages (System Events aside) have arrived; returns them.</summary>
    public byte[][] WaitForOrders(int count, CancellationToken token)
    {
        PumpUntil(() => Orders.Count() >= count, token, $"{count} OUCH messages");
        return Orders.ToArray();
    }

    public void Send(Func<Span<byte>, int> write)
    {
        var length = write(Session.PayloadBuffer);
        var result = Session.SendUnsequenced(length);
        if (result != SoupSendResult.Sent)
        {
            Assert.Fail($"send: {result}");
        }
    }

    public static byte[] Token(long n) => System.Text.Encoding.ASCII.GetBytes(n.ToString("D14", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An Enter Order in the client's dialect: order n is token n (4.2) or UserRefNum n (5.0); price in 4 decimals.</summary>
    public void Enter(long n, char side, uint shares, uint price4, string stock = "AAPL", bool immediate = false) =>
        Send(b => Dialect == OuchDialect.Ouch42
            ? Ouch42Writer.EnterOrder(b, Token(n), (byte)side, shares, System.Text.Encoding.ASCII.GetBytes(stock), price4,
                immediate ? 0u : 99998u, "FIRM"u8, (byte)'Y', (byte)'A', (byte)'N', 0, (byte)'N', (byte)'R')
            : Ouch50Writer.EnterOrder(b, (uint)n, (byte)side, shares, System.Text.Encoding.ASCII.GetBytes(stock), price4,
                immediate ? (byte)'3' : (byte)'0', (byte)'Y', (byte)'A', (byte)'N', (byte)'N', System.Text.Encoding.ASCII.GetBytes($"C{n}")));

    public void Replace(long existing, long replacement, uint shares, uint price4) =>
        Send(b => Dialect == OuchDialect.Ouch42
            ? Ouch42Writer.ReplaceOrder(b, Token(existing), Token(replacement), shares, price4, 99998, (byte)'Y', (byte)'N', 0)
            : Ouch50Writer.ReplaceOrder(b, (uint)existing, (uint)replacement, shares, price4, (byte)'0', (byte)'Y', (byte)'N',
                System.Text.Encoding.ASCII.GetBytes($"C{replacement}")));

    public void Cancel(long n, uint shares = 0) =>
        Send(b => Dialect == OuchDialect.Ouch42
            ? Ouch42Writer.CancelOrder(b, Token(n), shares)
            : Ouch50Writer.CancelOrder(b, (uint)n, shares));

    public void OnLoginAccepted(ReadOnlySpan<byte> session, long nextSequence) => Logins.Add(nextSequence);

    public void OnLoginRejected(SoupLoginRejectReason reason) => Rejected = reason;

    public void OnSequencedData(long sequence, ReadOnlySpan<byte> message) => Messages.Add((sequence, message.ToArray()));

    public void OnEndOfSession() => Ended = true;

    public void OnDisconnected() => Disconnects++;

    public void Dispose() => Session.Dispose();
}

/// <summary>What the tests read back from a message, the same for both dialects.</summary>
internal readonly record struct Answer(char Type, long Token, long Shares, long Price4, char Flag, long Number)
{
    public static Answer Of(byte[] m, OuchDialect dialect)
    {
        var type = (char)m[0];
        if (dialect == OuchDialect.Ouch42)
        {
            return type switch
            {
                'A' => new(type, Num(new Ouch42Accepted(m).Token), new Ouch42Accepted(m).Shares, new Ouch42Accepted(m).Price,
                    (char)new Ouch42Accepted(m).OrderState, (long)new Ouch42Accepted(m).OrderReferenceNumber),
                'U' => new(type, Num(new Ouch42Replaced(m).Order.Token), new Ouch42Replaced(m).Order.Shares,
                    new Ouch42Replaced(m).Order.Price, 'L', Num(new Ouch42Replaced(m).PreviousToken)),
                'E' => new(type, Num(new Ouch42Executed(m).Token), new Ouch42Executed(m).ExecutedShares,
                    new Ouch42Executed(m).ExecutionPrice, (char)new Ouch42Executed(m).LiquidityFlag, (long)new Ouch42Executed(m).MatchNumber),
                'C' => new(type, Num(new Ouch42Canceled(m).Token), new Ouch42Canceled(m).DecrementShares, 0, (char)new Ouch42Canceled(m).Reason, 0),
                'J' => new(type, Num(new Ouch42Rejected(m).Token), 0, 0, (char)new Ouch42Rejected(m).Reason, 0),
                _ => new(type, 0, 0, 0, ' ', 0),
            };
        }

        return type switch
        {
            'A' => new(type, new Ouch50Accepted(m).UserRefNum, new Ouch50Accepted(m).Quantity, (long)new Ouch50Accepted(m).Price,
                (char)new Ouch50Accepted(m).OrderState, (long)new Ouch50Accepted(m).OrderReferenceNumber),
            'U' => new(type, new Ouch50Replaced(m).UserRefNum, new Ouch50Replaced(m).Quantity, (long)new Ouch50Replaced(m).Price, 'L',
                new Ouch50Replaced(m).OrigUserRefNum),
            'E' => new(type, new Ouch50Executed(m).UserRefNum, new Ouch50Executed(m).Quantity, (long)new Ouch50Executed(m).Price,
                (char)new Ouch50Executed(m).LiquidityFlag, (long)new Ouch50Executed(m).MatchNumber),
            'C' => new(type, new Ouch50Canceled(m).UserRefNum, new Ouch50Canceled(m).Quantity, 0, (char)new Ouch50Canceled(m).Reason, 0),
            'J' => new(type, new Ouch50Rejected(m).UserRefNum, 0, 0, ' ', new Ouch50Rejected(m).Reason),
            'I' => new(type, new Ouch50CancelReject(m).UserRefNum, 0, 0, ' ', 0),
            _ => new(type, 0, 0, 0, ' ', 0),
        };
    }

    private static long Num(ReadOnlySpan<byte> token) => SoupAscii.TryParseNumeric(token, out var n) ? n : -1;
}
