using System.Net;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.System.Tests.Operations;

/// <summary>
/// The smallest OUCH venue that does something: our SoupBinTCP server on a loopback port, on a thread of its own,
/// accepting every Enter Order (order reference numbers from 1000001) and filling it in full at its price.
/// </summary>
internal sealed class TinyOuchVenue : ISoupServerHandler, IDisposable
{
    public const ulong FirstOrderReference = 1_000_001;

    private readonly OuchDialect _dialect;
    private readonly TcpAcceptorEndpoint _acceptor = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly SoupServerSession _server;
    private readonly Thread _thread;
    private readonly byte[] _buffer = new byte[256];
    private volatile bool _stop;
    private ulong _nextReference = FirstOrderReference;
    private ulong _match;

    public TinyOuchVenue(OuchDialect dialect, string username, string password)
    {
        _dialect = dialect;
        _server = new SoupServerSession(
            new SoupServerSettings { Username = username, Password = password, Session = "TINY" }, new MemorySoupMessageStore(), this);
        _thread = new Thread(Run) { IsBackground = true, Name = $"tiny-ouch-{dialect}" };
        _thread.Start();
    }

    public int Port => _acceptor.Port;

    public void OnLogin(long nextSequence) { }

    public void OnUnsequencedData(ReadOnlySpan<byte> message)
    {
        if (_dialect == OuchDialect.Ouch42 && message.Length >= Ouch42Layout.EnterOrderLength && message[0] == Ouch42Layout.EnterOrderType)
        {
            var order = new Ouch42EnterOrder(message);
            Send(Ouch42Writer.Accepted(_buffer, 1, order.Token, order.Side, order.Shares, order.Stock, order.Price,
                order.TimeInForce, order.Firm, order.Display, _nextReference++, order.Capacity, order.IntermarketSweep, 0,
                order.CrossType, (byte)'L', (byte)' '));
            Send(Ouch42Writer.Executed(_buffer, 2, order.Token, order.Shares, order.Price, (byte)'A', ++_match));
        }
        else if (_dialect == OuchDialect.Ouch50 && Ouch50Layout.IsComplete(message, Ouch50Layout.EnterOrderFixedLength)
            && message[0] == Ouch50Layout.EnterOrderType)
        {
            var order = new Ouch50EnterOrder(message);
            Send(Ouch50Writer.Accepted(_buffer, 1, order.UserRefNum, order.Side, order.Quantity, order.Symbol, order.Price,
                order.TimeInForce, order.Display, _nextReference++, order.Capacity, order.IntermarketSweep, order.CrossType,
                (byte)'L', order.ClOrdId));
            Send(Ouch50Writer.Executed(_buffer, 2, order.UserRefNum, order.Quantity, order.Price, (byte)'A', ++_match));
        }
    }

    public void OnLogout() { }

    public void OnDisconnected() { }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        _server.Dispose();
        _acceptor.Dispose();
    }

    private void Run()
    {
        while (!_stop)
        {
            var now = SystemEpochClock.Instance.NowNanos();
            if (_acceptor.TryAccept(out var connection))
            {
                _server.Attach(connection, now);
            }

            if (_server.DoWork(now) == 0)
            {
                Thread.Sleep(1);
            }
        }
    }

    private void Send(int length) => _server.SendSequenced(_buffer.AsSpan(0, length));
}
