using FluentAssertions;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>
/// The adapter on an initiator <see cref="FixEngine"/> against a second engine (acceptor, own thread) whose tiny
/// venue acks and fills, over loopback TCP: requests in, reports out. The test thread drives the initiator engine,
/// so it calls TrySend on the engine's thread as the gateway does.
/// </summary>
[Category("System")]
public sealed class FixVenueSystemTests
{
    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    [CancelAfter(30_000)]
    public void Orders_go_out_and_reports_come_back(string beginString, CancellationToken token)
    {
        using var acceptor = FixEngine.Start(new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Parse(AcceptorCfg(beginString)),
            Application = new TinyVenue(),
            AcceptPortOverride = 0,
            IdleStrategy = new BackoffIdleStrategy(),
        });

        var sink = new RecordingSink();
        var app = new FixVenueApplication();
        var adapter = app.Add(VenueHarness.DefaultOptions(beginString), sink);
        var initiator = FixEngine.Create(new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Parse(InitiatorCfg(beginString, acceptor.AcceptorPorts[0])),
            Application = app,
        });

        try
        {
            Drive(initiator, () => adapter.IsLoggedOn, token);
            sink[0].Kind.Should().Be(VenueReportKind.SessionUp);

            adapter.TrySend(VenueHarness.NewOrder(2001, quantity: 100)).Should().Be(VenueSendResult.Sent);
            Drive(initiator, () => Has(sink, VenueReportKind.Fill, 2001), token);

            adapter.TrySend(VenueHarness.NewOrder(2002, quantity: 300)).Should().Be(VenueSendResult.Sent);
            Drive(initiator, () => Has(sink, VenueReportKind.Accepted, 2002), token);
            adapter.TrySend(VenueHarness.Replace(2003, 2002)).Should().Be(VenueSendResult.Sent);
            Drive(initiator, () => Has(sink, VenueReportKind.Replaced, 2003), token);
            adapter.TrySend(VenueHarness.Cancel(2004, 2003)).Should().Be(VenueSendResult.Sent);
            Drive(initiator, () => Has(sink, VenueReportKind.Canceled, 2004), token);

            var reports = sink.ToArray();
            reports.Select(r => (r.Kind, r.ClOrdId)).Should().Equal(
                (VenueReportKind.SessionUp, 0L),
                (VenueReportKind.Accepted, 2001L),
                (VenueReportKind.Fill, 2001L),
                (VenueReportKind.Accepted, 2002L),
                (VenueReportKind.Replaced, 2003L),
                (VenueReportKind.Canceled, 2004L));
            var fill = reports[2];
            fill.LastQuantity.Should().Be(100);
            fill.LastPrice.Should().Be(12_345_000_000);
            fill.LeavesQuantity.Should().Be(0);
            fill.VenueOrderId.ToString().Should().Be("V2001");
            reports[4].OrigClOrdId.Should().Be(2002);
            reports[4].OrderQuantity.Should().Be(250);
            reports[4].Price.Should().Be(99_500_000);
            reports[5].OrigClOrdId.Should().Be(2003);
            reports.Skip(1).Select(r => r.VenueSequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            adapter.HasSent(2004).Should().BeTrue();
        }
        finally
        {
            initiator.Dispose();
        }

        sink.Last.Kind.Should().Be(VenueReportKind.SessionDown);
    }

    private static bool Has(RecordingSink sink, VenueReportKind kind, long clOrdId)
    {
        for (var i = 0; i < sink.Count; i++)
        {
            if (sink[i].Kind == kind && sink[i].ClOrdId == clOrdId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs the engine's duty cycles on this thread until the condition holds (or the test is cancelled).</summary>
    private static void Drive(FixEngine engine, Func<bool> condition, CancellationToken token)
    {
        var idle = new BackoffIdleStrategy();
        while (!condition())
        {
            token.ThrowIfCancellationRequested();
            idle.Idle(engine.DoWork());
        }
    }

    private static string ApplVerId(string beginString) => beginString == "FIXT.1.1" ? "DefaultApplVerID=FIX.5.0SP2" : "";

    private static string AcceptorCfg(string beginString) => $"""
        [DEFAULT]
        ConnectionType=acceptor
        SocketAcceptHost=127.0.0.1
        SocketAcceptPort=0
        StartTime=00:00:00
        EndTime=00:00:00
        UseDataDictionary=N
        [SESSION]
        BeginString={beginString}
        {ApplVerId(beginString)}
        SenderCompID=VENUE
        TargetCompID=GW
        """;

    private static string InitiatorCfg(string beginString, int port) => $"""
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
        BeginString={beginString}
        {ApplVerId(beginString)}
        SenderCompID=GW
        TargetCompID=VENUE
        """;

    /// <summary>Acks every order and fills those of 100; cancels and replaces whatever it is asked to.</summary>
    private sealed class TinyVenue : IFixApplication
    {
        private long _execId;

        public void OnCreate(FixSession session)
        {
        }

        public void OnLogon(FixSession session)
        {
        }

        public void OnLogout(FixSession session)
        {
        }

        public FixAppResult FromAdmin(FixSession session, in FixMessage message) => FixAppResult.Accepted;

        public FixAppResult FromApp(FixSession session, in FixMessage m)
        {
            var fix42 = session.Id.BeginString == "FIX.4.2";
            var qty = m.GetValue(38);
            switch (m.MsgType)
            {
                case MsgTypes.NewOrderSingle:
                    Send(session, new Report(m, '0', '0', fix42, ++_execId) { Cum = "0"u8, Leaves = qty });
                    if (qty.SequenceEqual("100"u8))
                    {
                        Send(session, new Report(m, fix42 ? '2' : 'F', '2', fix42, ++_execId)
                        {
                            LastQty = qty,
                            LastPx = m.GetValue(44),
                            Cum = qty,
                            Leaves = "0"u8,
                        });
                    }

                    break;
                case MsgTypes.OrderCancelReplaceRequest:
                    Send(session, new Report(m, '5', '0', fix42, ++_execId) { Cum = "0"u8, Leaves = qty });
                    break;
                case MsgTypes.OrderCancelRequest:
                    Send(session, new Report(m, '4', '4', fix42, ++_execId) { Cum = "0"u8, Leaves = "0"u8 });
                    break;
                default:
                    return FixAppResult.UnsupportedMessageType;
            }

            return FixAppResult.Accepted;
        }

        private static void Send(FixSession session, Report report)
        {
            if (session.TrySend("8"u8, ref report) != FixSendStatus.Sent)
            {
                throw new InvalidOperationException("the tiny venue could not send");
            }
        }
    }

    /// <summary>An ExecutionReport answering the request in view: 37=V{ClOrdID}, the request's ids, side, symbol, quantity and price.</summary>
    private ref struct Report(in FixMessage request, char execType, char ordStatus, bool fix42, long execId) : IFixBody
    {
        private readonly ReadOnlySpan<byte> _clOrdId = request.GetValue(11);
        private readonly ReadOnlySpan<byte> _origClOrdId = request.GetValue(41);
        private readonly ReadOnlySpan<byte> _symbol = request.GetValue(55);
        private readonly ReadOnlySpan<byte> _side = request.GetValue(54);
        private readonly ReadOnlySpan<byte> _qty = request.GetValue(38);
        private readonly ReadOnlySpan<byte> _price = request.GetValue(44);

        public ReadOnlySpan<byte> LastQty { get; init; }

        public ReadOnlySpan<byte> LastPx { get; init; }

        public ReadOnlySpan<byte> Cum { get; init; }

        public ReadOnlySpan<byte> Leaves { get; init; }

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
        }

        public readonly void WriteBody(ref FixWriter w)
        {
            Span<byte> orderId = stackalloc byte[24];
            orderId[0] = (byte)'V';
            _clOrdId.CopyTo(orderId[1..]);
            w.Add(37, orderId[..(_clOrdId.Length + 1)]);
            w.Add(17, execId);
            if (fix42)
            {
                w.Add(20, '0');
            }

            w.Add(150, execType);
            w.Add(39, ordStatus);
            w.Add(11, _clOrdId);
            if (!_origClOrdId.IsEmpty)
            {
                w.Add(41, _origClOrdId);
            }

            w.Add(55, _symbol);
            w.Add(54, _side);
            if (!_qty.IsEmpty)
            {
                w.Add(38, _qty);
            }

            if (!_price.IsEmpty)
            {
                w.Add(44, _price);
            }

            if (!LastQty.IsEmpty)
            {
                w.Add(32, LastQty);
                w.Add(31, LastPx);
            }

            w.Add(14, Cum);
            w.Add(151, Leaves);
            w.Add(6, '0');
        }
    }
}
