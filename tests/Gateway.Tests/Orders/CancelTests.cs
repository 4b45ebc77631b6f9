using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>Cancels asked by the strategy or the gateway, and what the venue answers.</summary>
public sealed class CancelTests
{
    [Test]
    public void A_cancel_of_a_working_order_is_sent_and_the_venue_cancel_releases_the_rest()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        book.Report(Fill(book[index].ClOrdId, 30, 30));

        var request = OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now);

        request.Should().BeEquivalentTo(new { Action = OrderAction.Send, Index = index, Changed = true });
        ref var order = ref book[index];
        order.State.Should().Be(OrderState.PendingCancel);
        order.PriorState.Should().Be(OrderState.PartiallyFilled);
        var sent = OrderRequests.Cancel(in order, Now);
        sent.Should().BeEquivalentTo(new { ClOrdId = order.PendingClOrdId, OrigClOrdId = order.ClOrdId, Quantity = 100L });
        sent.VenueOrderId.ToString().Should().Be("V1");

        var done = book.Report(Canceled(order.PendingClOrdId, order.ClOrdId));

        done.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Canceled,
            Notice = StrategyNotice.Canceled,
            Risk = RiskNotice.OnCanceled,
            CancelReason = CancelReason.Requested,
            Quantity = 70L,
            CumQuantity = 30L,
            LeavesQuantity = 0L,
            Final = true,
        });
        book[index].State.Should().Be(OrderState.Canceled);
        book[index].PendingClOrdId.Should().Be(0);
        book.OpenCount.Should().Be(0);
    }

    [TestCase(CancelReason.KillSwitch)]
    [TestCase(CancelReason.MassCancel)]
    [TestCase(CancelReason.Disconnect)]
    public void A_cancel_by_the_gateway_tells_the_strategy_why(CancelReason reason)
    {
        var book = Book();
        var index = book.AddAccepted(1);

        OrderStateMachine.Cancel(book, index, reason, Now).Action.Should().Be(OrderAction.Send);
        book[index].Flags.Should().HaveFlag(OrderFlags.GatewayCancel);

        book.Report(Canceled(book[index].PendingClOrdId)).CancelReason.Should().Be(reason);
    }

    [Test]
    public void A_second_cancel_while_one_is_pending_is_refused_as_pending()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now);
        var pending = book[index].PendingClOrdId;

        var again = OrderStateMachine.Cancel(book, index, CancelReason.KillSwitch, Now);

        again.Should().BeEquivalentTo(new { Action = OrderAction.Refused, RefuseReason = RejectReason.RequestPending, Changed = false });
        book[index].PendingClOrdId.Should().Be(pending);
        book.Report(Canceled(pending)).CancelReason.Should().Be(CancelReason.Requested, "the strategy asked first");
    }

    [Test]
    public void A_cancel_of_a_final_order_is_refused_as_not_open()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        book.Report(Fill(book[index].ClOrdId, 100, 100));

        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now).RefuseReason.Should().Be(RejectReason.OrderNotOpen);
        OrderStateMachine.Cancel(book, 99, CancelReason.Requested, Now).RefuseReason.Should().Be(RejectReason.UnknownOrder);
        OrderStateMachine.Cancel(book, -1, CancelReason.Requested, Now).RefuseReason.Should().Be(RejectReason.UnknownOrder);
    }

    [Test]
    public void A_refused_cancel_puts_the_order_back_and_a_later_one_can_go()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        OrderStateMachine.Cancel(book, index, CancelReason.MassCancel, Now);
        var first = book[index].PendingClOrdId;

        var rejected = book.Report(CancelRejected(first, book[index].ClOrdId));

        rejected.Should().BeEquivalentTo(new
        {
            Action = OrderAction.CancelRejected,
            Notice = StrategyNotice.CancelRejected,
            Risk = RiskNotice.None,
            ForReplace = false,
            Final = false,
        });
        book[index].State.Should().Be(OrderState.New);
        book[index].Flags.Should().NotHaveFlag(OrderFlags.GatewayCancel);
        book.Report(CancelRejected(first, book[index].ClOrdId).Duplicate()).Ignored.Should().Be(IgnoreReason.Duplicate);
        book.Report(CancelRejected(first, book[index].ClOrdId)).Ignored.Should().Be(IgnoreReason.Stale);

        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now).Action.Should().Be(OrderAction.Send);
        book[index].PendingClOrdId.Should().BeGreaterThan(first);
        book.Report(Canceled(book[index].PendingClOrdId)).CancelReason.Should().Be(CancelReason.Requested);
    }

    [Test]
    public void A_fill_during_a_pending_cancel_keeps_the_cancel_pending()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now);

        book.Report(Fill(book[index].ClOrdId, 10, 10)).Final.Should().BeFalse();

        book[index].State.Should().Be(OrderState.PendingCancel);
        book[index].PriorState.Should().Be(OrderState.PartiallyFilled);
        book.Report(CancelRejected(book[index].PendingClOrdId, book[index].ClOrdId));
        book[index].State.Should().Be(OrderState.PartiallyFilled);
    }

    [Test]
    public void An_order_filled_before_its_cancel_arrives_is_filled_and_the_late_cancel_reject_is_told()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now);
        var cancelId = book[index].PendingClOrdId;

        book.Report(Fill(book[index].ClOrdId, 100, 100)).Final.Should().BeTrue();
        book[index].State.Should().Be(OrderState.Filled);

        var rejected = book.Report(CancelRejected(cancelId, book[index].ClOrdId));
        rejected.Should().BeEquivalentTo(new { Action = OrderAction.CancelRejected, Risk = RiskNotice.None, Final = true });
        book[index].State.Should().Be(OrderState.Filled);
        book.Report(Canceled(cancelId)).Anomaly.Should().Be(OrderAnomaly.UnexpectedReport);
    }

    [Test]
    public void A_cancel_before_the_accept_works_and_the_accept_in_between_is_kept()
    {
        var book = Book();
        var index = book.Add(1);

        OrderStateMachine.Cancel(book, index, CancelReason.Disconnect, Now).Action.Should().Be(OrderAction.Send);
        book[index].PriorState.Should().Be(OrderState.PendingNew);
        var accepted = book.Report(Accepted(book[index].ClOrdId, "V7"));

        accepted.Risk.Should().Be(RiskNotice.OnAccepted);
        book[index].State.Should().Be(OrderState.PendingCancel);
        book[index].PriorState.Should().Be(OrderState.New);
        book[index].VenueOrderId.ToString().Should().Be("V7");
        book.Report(Canceled(book[index].PendingClOrdId)).CancelReason.Should().Be(CancelReason.Disconnect);
    }

    [Test]
    public void A_new_order_rejected_while_its_cancel_is_pending_is_rejected()
    {
        var book = Book();
        var index = book.Add(1);
        OrderStateMachine.Cancel(book, index, CancelReason.Requested, Now);

        book.Report(Rejected(book[index].ClOrdId)).Risk.Should().Be(RiskNotice.OnRejected);
        book[index].State.Should().Be(OrderState.Rejected);
    }

    [Test]
    public void A_cancel_report_found_only_by_its_original_id_still_applies()
    {
        var book = Book();
        var index = book.AddAccepted(1);

        book.Report(Canceled(clOrdId: 123_456, origClOrdId: book[index].ClOrdId)).Action.Should().Be(OrderAction.Canceled);
    }

    [Test]
    public void A_duplicate_cancel_report_is_ignored()
    {
        var book = Book();
        var index = book.AddAccepted(1);
        book.Report(Canceled(book[index].ClOrdId));

        book.Report(Canceled(book[index].ClOrdId).Duplicate()).Ignored.Should().Be(IgnoreReason.Duplicate);
    }
}
