using System.Net;
using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Ouch;

/// <summary>
/// Real loopback sockets: our Soup server with a tiny OUCH application that accepts and fully fills every order, and
/// our adapter connecting to it with its own connector; then the server drops the link and the adapter reconnects
/// and logs in asking for the next sequence number.
/// </summary>
[Category("System")]
public sealed class OuchLoopbackSystemTests
{
    [TestCase(OuchDialect.Ouch42)]
    [TestCase(OuchDialect.Ouch50)]
    [CancelAfter(20_000)]
    public void Orders_are_accepted_and_filled_over_tcp_and_the_adapter_reconnects(OuchDialect dialect, CancellationToken cancel)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ouch-sys-{Guid.NewGuid():N}");
        using var acceptor = new TcpAcceptorEndpoint(new IPEndPoint(IPAddress.Loopback, 0));
        var app = new FillingVenue(dialect);
        using var server = new SoupServerSession(
            new SoupServerSettings { Username = "USER", Password = "PASS", Session = "S1" }, new MemorySoupMessageStore(), app);
        app.Server = server;
        var sink = new RecordingSink();
        var options = new OuchVenueOptions
        {
            VenueId = 3,
            Name = "LOOP",
            Dialect = dialect,
            Host = "127.0.0.1",
            Port = acceptor.Port,
            Username = "USER",
            Password = "PASS",
            Symbols = new Dictionary<int, string> { [7] = "AAPL" },
            StateDirectory = directory,
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(20),
        };
        using var adapter = new OuchVenueAdapter(options, sink);
        try
        {
            void Run(Func<bool> done)
            {
                while (!done())
                {
                    cancel.ThrowIfCancellationRequested();
                    var now = SystemEpochClock.Instance.NowNanos();
                    if (acceptor.TryAccept(out var connection))
                    {
                        server.Attach(connection, now);
                    }

                    server.DoWork(now);
                    adapter.DoWork(now);
                }
            }

            Run(() => adapter.IsLoggedOn);
            var request = new VenueRequest
            {
                Kind = VenueRequestKind.NewOrder,
                Side = Side.Buy,
                OrderType = OrderType.Limit,
                TimeInForce = TimeInForce.Day,
                VenueId = 3,
                InstrumentId = 7,
                ClOrdId = 9001,
                Quantity = 100,
                Price = 150_25_000000,
            };
            adapter.TrySend(in request).Should().Be(VenueSendResult.Sent);
            Run(() => sink.Reports.Any(r => r.Kind == VenueReportKind.Fill));

            var accepted = sink.Reports.Single(r => r.Kind == VenueReportKind.Accepted);
            var fill = sink.Reports.Single(r => r.Kind == VenueReportKind.Fill);
            (accepted.ClOrdId, accepted.VenueSequence).Should().Be((9001L, 1L));
            (fill.ClOrdId, fill.VenueSequence, fill.CumQuantity, fill.LeavesQuantity, fill.LastPrice).Should().Be(
                (9001L, 2L, 100L, 0L, 150_25_000000L));

            // The venue drops the link; the adapter reconnects and asks for message 3.
            server.Dispose();
            Run(() => sink.Reports.Count(r => r.Kind == VenueReportKind.SessionUp) == 2);
            app.Logins.Should().Equal(1, 3);

            request.ClOrdId = 9002;
            adapter.TrySend(in request).Should().Be(VenueSendResult.Sent);
            Run(() => sink.Reports.Count(r => r.Kind == VenueReportKind.Fill) == 2);
            sink.Reports.Last(r => r.Kind == VenueReportKind.Fill).VenueSequence.Should().Be(4);
            adapter.Session.Counters[SoupCounter.FramingErrors].Should().Be(0);
        }
        finally
        {
            adapter.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Accepts and fully fills each Enter Order at its price.</summary>
    private sealed class FillingVenue(OuchDialect dialect) : ISoupServerHandler
    {
        private readonly byte[] _buffer = new byte[128];
        private ulong _match;

        public SoupServerSession? Server { get; set; }

        public List<long> Logins { get; } = [];

        public void OnLogin(long nextSequence) => Logins.Add(nextSequence);

        public void OnUnsequencedData(ReadOnlySpan<byte> message)
        {
            if (dialect == OuchDialect.Ouch42 && message.Length >= Ouch42Layout.EnterOrderLength && message[0] == Ouch42Layout.EnterOrderType)
            {
                var order = new Ouch42EnterOrder(message);
                Send(Ouch42Writer.Accepted(_buffer, 1, order.Token, order.Side, order.Shares, order.Stock, order.Price,
                    order.TimeInForce, order.Firm, order.Display, 1, order.Capacity, order.IntermarketSweep, 0, order.CrossType,
                    (byte)'L', (byte)' '));
                Send(Ouch42Writer.Executed(_buffer, 2, order.Token, order.Shares, order.Price, (byte)'A', ++_match));
            }
            else if (dialect == OuchDialect.Ouch50 && Ouch50Layout.IsComplete(message, Ouch50Layout.EnterOrderFixedLength))
            {
                var order = new Ouch50EnterOrder(message);
                Send(Ouch50Writer.Accepted(_buffer, 1, order.UserRefNum, order.Side, order.Quantity, order.Symbol, order.Price,
                    order.TimeInForce, order.Display, 1, order.Capacity, order.IntermarketSweep, order.CrossType, (byte)'L',
                    order.ClOrdId));
                Send(Ouch50Writer.Executed(_buffer, 2, order.UserRefNum, order.Quantity, order.Price, (byte)'A', ++_match));
            }
        }

        public void OnLogout() { }

        public void OnDisconnected() { }

        private void Send(int length) => Server!.SendSequenced(_buffer.AsSpan(0, length));
    }
}
