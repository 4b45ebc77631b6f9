using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues.Orders;
using NUnit.Framework;
using static Gateway.Tests.Pipeline.PipelineHarness;
using RiskPrice = Gateway.RiskChecks.Orders.Price;

namespace Gateway.Tests.Pipeline;

/// <summary>Every change journaled; a second processor over the replayed journal has the same book and settles what was in flight.</summary>
public sealed class JournalRecoveryTests
{
    [Test]
    public void Every_change_is_appended_and_gateway_rejects_are_not()
    {
        using var h = new PipelineHarness().Ready();
        var appends = h.Journal.Appends;

        long Added()
        {
            var now = h.Journal.Appends;
            var added = now - appends;
            appends = now;
            return added;
        }

        h.Send(Order(1));
        Added().Should().Be(1, "new order");
        h.Accept(1);
        Added().Should().Be(1, "accepted");
        h.Fill(1, 10, 100m);
        Added().Should().Be(1, "fill");
        h.Replace(1, 2, 150, 100m);
        Added().Should().Be(2, "replace: original and replacement");
        h.Replaced(1, 2);
        Added().Should().Be(2, "replaced: original and replacement");
        h.Cancel(2);
        Added().Should().Be(1, "cancel request");
        h.Canceled(2);
        Added().Should().Be(1, "canceled");
        h.Send(Order(3, quantity: 5000));
        h.Send(Order(2));
        h.Send(Order(4, venue: 9));
        h.Cancel(99);
        Added().Should().Be(0, "refusals by the gateway change no order");
        h.Counters.JournalFailures.Value.Should().Be(0);
    }

    [Test]
    public void A_second_processor_over_the_journal_has_the_same_book_and_settles_what_was_in_flight()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeunit-" + Guid.NewGuid().ToString("N"));
        try
        {
            Recover(folder);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    private static void Recover(string folder)
    {
        List<Snapshot> before;
        long sentNew, lastClOrdId;
        int count, open;
        using (var first = new PipelineHarness(folder).Ready())
        {
            first.Send(Order(1));                                         // A: accepted, partly filled
            first.Send(Order(2));                                         // B: sent, no answer yet
            first.Send(Order(3));                                         // C: not sent (the session never stored it)
            first.Send(Order(4, instrument: InstrumentB, price: 50m));    // D: accepted, its cancel not sent
            first.Accept(1);                                              // venue A sequence 1
            first.Fill(1, 40, 100m);                                      // venue A sequence 2
            first.Accept(4);                                              // venue B sequence 3
            first.Cancel(4);
            sentNew = first.Record(2).ClOrdId;
            before = Snapshots(first.Book);
            count = first.Book.Count;
            open = first.Book.OpenCount;
            lastClOrdId = first.Book.LastClOrdId;
        }

        using var second = new PipelineHarness(folder);
        second.ReplayFailures.Should().Be(0);
        second.Replayed.Should().BePositive();
        second.Book.Count.Should().Be(count);
        second.Book.OpenCount.Should().Be(open);
        Snapshots(second.Book).Should().Equal(before);

        second.Venue(VenueA).MarkSent(sentNew);
        var appends = second.Journal.Appends;
        var summary = second.Processor.Recover(second.Venues, clOrdIdFloor: 0);

        summary.Orders.Should().Be(4);
        summary.Open.Should().Be(4);
        summary.UnsentRequests.Should().Be(2);
        second.Venue(VenueA).ResumedFrom.Should().Be(2);
        second.Venue(VenueB).ResumedFrom.Should().Be(3);
        second.Record(1).State.Should().Be(OrderState.PartiallyFilled);
        second.Record(2).State.Should().Be(OrderState.PendingNew, "the session stored it: its answer comes with the resend");
        second.Record(3).State.Should().Be(OrderState.Rejected);
        second.Record(4).State.Should().Be(OrderState.New);
        second.Record(4).PendingClOrdId.Should().Be(0);
        second.Journal.Appends.Should().Be(appends + 2, "the two settled orders are journaled");

        var usage = second.Risk.Usage.Strategy(Strategy);
        usage.OpenOrders.Should().Be(3);
        usage.FilledNotional.Should().Be(RiskPrice.Notional(Px(100m), 40));
        second.Risk.Usage.Position(Account, InstrumentA).Position.Should().Be(40);

        second.Pump();
        var rejected = second.Clients.Single<OrderRejectedMessage>(Strategy);
        rejected.ClientOrderId.Should().Be(3);
        rejected.Text.ToString().Should().StartWith("not sent before gateway stop");
        var refused = second.Clients.Single<CancelRejectedMessage>(Strategy);
        refused.ClientOrderId.Should().Be(4);
        refused.ResponseTo.Should().Be(CancelRejectResponseTo.Cancel);
        second.Venue(VenueA).Offered.Should().Be(0, "recovery sends nothing");

        second.SessionUp(VenueA);
        second.Send(Order(5));
        second.Venue(VenueA).Last.ClOrdId.Should().BeGreaterThan(lastClOrdId, "request ids never repeat after a restart");
        second.Send(Order(3));
        second.Clients.Of<OrderRejectedMessage>(Strategy).Last().Reason.Should().Be(RejectReason.DuplicateClientOrderId);

        // The answer to B arrives with the session's resend and applies to the recovered order.
        var accepted = second.ReportFor(2, VenueReportKind.Accepted);
        second.Deliver(in accepted);
        second.Record(2).State.Should().Be(OrderState.New);
    }

    [Test]
    public void An_unsent_replace_is_refused_at_recovery_and_the_original_stands()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeunit-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = new PipelineHarness(folder).Ready())
            {
                first.Send(Order(1));
                first.Accept(1);
                first.Replace(1, 2, 150, 101m);
            }

