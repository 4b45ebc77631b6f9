using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Sessions.Soup;
using Gateway.Simulators.Ouch;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayOuch;

/// <summary>
/// The OUCH venue drops the gateway's connection mid-flow — orders arriving, their answers held back by the venue's
/// latency so that fills happen while nobody is connected — and the adapter logs in again asking for the next
/// sequenced message: the venue replays what the gateway missed. No fill is missed (each order's fills at the strategy
/// add up to what the venue executed under its token) and no order is entered twice (every token / UserRefNum taken
/// once, no retransmission seen).
/// </summary>
[Category("System")]
public sealed class OuchReconnectTests
{
    private const int FirstBatch = 20;
    private const int SecondBatch = 10;

    [TestCaseSource(typeof(OuchFlowTests), nameof(OuchFlowTests.Dialects))]
    [CancelAfter(180_000)]
    public void A_connection_dropped_mid_flow_is_replayed_with_no_fill_missed_and_no_order_entered_twice(object venueCase,
        CancellationToken cancellation)
    {
        var venue = (FlowVenue)venueCase;
        using var gateway = FlowGateway.Start(new FlowSetup { Venues = [venue] }, cancellation);
        var strategy = gateway.Connect(cancellation);
        var sim = gateway.Ouch(venue);
        sim.LatencyMicros = 300_000;

        // Order i has quantity 10 + i: the venue's record of a token says which order it was. Odd orders cross the ask
        // (fills), even ones rest at 189.00.
        for (var i = 1; i <= FirstBatch; i++)
        {
            strategy.NewOrder(i, Quantity(i), i % 2 == 1 ? 190.05m : 189.00m);
        }

        Wait.Until(() => sim.Counters.Orders >= FirstBatch / 2, FlowRecorder.Deadline, cancellation, "half the orders at the venue");
        sim.DropConnections();
        strategy.WaitFor<SessionStatusMessage>(m => m.Code == SessionStatusCode.VenueDown && m.VenueId == venue.Id, cancellation, "VenueDown");
        strategy.WaitFor<SessionStatusMessage>(
            m => m.Code == SessionStatusCode.VenueUp && strategy.Recorder.Count<SessionStatusMessage>(
                s => s.Code == SessionStatusCode.VenueUp && s.VenueId == venue.Id) >= 2,
            cancellation, "the second VenueUp");

        // After the reconnect: more fills, and cancels of the resting orders the venue took.
        for (var i = FirstBatch + 1; i <= FirstBatch + SecondBatch; i++)
        {
            strategy.NewOrder(i, Quantity(i), 190.05m);
        }

        var resting = Enumerable.Range(1, FirstBatch).Where(i => i % 2 == 0
            && strategy.Recorder.Count<VenueAcceptedMessage>(m => m.ClientOrderId == i) > 0).ToArray();
        foreach (var i in resting)
        {
            strategy.Cancel(i);
        }

        Wait.Until(() => FillsMatchExecutions(strategy, sim) && resting.All(i => strategy.Recorder.Count<CanceledMessage>(m => m.ClientOrderId == i) == 1)
                && Enumerable.Range(FirstBatch + 1, SecondBatch).All(i => strategy.Recorder.Count<FillMessage>(m => m.ClientOrderId == i && m.Kind == FillKind.Full) == 1),
            FlowRecorder.Deadline, cancellation, "every execution at the strategy and every cancel answered",
            () => Describe(strategy, sim));

        var tokens = sim.Tokens();
        tokens.Select(t => t.Shares).Should().OnlyHaveUniqueItems("no order was entered twice");
        sim.Counters.Duplicates.Should().Be(0, "the gateway never sent a token / UserRefNum again");
        sim.Counters.Orders.Should().Be(tokens.Count);
        sim.Counters.Drops.Should().Be(1);
        sim.SessionCounters(venue.CompId)[SoupCounter.MessagesReplayed].Should().BeGreaterThan(1,
            "what the venue executed while the gateway was away came back as a replay (1 is the start-of-day event)");
        var adapter = (OuchVenueAdapter)gateway.Host.Venues.Single();
        adapter.Session.Counters[SoupCounter.SequenceGaps].Should().Be(0);
        adapter.Session.Counters[SoupCounter.LoginsAccepted].Should().Be(2);

        var fills = strategy.Recorder.All<FillMessage>();
        fills.GroupBy(f => f.ClientOrderId).Should().OnlyContain(g => g.Select(f => f.ExecId.ToString()).Distinct().Count() == g.Count(),
            "no fill reported twice");
        fills.Sum(f => f.Quantity).Should().Be(tokens.Sum(t => t.Executed));
        TestContext.Out.WriteLine($"venue: {sim.Counters}; replayed {sim.SessionCounters(venue.CompId)[SoupCounter.MessagesReplayed]}");
    }

    private static long Quantity(int clientOrderId) => 10 + clientOrderId;

    /// <summary>For every token the venue took, the strategy's fills of that order add up to what the venue executed; no other order has fills.</summary>
    private static bool FillsMatchExecutions(FlowClient strategy, OuchVenueSimulator sim)
    {
        var tokens = sim.Tokens();
        var fills = strategy.Recorder.All<FillMessage>();
        var orders = tokens.Select(t => t.Shares - 10).ToHashSet();
        return tokens.All(t => fills.Where(f => f.ClientOrderId == t.Shares - 10).Sum(f => f.Quantity) == t.Executed)
            && fills.All(f => orders.Contains(f.ClientOrderId));
    }

    private static string Describe(FlowClient strategy, OuchVenueSimulator sim) =>
        "venue tokens: " + string.Join(", ", sim.Tokens().Select(t => $"{t.Token}:{t.Shares}/{t.Executed}/{t.State}"))
        + Environment.NewLine + strategy.Recorder.Describe();
}
