using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Orders;
using NUnit.Framework;
using static Gateway.Tests.Orders.OrderTestKit;

namespace Gateway.Tests.Orders;

/// <summary>Replaces: the two records, what the venue answers, and the races with fills and cancels.</summary>
public sealed class ReplaceTests
{
    private OrderBook _book = null!;
    private int _original;

    [SetUp]
    public void AcceptedOrderOf100()
    {
        _book = Book();
        _original = _book.AddAccepted(1);
    }

    private ref OrderRecord Original => ref _book[_original];

    private int RequestReplace(long quantity = 150, long clientOrderId = 2)
    {
        var result = OrderStateMachine.Replace(_book, _original, clientOrderId, quantity, 11 * Px, Now);
        result.Action.Should().Be(OrderAction.Send);
        return result.OtherIndex;
    }

    [Test]
    public void A_replace_links_a_pending_replacement_to_the_original()
    {
        var result = OrderStateMachine.Replace(_book, _original, 2, 150, 11 * Px, Now);

        result.Should().BeEquivalentTo(new { Action = OrderAction.Send, Index = _original, Changed = true });
        ref var replacement = ref _book[result.OtherIndex];
        replacement.Should().BeEquivalentTo(new
        {
            ClientOrderId = 2L,
            CumQuantity = 0L,
            LeavesQuantity = 0L,
            State = OrderState.PendingNew,
            ReplacesIndex = _original,
            Quantity = 150L,
            Price = 11 * Px,
            AccountId = Account,
            InstrumentId = Instrument,
            VenueId = Venue,
        });
        Original.State.Should().Be(OrderState.PendingReplace);
        Original.PriorState.Should().Be(OrderState.New);
        Original.ReplacedByIndex.Should().Be(result.OtherIndex);
        Original.PendingClOrdId.Should().Be(replacement.ClOrdId);
        var sent = OrderRequests.Replace(in Original, in replacement, Now);
        sent.Should().BeEquivalentTo(new { ClOrdId = replacement.ClOrdId, OrigClOrdId = Original.ClOrdId, Quantity = 150L, Price = 11 * Px });
    }

