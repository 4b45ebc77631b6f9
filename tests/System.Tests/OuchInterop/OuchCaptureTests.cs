using System.Net;
using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using Gateway.Venues;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.System.Tests.OuchInterop;

/// <summary>
/// An OUCH 4.2 session over loopback, captured with tshark and decoded by its own soupbintcp and ouch dissectors:
/// our <see cref="OuchVenueAdapter"/> (Soup client, OUCH encoders) against our <see cref="SoupServerSession"/> with a
/// <see cref="ScriptedOuchVenue"/> that answers with every outbound message type. Every Soup packet type both ways
/// (Login Request/Accepted/Rejected, Sequenced/Unsequenced Data, both heartbeats, Logout, End of Session), every OUCH
/// message we send (Enter, Replace, Cancel) and every one the adapter reads: no malformed or expert-error packet, and
/// the fields tshark decodes are the ones we put on the wire.
/// </summary>
[Category("System")]
[Category("Interop")]
public sealed class OuchCaptureTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    [CancelAfter(180_000)]
    public void An_OUCH_42_session_decodes_in_tshark_field_for_field(CancellationToken cancellation)
    {
        using var acceptor = new TcpAcceptorEndpoint(new IPEndPoint(IPAddress.Loopback, 0));
        using var capture = TsharkCapture.Start(acceptor.Port, _workspace.Path, cancellation);
        var venue = new ScriptedOuchVenue();
        var fast = TimeSpan.FromMilliseconds(100);
        using var server = new SoupServerSession(
            new SoupServerSettings { Username = "USER", Password = "PASS", Session = "SESSION1", HeartbeatInterval = fast },
            new MemorySoupMessageStore(), venue);
        venue.Server = server;
        var sink = new Reports();
        using var adapter = new OuchVenueAdapter(new OuchVenueOptions
        {
            VenueId = 3,
            Name = "CAPTURE",
            Dialect = OuchDialect.Ouch42,
            Host = "127.0.0.1",
            Port = acceptor.Port,
            Username = "USER",
            Password = "PASS",
            Firm = "FIRM",
            Symbols = new Dictionary<int, string> { [7] = "AAPL" },
            StateDirectory = _workspace.Sub("ouch"),
            HeartbeatInterval = fast,
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(20),
        }, sink);
        var intruder = new RejectedClient();
        using var wrongPassword = new SoupClientSession(new SoupClientSettings { Username = "USER", Password = "WRONG" },
            new MemorySoupSequenceStore(), intruder, new TcpConnector("127.0.0.1", acceptor.Port,
                new ReconnectBackoff(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1))));
        var intruderActive = false;

        void RunUntil(Func<bool> done, string what)
        {
            var deadline = Deadline.After(Step);
            while (!done())
            {
                cancellation.ThrowIfCancellationRequested();
                if (deadline.HasPassed)
                {
                    throw new TimeoutException($"timed out waiting for {what}; reports: {string.Join(", ", sink.Kinds)}");
                }

                var now = SystemEpochClock.Instance.NowNanos();
                if (acceptor.TryAccept(out var connection))
                {
                    server.Attach(connection, now);
                }

                server.DoWork(now);
                adapter.DoWork(now);
                if (intruderActive)
                {
                    wrongPassword.DoWork(now);
                }

                Thread.Yield();
            }
        }

        RunUntil(() => adapter.IsLoggedOn, "the login");
        Send(adapter, VenueRequestKind.NewOrder, 101, 0, Side.Buy, 100, 150_25_000000);
        RunUntil(() => sink.Count(VenueReportKind.Fill) == 1, "the fill");
        Send(adapter, VenueRequestKind.Replace, 102, 101, Side.Buy, 100, 150_00_000000);
        RunUntil(() => sink.Count(VenueReportKind.Replaced) == 1, "the replace");
        Send(adapter, VenueRequestKind.Cancel, 103, 102, Side.Buy, 0, 0);
        RunUntil(() => sink.Count(VenueReportKind.Canceled) == 1, "the cancel");
        Send(adapter, VenueRequestKind.NewOrder, 104, 0, Side.SellShort, 200, 99_99_000000);
        RunUntil(() => sink.Count(VenueReportKind.Rejected) == 1, "the reject");
        Send(adapter, VenueRequestKind.Cancel, 105, 104, Side.SellShort, 0, 0);
        RunUntil(() => sink.Count(VenueReportKind.CancelRejected) == 1, "the cancel reject");
        RunUntil(() => adapter.Session.Counters[SoupCounter.HeartbeatsSent] > 0 && server.Counters[SoupCounter.HeartbeatsSent] > 0,
            "a heartbeat each way");

        // Logout, a login with a wrong password, then the adapter back and the venue ending the session.
        adapter.Session.Logout(SystemEpochClock.Instance.NowNanos());
        RunUntil(() => server.State == SoupServerState.Idle, "the logout");
        intruderActive = true;
        RunUntil(() => intruder.Rejected != SoupLoginRejectReason.None, "the rejected login");
        intruderActive = false;
        adapter.Session.Enable();
        RunUntil(() => server.IsLoggedIn && adapter.IsLoggedOn, "the second login");
        server.EndSession();
        RunUntil(() => adapter.Session.State == SoupClientState.EndOfSession, "End of Session");

        capture.Stop(cancellation);
        var pdus = SoupPdml.Read(capture.PcapPath, capture.Port, cancellation);
        var problems = SoupPdml.Problems(capture.PcapPath, capture.Port, cancellation);
        string Details() => string.Join(Environment.NewLine, pdus) + Environment.NewLine + SoupPdml.Verbose(capture.PcapPath, capture.Port, cancellation);

        problems.Should().BeEmpty(Details());
        intruder.Rejected.Should().Be(SoupLoginRejectReason.NotAuthorized);

        // Soup packet types in order, heartbeats aside (their number depends on timing), then the heartbeats themselves.
        pdus.Where(p => !p.FromServer && p.Type != "R").Select(p => p.Type).Should().Equal(
            ["L", "U", "U", "U", "U", "U", "O", "L", "L"], Details());
        pdus.Where(p => p.FromServer && p.Type != "H").Select(p => p.Type).Should().Equal(
            ["A", .. Enumerable.Repeat("S", venue.Sent.Count - 1), "J", "A", "S", "Z"], Details());
        pdus.Should().Contain(p => !p.FromServer && p.Type == "R", Details());
        pdus.Should().Contain(p => p.FromServer && p.Type == "H", Details());

        // Login fields: what the sessions wrote.
        var logins = pdus.Where(p => p.Type == "L").ToList();
        logins[0].Soup["soupbintcp.username"].TrimEnd().Should().Be("USER");
        logins[0].Soup["soupbintcp.password"].TrimEnd().Should().Be("PASS");
        logins[1].Soup["soupbintcp.password"].TrimEnd().Should().Be("WRONG");
        pdus.First(p => p.Type == "A").Soup["soupbintcp.session"].Trim().Should().Be("SESSION1");
        pdus.Single(p => p.Type == "J").Soup["soupbintcp.reject_code"].Trim('\'').Should().Be("A");

        // Every OUCH message, both ways, field for field against the bytes we sent.
        var inbound = pdus.Where(p => p.Type == "U").ToList();
        var outbound = pdus.Where(p => p.Type == "S").ToList();
        inbound.Should().HaveCount(venue.Received.Count, Details());
        outbound.Should().HaveCount(venue.Sent.Count, Details());
        for (var i = 0; i < inbound.Count; i++)
        {
            Check(inbound[i], Ouch42Expected.Inbound(venue.Received[i]), Details);
        }

        for (var i = 0; i < outbound.Count; i++)
        {
            Check(outbound[i], Ouch42Expected.Outbound(venue.Sent[i]), Details);
        }

        outbound.Select(p => p.Ouch!["ouch.packet_type"].Text).Distinct().Should().BeEquivalentTo(
            ["S", "A", "E", "T", "M", "B", "U", "P", "C", "J", "I"], "every outbound type went through tshark");
        inbound.Select(p => p.Ouch!["ouch.packet_type"].Text).Distinct().Should().BeEquivalentTo(["O", "U", "X"]);
    }

    private static void Check(SoupPdu pdu, IReadOnlyList<(string Field, object Value)> expected, Func<string> details)
    {
        pdu.Ouch.Should().NotBeNull($"{pdu} carries OUCH{Environment.NewLine}{details()}");
        foreach (var (field, value) in expected)
        {
            pdu.Ouch!.Should().ContainKey(field, $"{pdu}");
            var decoded = pdu.Ouch![field];
            object actual = value is ulong ? decoded.ToNumber() : decoded.Text;
            actual.Should().Be(value, $"{field} of {pdu}");
        }
    }

    private static void Send(OuchVenueAdapter adapter, VenueRequestKind kind, long clOrdId, long orig, Side side, long quantity, long price)
    {
        var request = new VenueRequest
        {
            Kind = kind,
            Side = side,
            OrderType = OrderType.Limit,
            TimeInForce = TimeInForce.Day,
            VenueId = 3,
            InstrumentId = 7,
            ClOrdId = clOrdId,
            OrigClOrdId = orig,
            Quantity = quantity,
            Price = price,
        };
        adapter.TrySend(in request).Should().Be(VenueSendResult.Sent, $"{kind} {clOrdId}");
    }

    private sealed class Reports : IVenueReportSink
    {
        public List<VenueReportKind> Kinds { get; } = [];

        public int Count(VenueReportKind kind) => Kinds.Count(k => k == kind);

        public void OnReport(in VenueReport report) => Kinds.Add(report.Kind);
    }

    private sealed class RejectedClient : ISoupClientHandler
    {
        public SoupLoginRejectReason Rejected { get; private set; }

        public void OnLoginAccepted(ReadOnlySpan<byte> session, long nextSequence) { }

        public void OnLoginRejected(SoupLoginRejectReason reason) => Rejected = reason;

        public void OnSequencedData(long sequence, ReadOnlySpan<byte> message) { }

        public void OnEndOfSession() { }

        public void OnDisconnected() { }
    }
}