            using var second = new PipelineHarness(folder);
            var summary = second.Processor.Recover(second.Venues, clOrdIdFloor: 0);
            second.Pump();

            summary.UnsentRequests.Should().Be(1);
            second.Record(1).State.Should().Be(OrderState.New);
            second.Record(2).State.Should().Be(OrderState.Rejected);
            second.Clients.Single<CancelRejectedMessage>(Strategy).ResponseTo.Should().Be(CancelRejectResponseTo.Replace);
            second.Risk.Usage.Strategy(Strategy).OpenNotional.Should().Be(RiskPrice.Notional(Px(100m), 100));
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Test]
    public void A_new_order_canceled_before_either_was_sent_is_rejected_at_recovery()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeunit-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = new PipelineHarness(folder).Ready())
            {
                first.Send(Order(1));
                first.Cancel(1);
            }

            using var second = new PipelineHarness(folder);
            second.Processor.Recover(second.Venues, clOrdIdFloor: 0);
            second.Pump();

            second.Record(1).State.Should().Be(OrderState.Rejected);
            second.Risk.Usage.Strategy(Strategy).OpenOrders.Should().Be(0);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    private static List<Snapshot> Snapshots(OrderBook book)
    {
        var list = new List<Snapshot>();
        for (var i = 0; i < book.Count; i++)
        {
            ref readonly var o = ref book[i];
            list.Add(new Snapshot(
                o.Index, o.StrategyId, o.ClientOrderId, o.AccountId, o.InstrumentId, o.VenueId, o.State, o.PriorState,
                o.Quantity, o.Price, o.CumQuantity, o.LeavesQuantity, o.ClOrdId, o.PendingClOrdId, o.LastVenueSequence,
                o.FilledNotional, o.VenueOrderId.ToString(), o.ReplacesIndex, o.ReplacedByIndex, o.Flags, o.CancelReason,
                o.UpdatedNanos));
        }

        return list;
    }

    private sealed record Snapshot(
        int Index, int StrategyId, long ClientOrderId, int AccountId, int InstrumentId, int VenueId, OrderState State,
        OrderState PriorState, long Quantity, long Price, long CumQuantity, long LeavesQuantity, long ClOrdId,
        long PendingClOrdId, long LastVenueSequence, long FilledNotional, string VenueOrderId, int ReplacesIndex,
        int ReplacedByIndex, OrderFlags Flags, CancelReason CancelReason, long UpdatedNanos);
}
