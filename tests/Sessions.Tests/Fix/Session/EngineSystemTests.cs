using System.Text;
using FluentAssertions;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>Our initiator against our acceptor, each a <see cref="FixEngine"/> on its own thread, over loopback TCP.</summary>
[Category("System")]
public sealed class EngineSystemTests
{
    private const string AcceptorCfg = """
        [DEFAULT]
        ConnectionType=acceptor
        SocketAcceptHost=127.0.0.1
        SocketAcceptPort=0
        StartTime=00:00:00
        EndTime=00:00:00
        UseDataDictionary=N
        [SESSION]
        BeginString=FIX.4.4
        SenderCompID=VENUE
        TargetCompID=GW
        """;

    private static string InitiatorCfg(int port) => $"""
        [DEFAULT]
        ConnectionType=initiator
        SocketConnectHost=127.0.0.1
        SocketConnectPort={port}
        HeartBtInt=30
        ReconnectInterval=1
        StartTime=00:00:00
        EndTime=00:00:00
        UseDataDictionary=N
        [SESSION]
        BeginString=FIX.4.4
        SenderCompID=GW
        TargetCompID=VENUE
        """;

    [Test]
    [CancelAfter(20_000)]
    public async Task Initiator_logs_on_trades_and_logs_out(CancellationToken token)
    {
        var venue = new ExecutingVenue();
        using var acceptor = StartEngine(AcceptorCfg, venue);
        var trader = new OrderSender(orders: 200);
        using var initiator = StartEngine(InitiatorCfg(acceptor.AcceptorPorts[0]), trader);

        await WaitFor(() => trader.LoggedOut == 1, token);

        trader.Fills.Should().Be(200);
        venue.Orders.Should().Be(200);
        trader.Logons.Should().Be(1);
        await WaitFor(() => venue.LoggedOut == 1, token);
        var gw = initiator.Sessions[0];
        gw.NextSenderMsgSeqNum.Should().Be(203, "Logon, 200 orders, Logout");
        gw.Counters[FixSessionCounter.AppMessagesReceived].Should().Be(200);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Initiator_reconnects_and_recovers_the_gap_after_the_acceptor_restarts(CancellationToken token)
    {
        var venue = new ExecutingVenue();
        var acceptor = StartEngine(AcceptorCfg, venue);
        var port = acceptor.AcceptorPorts[0];
        var trader = new OrderSender(orders: 5, logoutWhenFilled: false);
        using var initiator = StartEngine(InitiatorCfg(port), trader);
        await WaitFor(() => trader.Fills == 5, token);

        acceptor.Dispose();
        var venueNextSender = acceptor.Sessions[0].NextSenderMsgSeqNum;
        await WaitFor(() => trader.LoggedOut >= 1, token);

        // The venue comes back having kept its outbound sequence but lost everything it received.
        var restarted = new ExecutingVenue();
        using var again = StartEngine(AcceptorCfg, restarted, port, (_, _) =>
        {
            var store = new MemoryFixMessageStore(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000);
            store.SetNextSenderMsgSeqNum(venueNextSender);
            return store;
        });
        await WaitFor(() => trader.Logons == 2, token);
        await WaitFor(() => restarted.Orders == 5, token);

        again.Sessions[0].Counters[FixSessionCounter.ResendRequestsSent].Should().Be(1);
        initiator.Sessions[0].Counters[FixSessionCounter.MessagesResent].Should().Be(5, "the orders come back as PossDup");
        await WaitFor(() => again.Sessions[0].NextTargetMsgSeqNum == initiator.Sessions[0].NextSenderMsgSeqNum, token);
    }

    private static FixEngine StartEngine(string cfg, IFixApplication app, int? port = null,
        Func<FixSessionId, SettingsSection, IFixMessageStore>? stores = null) =>
        FixEngine.Start(new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Parse(cfg),
            Application = app,
            AcceptPortOverride = port,
            IdleStrategy = new BackoffIdleStrategy(),
            StoreFactory = stores,
        });

    private static async Task WaitFor(Func<bool> condition, CancellationToken token)
    {
        while (!condition())
        {
            await Task.Delay(5, token);
        }
    }

    private abstract class CountingApplication : IFixApplication
    {
        private int _logons;
        private int _loggedOut;

        public int Logons => Volatile.Read(ref _logons);

        public int LoggedOut => Volatile.Read(ref _loggedOut);

        public void OnCreate(FixSession session)
        {
        }

        public virtual void OnLogon(FixSession session) => Interlocked.Increment(ref _logons);

        public void OnLogout(FixSession session) => Interlocked.Increment(ref _loggedOut);

        public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

        public abstract FixAppResult FromApp(FixSession session, in FixMessage message);
    }

    /// <summary>Fills every order with an ExecutionReport.</summary>
    private sealed class ExecutingVenue : CountingApplication
    {
        private int _orders;

        public int Orders => Volatile.Read(ref _orders);

        public override FixAppResult FromApp(FixSession session, in FixMessage message)
        {
            Interlocked.Increment(ref _orders);
            var fill = new FillBody(message.GetValue(11));
            session.TrySend("8"u8, ref fill).Should().Be(FixSendStatus.Sent);
            return FixAppResult.Accepted;
        }
    }

    /// <summary>Sends its orders on logon; logs out when every one is filled.</summary>
    private sealed class OrderSender(int orders, bool logoutWhenFilled = true) : CountingApplication
    {
        private int _fills;
        private bool _sent;

        public int Fills => Volatile.Read(ref _fills);

        public override void OnLogon(FixSession session)
        {
            base.OnLogon(session);
            if (_sent)
            {
                return;
            }

            _sent = true;
            for (var i = 0; i < orders; i++)
            {
                var order = new OrderBody(i);
                session.TrySend("D"u8, ref order).Should().Be(FixSendStatus.Sent);
            }
        }

        public override FixAppResult FromApp(FixSession session, in FixMessage message)
        {
            if (Interlocked.Increment(ref _fills) == orders && logoutWhenFilled)
            {
                session.Logout("done");
            }

            return FixAppResult.Accepted;
        }
    }

    private readonly struct OrderBody(int id) : IFixBody
    {
        public void WriteHeader(ref FixHeaderFields header)
        {
        }

        public void WriteBody(ref FixWriter writer)
        {
            writer.Add(11, id);
            writer.Add(21, '1');
            writer.Add(38, 100);
            writer.Add(40, '2');
            writer.Add(44, new FixDecimal(10125, 2));
            writer.Add(54, '1');
            writer.Add(55, "GTW"u8);
        }
    }

    private readonly ref struct FillBody(ReadOnlySpan<byte> clOrdId) : IFixBody
    {
        private readonly ReadOnlySpan<byte> _clOrdId = clOrdId;

        public void WriteHeader(ref FixHeaderFields header)
        {
        }

        public void WriteBody(ref FixWriter writer)
        {
            writer.Add(11, _clOrdId);
            writer.Add(17, Encoding.ASCII.GetBytes("E" + Encoding.ASCII.GetString(_clOrdId)));
            writer.Add(39, '2');
            writer.Add(150, 'F');
        }
    }
}