    [Test]
    public void Replaced_ends_the_original_and_the_replacement_carries_on_with_its_fills()
    {
        _book.Report(Fill(Original.ClOrdId, 40, 40));
        var replacement = RequestReplace();

        var result = _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Replaced,
            Notice = StrategyNotice.Replaced,
            Risk = RiskNotice.OnReplaced,
            Index = _original,
            OtherIndex = replacement,
            CumQuantity = 40L,
            LeavesQuantity = 110L,
            Final = false,
            FollowUpCancelIndex = -1,
        });
        Original.State.Should().Be(OrderState.Replaced);
        Original.LeavesQuantity.Should().Be(0);
        _book[replacement].Should().BeEquivalentTo(new { State = OrderState.PartiallyFilled, CumQuantity = 40L, LeavesQuantity = 110L, FilledNotional = 40 * 10 * Px });
        _book[replacement].VenueOrderId.ToString().Should().Be("V1", "the venue gave no new order id");
        _book.OpenCount.Should().Be(1);
        _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId).Duplicate()).Ignored.Should().Be(IgnoreReason.Duplicate);
    }

    [Test]
    public void A_replacement_without_fills_is_new()
    {
        var replacement = RequestReplace();

        _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId, "V2"));

        _book[replacement].State.Should().Be(OrderState.New);
        _book[replacement].VenueOrderId.ToString().Should().Be("V2");
    }

    [Test]
    public void A_fill_during_the_pending_replace_applies_to_the_original_and_carries_over()
    {
        var replacement = RequestReplace();

        var fill = _book.Report(Fill(Original.ClOrdId, 30, 30));
        fill.Index.Should().Be(_original);
        Original.State.Should().Be(OrderState.PendingReplace);
        Original.PriorState.Should().Be(OrderState.PartiallyFilled);

        var viaReplacementId = _book.Report(Fill(_book[replacement].ClOrdId, 10, 40));
        viaReplacementId.Index.Should().Be(_original, "the replacement is not in force until confirmed");
        Original.CumQuantity.Should().Be(40);

        _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId));
        _book[replacement].CumQuantity.Should().Be(40);
        _book[replacement].LeavesQuantity.Should().Be(110);

        var late = _book.Report(Fill(Original.ClOrdId, 20, 60));
        late.Index.Should().Be(replacement, "a fill naming the replaced original goes to the order in force");
        late.LeavesQuantity.Should().Be(90);
        _book.Report(Fill(Original.ClOrdId, 20, 60)).Ignored.Should().Be(IgnoreReason.Duplicate);
    }

    [Test]
    public void A_chain_of_replaces_takes_late_fills_to_the_last_record()
    {
        var first = RequestReplace(quantity: 150, clientOrderId: 2);
        _book.Report(Replaced(_book[first].ClOrdId, Original.ClOrdId));
        var second = OrderStateMachine.Replace(_book, first, 3, 200, Px, Now).OtherIndex;
        _book.Report(Replaced(_book[second].ClOrdId, _book[first].ClOrdId));

        var late = _book.Report(Fill(Original.ClOrdId, 25, 25));

        late.Index.Should().Be(second);
        _book[second].Should().BeEquivalentTo(new { State = OrderState.PartiallyFilled, CumQuantity = 25L, LeavesQuantity = 175L });
        _book[first].State.Should().Be(OrderState.Replaced);
        _book.OpenCount.Should().Be(1);
    }

    [Test]
    public void A_refused_replace_rejects_the_replacement_and_puts_the_original_back()
    {
        var replacement = RequestReplace();
        _book.Report(Fill(Original.ClOrdId, 30, 30));

        var result = _book.Report(CancelRejected(_book[replacement].ClOrdId, Original.ClOrdId, forReplace: true));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.ReplaceRejected,
            Notice = StrategyNotice.CancelRejected,
            Risk = RiskNotice.OnReplaceRejected,
            ForReplace = true,
            Index = _original,
            OtherIndex = replacement,
            CumQuantity = 30L,
            LeavesQuantity = 70L,
        });
        Original.State.Should().Be(OrderState.PartiallyFilled);
        Original.ReplacedByIndex.Should().Be(-1);
        Original.PendingClOrdId.Should().Be(0);
        _book[replacement].State.Should().Be(OrderState.Rejected);
        _book.OpenCount.Should().Be(1);
        _book.Report(CancelRejected(_book[replacement].ClOrdId, Original.ClOrdId, forReplace: true)).Ignored
            .Should().Be(IgnoreReason.Duplicate);
        OrderStateMachine.Replace(_book, _original, 3, 200, Px, Now).Action.Should().Be(OrderAction.Send, "the order can be replaced again");
    }

    [Test]
    public void A_venue_reject_of_the_replacement_is_a_refused_replace()
    {
        var replacement = RequestReplace();

        var result = _book.Report(Rejected(_book[replacement].ClOrdId));

        result.Action.Should().Be(OrderAction.ReplaceRejected);
        Original.State.Should().Be(OrderState.New);
    }

    [Test]
    public void A_replace_refusal_naming_the_original_finds_the_replacement()
    {
        var replacement = RequestReplace();

        var result = _book.Report(CancelRejected(clOrdId: 987_654, origClOrdId: Original.ClOrdId, forReplace: true));

        result.OtherIndex.Should().Be(replacement);
        _book[replacement].State.Should().Be(OrderState.Rejected);
    }

    [Test]
    public void An_original_filled_during_the_replace_stays_filled_when_the_replace_is_refused()
    {
        var replacement = RequestReplace();
        _book.Report(Fill(Original.ClOrdId, 100, 100)).Final.Should().BeTrue();
        _book.OpenCount.Should().Be(0);

        var refused = _book.Report(CancelRejected(_book[replacement].ClOrdId, Original.ClOrdId, forReplace: true));

        refused.Should().BeEquivalentTo(new { Action = OrderAction.ReplaceRejected, Risk = RiskNotice.None, Final = true });
        Original.State.Should().Be(OrderState.Filled);
        _book[replacement].State.Should().Be(OrderState.Rejected);
    }

    [Test]
    public void Replaced_after_the_original_filled_is_an_anomaly()
    {
        var replacement = RequestReplace();
        _book.Report(Fill(Original.ClOrdId, 100, 100));

        _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId)).Anomaly.Should().Be(OrderAnomaly.NoPendingReplace);
    }

    [Test]
    public void A_replace_down_to_what_has_filled_leaves_a_filled_replacement()
    {
        _book.Report(Fill(Original.ClOrdId, 40, 40));
        var replacement = RequestReplace(quantity: 60);
        _book.Report(Fill(Original.ClOrdId, 20, 60));

        var result = _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId));

        result.Final.Should().BeTrue();
        _book[replacement].State.Should().Be(OrderState.Filled);
    }

    [Test]
    public void A_cancel_during_a_pending_replace_waits_and_follows_the_replacement()
    {
        var replacement = RequestReplace();

        var deferred = OrderStateMachine.Cancel(_book, _original, CancelReason.KillSwitch, Now);
        deferred.Should().BeEquivalentTo(new { Action = OrderAction.Deferred, Changed = true });
        Original.Flags.Should().HaveFlag(OrderFlags.CancelDeferred);
        OrderStateMachine.Cancel(_book, replacement, CancelReason.Requested, Now).RefuseReason.Should().Be(RejectReason.RequestPending);

        var replaced = _book.Report(Replaced(_book[replacement].ClOrdId, Original.ClOrdId));
        replaced.FollowUpCancelIndex.Should().Be(replacement);

        var followUp = OrderStateMachine.Cancel(_book, replacement, _book[replacement].CancelReason, Now);
        followUp.Action.Should().Be(OrderAction.Send);
        OrderRequests.Cancel(in _book[replacement], Now).OrigClOrdId.Should().Be(_book[replacement].ClOrdId);
        _book.Report(Canceled(_book[replacement].PendingClOrdId)).CancelReason.Should().Be(CancelReason.KillSwitch);
    }

    [Test]
    public void A_cancel_by_the_replacement_id_waits_and_follows_the_original_when_the_replace_is_refused()
    {
        var replacement = RequestReplace();

        var deferred = OrderStateMachine.Cancel(_book, replacement, CancelReason.Requested, Now);
        deferred.Should().BeEquivalentTo(new { Action = OrderAction.Deferred, Index = _original });

        var refused = _book.Report(CancelRejected(_book[replacement].ClOrdId, Original.ClOrdId, forReplace: true));
        refused.FollowUpCancelIndex.Should().Be(_original);
        Original.Flags.Should().NotHaveFlag(OrderFlags.CancelDeferred);

        OrderStateMachine.Cancel(_book, _original, Original.CancelReason, Now).Action.Should().Be(OrderAction.Send);
        _book.Report(Canceled(Original.PendingClOrdId)).CancelReason.Should().Be(CancelReason.Requested);
    }

    [Test]
    public void An_original_canceled_during_its_replace_takes_the_replacement_with_it()
    {
        var replacement = RequestReplace();

        var result = _book.Report(Canceled(Original.ClOrdId));

        result.Should().BeEquivalentTo(new
        {
            Action = OrderAction.Canceled,
            CancelReason = CancelReason.Venue,
            ReplaceAbandoned = true,
            OtherIndex = replacement,
            Quantity = 100L,
        });
        _book[replacement].State.Should().Be(OrderState.Rejected);
        _book.OpenCount.Should().Be(0);
    }

    [Test]
    public void Replaces_are_refused_for_orders_not_working_or_with_a_request_pending()
    {
        var pendingNew = _book.Add(10);
        OrderStateMachine.Replace(_book, pendingNew, 11, 150, Px, Now).RefuseReason.Should().Be(RejectReason.RequestPending);

        var replacement = RequestReplace();
        OrderStateMachine.Replace(_book, _original, 12, 150, Px, Now).RefuseReason.Should().Be(RejectReason.RequestPending);
        OrderStateMachine.Replace(_book, replacement, 13, 150, Px, Now).RefuseReason.Should().Be(RejectReason.RequestPending);

        var done = _book.AddAccepted(20);
        _book.Report(Canceled(_book[done].ClOrdId));
        OrderStateMachine.Replace(_book, done, 21, 150, Px, Now).RefuseReason.Should().Be(RejectReason.OrderNotOpen);
        OrderStateMachine.Replace(_book, 99, 22, 150, Px, Now).RefuseReason.Should().Be(RejectReason.UnknownOrder);

        var canceling = _book.AddAccepted(30);
        OrderStateMachine.Cancel(_book, canceling, CancelReason.Requested, Now);
        OrderStateMachine.Replace(_book, canceling, 31, 150, Px, Now).RefuseReason.Should().Be(RejectReason.RequestPending);

        _book.Count.Should().Be(5, "no refused replace left a record");
    }

    [Test]
    public void A_replace_must_leave_something_to_fill_and_use_a_new_client_order_id()
    {
        _book.Report(Fill(Original.ClOrdId, 40, 40));

        OrderStateMachine.Replace(_book, _original, 2, 40, Px, Now).RefuseReason.Should().Be(RejectReason.InvalidField);
        OrderStateMachine.Replace(_book, _original, 1, 150, Px, Now).RefuseReason.Should().Be(RejectReason.DuplicateClientOrderId);
        Original.State.Should().Be(OrderState.PartiallyFilled);
    }

    [Test]
    public void The_record_function_rejects_a_replacement_it_cannot_apply()
    {
        var other = _book.AddAccepted(5);
        _book.TryAddReplacement(other, 6, 150, Px, Now, out var replacement);

        var result = OrderStateMachine.RequestReplace(ref Original, ref _book[replacement], Now);

        result.Should().BeEquivalentTo(new { Action = OrderAction.Refused, RefuseReason = RejectReason.InvalidField, Changed = true });
        _book[replacement].State.Should().Be(OrderState.Rejected);
        Original.State.Should().Be(OrderState.New);
    }
}
