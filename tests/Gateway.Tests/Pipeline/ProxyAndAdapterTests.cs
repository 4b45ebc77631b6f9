using System.Diagnostics;
using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Pipeline;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Metrics;
using Gateway.Venues;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;

namespace Gateway.Tests.Pipeline;

/// <summary>The rings' two ends on the I/O thread on their own: what InboundProxy writes, what OutboundAdapter does with entries.</summary>
public sealed class ProxyAndAdapterTests
{
    private RingBuffer<InboundEvent> _inboundRing = null!;
    private RingBuffer<OutboundAction> _outboundRing = null!;
    private RingConsumer<InboundEvent> _inbound = null!;
    private RingConsumer<OutboundAction> _outboundConsumer = null!;
    private InboundProxy _proxy = null!;
    private FakeVenue _venue = null!;
    private RecordingClients _clients = null!;
    private LatencyRecorder _wireToWire = null!;
    private OutboundAdapter _adapter = null!;

    [SetUp]
    public void SetUp()
    {
        // NUnit keeps one fixture instance for every test: each test gets rings of its own.
        _inboundRing = new RingBuffer<InboundEvent>(8);
        _outboundRing = new RingBuffer<OutboundAction>(8);
        _venue = new FakeVenue(VenueA);
        _clients = new RecordingClients();
        _wireToWire = new LatencyRecorder();
        _inbound = _inboundRing.NewConsumer();
        _outboundConsumer = _outboundRing.NewConsumer();
        _proxy = new InboundProxy(_inboundRing);
        var venues = new IVenueAdapter?[4];
        venues[VenueA] = _venue;
        _adapter = new OutboundAdapter(_outboundConsumer, venues, _clients, _proxy, _wireToWire);
    }

    [Test]
    public void Strategy_commands_become_inbound_events_with_their_strategy_and_read_time()
    {
        var order = Order(5, quantity: 3);
        _proxy.OnNewOrder(2, in order, receivedTicks: 1234);
        var cancel = new CancelOrderMessage { ClientOrderId = 6 };
        _proxy.OnCancelOrder(2, in cancel, 55);
        var replace = new ReplaceOrderMessage { OrigClientOrderId = 6, ClientOrderId = 7, Quantity = 9 };
        _proxy.OnReplaceOrder(2, in replace, 56);
        var mass = new MassCancelMessage { InstrumentId = 42, AccountId = -1, VenueId = -1 };
        _proxy.OnMassCancel(2, in mass, 57);
        _proxy.OnLoggedIn(3);
        _proxy.OnDisconnected(3);

        var events = Drain();

        events.Select(e => (e.Kind, e.StrategyId)).Should().Equal(
            (InboundKind.NewOrder, 2), (InboundKind.CancelOrder, 2), (InboundKind.ReplaceOrder, 2), (InboundKind.MassCancel, 2),
            (InboundKind.ClientLoggedIn, 3), (InboundKind.ClientDisconnected, 3));
        events[0].ReceivedTicks.Should().Be(1234);
        events[0].NewOrder.ClientOrderId.Should().Be(5);
        events[0].NewOrder.Quantity.Should().Be(3);
        events[1].Cancel.ClientOrderId.Should().Be(6);
        events[2].Replace.ClientOrderId.Should().Be(7);
        events[2].Replace.Quantity.Should().Be(9);
        events[3].MassCancel.InstrumentId.Should().Be(42);
        events[4].ReceivedTicks.Should().Be(0);
    }

    [TestCase(VenueRequestKind.NewOrder, VenueReportKind.Rejected, false)]
    [TestCase(VenueRequestKind.Cancel, VenueReportKind.CancelRejected, false)]
    [TestCase(VenueRequestKind.Replace, VenueReportKind.CancelRejected, true)]
    public void A_send_failure_becomes_the_report_the_venue_would_have_sent(
        VenueRequestKind kind, VenueReportKind expected, bool forReplace)
    {
        var request = new VenueRequest { Kind = kind, VenueId = 1, ClOrdId = 77, OrigClOrdId = 66 };

        _proxy.OnSendFailed(in request, VenueSendResult.NotConnected);

        var entry = Drain().Should().ContainSingle().Subject;
        entry.Kind.Should().Be(InboundKind.VenueSendFailed);
        entry.SendResult.Should().Be(VenueSendResult.NotConnected);
        entry.Report.Kind.Should().Be(expected);
        entry.Report.ForReplace.Should().Be(forReplace);
        entry.Report.VenueId.Should().Be(1);
        entry.Report.ClOrdId.Should().Be(77);
        entry.Report.OrigClOrdId.Should().Be(66);
    }

