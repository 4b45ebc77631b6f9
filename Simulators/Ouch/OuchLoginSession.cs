using System.Text;
using Gateway.Sessions.Soup;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// One login of the simulator: its SoupBinTCP server session and sequenced store (kept across connections, so a
/// client that logs in again is replayed what it missed), and its day's order names: the tokens (4.2) and UserRefNums
/// (5.0) it has used, and the last UserRefNum.
/// </summary>
internal sealed class OuchLoginSession : ISoupServerHandler, IDisposable
{
    private readonly OuchExchange _exchange;

    public OuchLoginSession(int index, OuchLogin login, OuchVenueSimulatorOptions options, OuchExchange exchange)
    {
        Index = index;
        Login = login;
        _exchange = exchange;
        Username = Encoding.ASCII.GetBytes(login.Username);
        Password = Encoding.ASCII.GetBytes(login.Password);
        Server = new SoupServerSession(
            new SoupServerSettings
            {
                Username = login.Username,
                Password = login.Password,
                Session = options.Session,
                HeartbeatInterval = options.HeartbeatInterval,
                ReceiveTimeout = options.ReceiveTimeout,
            },
            new MemorySoupMessageStore(),
            this);
    }

    public int Index { get; }

    public OuchLogin Login { get; }

    public byte[] Username { get; }

    public byte[] Password { get; }

    public SoupServerSession Server { get; }

    /// <summary>The attached connection, while there is one.</summary>
    public LoginConnection? Connection { get; private set; }

    /// <summary>Every token / UserRefNum this login used today → its record in <see cref="OuchOrders"/>.</summary>
    public Dictionary<OrderToken, int> Tokens { get; } = new(4096);

    /// <summary>5.0: the highest UserRefNum taken today; a lower or equal one is a retransmission.</summary>
    public uint LastUserRefNum { get; set; }

    /// <summary>OUCH messages received since the last login (the drop-after fault).</summary>
    public int Received { get; set; }

    public bool DropPending { get; set; }

    public void Attach(LoginConnection connection, long nowNanos)
    {
        Server.Attach(connection, nowNanos);
        Connection = connection;
    }

    /// <summary>Closes the connection without a word: the client sees the socket go.</summary>
    public bool Drop()
    {
        DropPending = false;
        if (Connection is null)
        {
            return false;
        }

        Connection.Close();
        Server.DoWork(_exchange.Now);
        return true;
    }

    public void OnLogin(long nextSequence)
    {
        Received = 0;
        DropPending = false;
        _exchange.Counters.Login();
    }

    public void OnUnsequencedData(ReadOnlySpan<byte> message) => _exchange.OnMessage(this, message);

    public void OnLogout() => Connection = null;

    public void OnDisconnected() => Connection = null;

    public void Dispose() => Server.Dispose();
}
