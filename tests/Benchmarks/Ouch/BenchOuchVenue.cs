using Gateway.Sessions.Agents;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using Gateway.Venues.Ouch.Codec42;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// The venue of the OUCH wire-to-wire run, as small as it can be: one SoupBinTCP server session on a loopback port
/// (our <see cref="SoupServerSession"/>: login, heartbeats) whose application answers each OUCH 4.2 Enter Order with
/// Accepted and a full Executed (the orders are IOC: the strategy sees each one end), and each Cancel with Canceled.
/// An agent: run it on its own thread with a back-off idle strategy, so it leaves the cores to the gateway.
/// </summary>
internal sealed class BenchOuchVenue : IAgent, ISoupServerHandler, IDisposable
{
    public const string Username = "BENCH";
    public const string Password = "BENCHPASS";

    private readonly TcpAcceptorEndpoint _acceptor = new();
    private readonly SoupServerSession _session;
    private readonly byte[] _message = new byte[128];
    private ulong _orderReference;

    public BenchOuchVenue() =>
        _session = new SoupServerSession(
            new SoupServerSettings { Username = Username, Password = Password, Session = "BENCH" }, new RecentSoupMessageStore(), this);

    public int Port => _acceptor.Port;

    public string RoleName => "bench-ouch-venue";

    public long EnterOrders { get; private set; }

    public long UnknownMessages { get; private set; }

    public SoupCounters Counters => _session.Counters;

    public int DoWork()
    {
        var now = SystemEpochClock.Instance.NowNanos();
        var work = 0;
        if (_acceptor.TryAccept(out var connection))
        {
            _session.Attach(connection, now);
            work++;
        }

        return work + _session.DoWork(now);
    }

    public void OnLogin(long nextSequence)
    {
    }

    public void OnUnsequencedData(ReadOnlySpan<byte> message)
    {
        if (message.Length >= Ouch42Layout.EnterOrderLength && message[0] == Ouch42Layout.EnterOrderType)
        {
            EnterOrders++;
            var order = new Ouch42EnterOrder(message);
            var reference = ++_orderReference;
            Send(Ouch42Writer.Accepted(_message, 1, order.Token, order.Side, order.Shares, order.Stock, order.Price,
                order.TimeInForce, order.Firm, order.Display, reference, order.Capacity, order.IntermarketSweep,
                order.MinimumQuantity, order.CrossType, (byte)'L', (byte)' '));
            Send(Ouch42Writer.Executed(_message, 2, order.Token, order.Shares, order.Price, (byte)'R', reference));
        }
        else if (message.Length >= Ouch42Layout.CancelOrderLength && message[0] == Ouch42Layout.CancelOrderType)
        {
            var cancel = new Ouch42CancelOrder(message);
            Send(Ouch42Writer.Canceled(_message, 3, cancel.Token, 0, (byte)'U'));
        }
        else
        {
            UnknownMessages++;
        }
    }

    public void OnLogout()
    {
    }

    public void OnDisconnected()
    {
    }

    public void Dispose()
    {
        _session.Dispose();
        _acceptor.Dispose();
    }

    private void Send(int length) => _session.SendSequenced(_message.AsSpan(0, length));
}