    [Test]
    [CancelAfter(10_000)]
    public void A_full_inbound_ring_waits_and_drains_the_outbound_ring_meanwhile(CancellationToken cancellation)
    {
        for (var i = 0; i < _inboundRing.Capacity; i++)
        {
            _proxy.OnLoggedIn(i);
        }

        var drains = 0;
        _proxy.OnFullDrain(() =>
        {
            drains++;
            cancellation.ThrowIfCancellationRequested();
            _inbound.TryPoll(out _);
            return 1;
        });

        _proxy.OnLoggedIn(99);

        _proxy.FullWaits.Should().Be(1);
        drains.Should().BePositive();
        Drain().Last().StrategyId.Should().Be(99);
    }

    [Test]
    public void Venue_requests_go_to_their_adapter_and_record_wire_to_wire_latency()
    {
        PublishRequest(VenueA, clOrdId: 10, receivedTicks: Stopwatch.GetTimestamp());
        PublishRequest(VenueA, clOrdId: 11, receivedTicks: 0);

        _adapter.DoWork().Should().Be(2);

        _venue.Requests.Select(r => r.ClOrdId).Should().Equal(10L, 11L);
        _wireToWire.TakeInterval().Count.Should().Be(1, "only requests made from a strategy's frame are timed");
        _adapter.DoWork().Should().Be(0);
    }

    [TestCase(3, TestName = "A venue id without an adapter")]
    [TestCase(70, TestName = "A venue id beyond the table")]
    [TestCase(-1, TestName = "A negative venue id")]
    public void A_request_for_a_venue_without_an_adapter_goes_back_as_a_send_failure(int venueId)
    {
        PublishRequest(venueId, clOrdId: 12, receivedTicks: 0);

        _adapter.DoWork().Should().Be(1);

        var failure = Drain().Should().ContainSingle().Subject;
        failure.Kind.Should().Be(InboundKind.VenueSendFailed);
        failure.SendResult.Should().Be(VenueSendResult.Invalid);
        failure.Report.ClOrdId.Should().Be(12);
    }

    [Test]
    public void Strategy_messages_go_to_the_strategy_and_unknown_types_are_dropped_and_counted()
    {
        ref var fill = ref Claim(out var first);
        fill.Kind = OutboundKind.Client;
        fill.ClientType = MessageType.Fill;
        fill.StrategyId = 4;
        fill.Fill.ClientOrderId = 9;
        fill.Fill.Quantity = 5;
        _outboundRing.Publish(first);
        ref var odd = ref Claim(out var second);
        odd.Kind = OutboundKind.Client;
        odd.ClientType = MessageType.Login;
        odd.StrategyId = 4;
        _outboundRing.Publish(second);

        _adapter.DoWork().Should().Be(2);

        var sent = _clients.Single<FillMessage>(4);
        sent.ClientOrderId.Should().Be(9);
        sent.Quantity.Should().Be(5);
        _adapter.ClientDrops.Should().Be(1);
    }

    [Test]
    [CancelAfter(10_000)]
    public void Admin_commands_are_numbered_and_waiting_for_one_not_applied_ends_with_the_token(CancellationToken testCancellation)
    {
        var admin = new PipelineAdmin();
        admin.IsEmpty.Should().BeTrue();

        admin.MassCancel(strategyId: 1).Should().Be(1);
        admin.KillSwitch(Gateway.RiskChecks.Admin.KillSwitchLevel.Global, 0, on: true).Should().Be(2);

        admin.IsEmpty.Should().BeFalse();
        admin.Applied.Should().Be(0);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(testCancellation);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));
        var wait = () => admin.WaitUntilApplied(1, cancellation.Token);
        wait.Should().Throw<OperationCanceledException>();
    }

    private ref OutboundAction Claim(out long sequence)
    {
        _outboundRing.TryClaim(out sequence).Should().Be(ClaimResult.Claimed);
        return ref _outboundRing[sequence];
    }

    private void PublishRequest(int venueId, long clOrdId, long receivedTicks)
    {
        _outboundRing.TryClaim(out var sequence).Should().Be(ClaimResult.Claimed);
        ref var entry = ref _outboundRing[sequence];
        entry.Kind = OutboundKind.Venue;
        entry.StrategyId = -1;
        entry.ReceivedTicks = receivedTicks;
        entry.Request = new VenueRequest { Kind = VenueRequestKind.NewOrder, VenueId = venueId, ClOrdId = clOrdId };
        _outboundRing.Publish(sequence);
    }

    private List<InboundEvent> Drain()
    {
        var events = new List<InboundEvent>();
        while (_inbound.TryPoll(out var entry))
        {
            events.Add(entry);
        }

        return events;
    }
}
