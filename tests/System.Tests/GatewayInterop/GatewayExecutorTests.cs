using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Interop;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// A strategy trading through our whole gateway (client SDK → <see cref="Hosting.GatewayHost"/>: risk, order book,
/// journal, FIX venue adapter) with QuickFIX C++'s executor as the venue, one FIX version at a time. The executor
/// fills every limit order at its price with one ExecutionReport and sends no New before it; it refuses other
/// order types with a session Reject, and FIX 5.0 SP2 orders (it only cracks FIX 5.0) with a BusinessMessageReject.
/// </summary>
[Category("Interop")]
[Category("System")]
public class GatewayExecutorTests : GatewayInteropTest
{
    private const int Venue = 0;

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    [CancelAfter(90_000)]
    public void A_limit_order_is_accepted_by_the_gateway_and_filled_in_full_by_the_executor(
        string beginString, CancellationToken cancellation)
    {
        using var peer = StartExecutor(beginString, "FIX.5.0", cancellation);
        using var gateway = StartGateway(ExecutorVenue(peer, beginString, "FIX.5.0"));
        using var strategy = LogIn(gateway, peer, 0, cancellation, Venue);

        strategy.SendLimit(1, InteropPlan.Msft, Venue, Side.Buy, 300, 12.5m);

        var fill = strategy.WaitFor(1, StrategyEventKind.Fill, Reply, cancellation);
        fill.Should().BeEquivalentTo(
            new { Quantity = 300L, Price = InteropPlan.Price(12.5m), CumQuantity = 300L, LeavesQuantity = 0L, FillKind = FillKind.Full },
            options => options.ExcludingMissingMembers(),
            strategy.Describe());
        // The executor sends no New, so the gateway has no venue acknowledgement to pass on: OrderAccepted (risk
        // passed, sent to the venue), then the fill. A VenueAccepted, should the gateway infer one from the fill,
        // must come between them.
        var events = strategy.EventsOf(1).Select(e => e.Kind).Where(k => k != StrategyEventKind.VenueAccepted);
        events.Should().Equal([StrategyEventKind.OrderAccepted, StrategyEventKind.Fill], strategy.Describe());
        strategy.EventsOf(1)[0].VenueId.Should().Be(Venue);

        // What reached the executor: our NewOrderSingle in its version, with the instrument's symbol and the price.
        var order = PeerLog.WaitForIncoming(peer, m => m.Any(x => x.MsgType == "D"), Reply, cancellation, "the order")
            .Single(m => m.MsgType == "D");
        order.Field(8).Should().Be(beginString);
        order.Field(55).Should().Be("MSFT");
        order.Field(54).Should().Be("1");
        order.Field(38).Should().Be("300");
        order.Field(40).Should().Be("2");
        order.Field(44).Should().Be("12.5");
        order.Field(11).Should().MatchRegex("^[0-9]{1,18}$", "the gateway's own ClOrdID, not the strategy's");
        peer.Log.Should().NotContain("35=3", "the executor rejected nothing of ours");
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
        gateway.Counters.Unrecognised.Value.Should().Be(0, gateway.Describe());
        gateway.Counters.Fills.Value.Should().Be(1, gateway.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void Several_orders_in_a_row_are_each_filled_once_at_their_own_price(CancellationToken cancellation)
    {
        using var peer = StartExecutor("FIX.4.4", "FIX.5.0", cancellation);
        using var gateway = StartGateway(ExecutorVenue(peer, "FIX.4.4", "FIX.5.0"));
        using var strategy = LogIn(gateway, peer, 0, cancellation, Venue);

        var prices = new[] { 12.0m, 12.25m, 12.5m, 12.75m, 13.0m };
        for (var i = 0; i < prices.Length; i++)
        {
            strategy.SendLimit(10 + i, InteropPlan.Msft, Venue, i % 2 == 0 ? Side.Buy : Side.Sell, 100 + i, prices[i]);
        }

        for (var i = 0; i < prices.Length; i++)
        {
            var fill = strategy.WaitFor(10 + i, StrategyEventKind.Fill, Reply, cancellation);
            fill.Price.Should().Be(InteropPlan.Price(prices[i]), strategy.Describe());
            fill.Quantity.Should().Be(100 + i, strategy.Describe());
            fill.FillKind.Should().Be(FillKind.Full, strategy.Describe());
        }

        strategy.Events.Count(e => e.Kind == StrategyEventKind.Fill).Should().Be(prices.Length, strategy.Describe());
        gateway.Counters.Anomalies.Value.Should().Be(0, gateway.Describe());
    }

    [Test]
    [CancelAfter(90_000)]
    public void A_market_order_the_executor_refuses_with_a_session_reject_reaches_the_strategy_as_a_venue_reject(
        CancellationToken cancellation)
    {
        using var peer = StartExecutor("FIX.4.4", "FIX.5.0", cancellation);
        using var gateway = StartGateway(ExecutorVenue(peer, "FIX.4.4", "FIX.5.0"));
        using var strategy = LogIn(gateway, peer, 0, cancellation, Venue);

        strategy.SendMarket(2, InteropPlan.Msft, Venue, Side.Buy, 100);

        var reject = strategy.WaitFor(2, StrategyEventKind.OrderRejected, Reply, cancellation);
        reject.RejectReason.Should().Be(RejectReason.VenueRejected, strategy.Describe());
        strategy.EventsOf(2).Select(e => e.Kind).Should().Equal(
            [StrategyEventKind.OrderAccepted, StrategyEventKind.OrderRejected], strategy.Describe());
        // The executor answers OrdType=1 with a session-level Reject (its log reaches us later than its answer).
        peer.WaitForLog("\u000135=3\u0001", Reply, cancellation);

        // The session goes on: the next limit order fills.
        strategy.SendLimit(3, InteropPlan.Msft, Venue, Side.Sell, 100, 12.5m);
        strategy.WaitFor(3, StrategyEventKind.Fill, Reply, cancellation).FillKind.Should().Be(FillKind.Full);
    }

    [Test]
    [CancelAfter(90_000)]
    public void A_FIX50SP2_order_the_executor_cannot_read_reaches_the_strategy_as_a_venue_reject(CancellationToken cancellation)
    {
        // Debian's executor cracks FIX.5.0 only: an SP2 NewOrderSingle is an unsupported message type to it.
        using var peer = StartExecutor("FIXT.1.1", "FIX.5.0SP2", cancellation);
        using var gateway = StartGateway(ExecutorVenue(peer, "FIXT.1.1", "FIX.5.0SP2"));
        using var strategy = LogIn(gateway, peer, 0, cancellation, Venue);
        peer.WaitForLog("\u00011137=9\u0001", Reply, cancellation);

        strategy.SendLimit(4, InteropPlan.Msft, Venue, Side.Buy, 100, 12.5m);

        var reject = strategy.WaitFor(4, StrategyEventKind.OrderRejected, Reply, cancellation);
        reject.RejectReason.Should().Be(RejectReason.VenueRejected, strategy.Describe());
        peer.WaitForLog("\u000135=j\u0001", Reply, cancellation);
        strategy.EventsOf(4).Should().NotContain(e => e.Kind == StrategyEventKind.Fill);
    }

    private QuickFixPeer StartExecutor(string beginString, string applVerId, CancellationToken cancellation) =>
        StartPeer(
            new QuickFixPeerOptions
            {
                App = QuickFixApp.Executor,
                BeginString = beginString,
                DefaultApplVerId = applVerId,
                SenderCompId = "EXEC",
                TargetCompIds = ["GATEWAY"],
            },
            cancellation);

    private static InteropVenue ExecutorVenue(QuickFixPeer peer, string beginString, string applVerId) =>
        new(Venue, "QFX-EXEC", peer.Port, beginString, "GATEWAY", "EXEC") { DefaultApplVerId = applVerId };
}
