using FluentAssertions;
using Gateway.Simulators.Ouch;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>Enter, fill, replace, cancel and reject over real sockets, in both dialects. Prices on the wire have 4 decimals.</summary>
[Category("System")]
public sealed class OrderFlowTests
{
    private const uint Px190_05 = 1_900_500;
    private const uint Px189_00 = 1_890_000;

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_marketable_order_is_accepted_then_executed_level_by_level(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(1, 'B', 150, Px190_05);
        var answers = client.WaitForOrders(3, token).Select(m => Answer.Of(m, dialect)).ToArray();

        (answers[0].Type, answers[0].Token, answers[0].Shares, answers[0].Price4, answers[0].Flag).Should().Be(('A', 1L, 150L, 1_900_500L, 'L'));
        (answers[1].Type, answers[1].Token, answers[1].Shares, answers[1].Price4, answers[1].Flag).Should().Be(('E', 1L, 100L, 1_900_100L, 'R'));
        (answers[2].Type, answers[2].Token, answers[2].Shares, answers[2].Price4, answers[2].Flag).Should().Be(('E', 1L, 50L, 1_900_200L, 'R'));
        answers[1].Number.Should().NotBe(answers[2].Number, "match numbers are unique");
        client.Messages[0].Message[0].Should().Be((byte)'S', "a System Event (start of day) is the first message");
        client.Messages.Select(m => m.Sequence).Should().Equal(1, 2, 3, 4);
        (venue.Counters.Orders, venue.Counters.Accepted, venue.Counters.Executions).Should().Be((1, 1, 2));
        venue.Tokens().Single().Should().Be(new OuchTokenSnapshot("USER", dialect == OuchDialect.Ouch42 ? "00000000000001" : "1", 150, 150, OuchTokenState.Filled));
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_resting_order_is_replaced_reduced_and_canceled(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(1, 'B', 10, Px189_00);
        client.WaitForOrders(1, token);
        client.Replace(1, 2, 30, 1_895_000);
        var replaced = Answer.Of(client.WaitForOrders(2, token)[1], dialect);
        (replaced.Type, replaced.Token, replaced.Shares, replaced.Price4, replaced.Number).Should().Be(('U', 2L, 30L, 1_895_000L, 1L),
            "Replaced names the replacement and the previous token with the new open shares");

        client.Cancel(2, 20);
        var reduced = Answer.Of(client.WaitForOrders(3, token)[2], dialect);
        (reduced.Type, reduced.Token, reduced.Shares, reduced.Flag).Should().Be(('C', 2L, 10L, 'U'), "a cancel to 20 takes 10 off");

        client.Cancel(2);
        var canceled = Answer.Of(client.WaitForOrders(4, token)[3], dialect);
        (canceled.Type, canceled.Token, canceled.Shares, canceled.Flag).Should().Be(('C', 2L, 20L, 'U'));
        venue.Tokens().Select(t => t.State).Should().Equal(OuchTokenState.Replaced, OuchTokenState.Canceled);
        (venue.Counters.Replaces, venue.Counters.Cancels).Should().Be((1, 2));
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_replace_to_a_crossing_price_executes_under_the_replacement_token(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(1, 'B', 40, Px189_00);
        client.WaitForOrders(1, token);
        client.Replace(1, 2, 40, Px190_05);
        var answers = client.WaitForOrders(3, token).Select(m => Answer.Of(m, dialect)).ToArray();

        answers.Select(a => (a.Type, a.Token)).Should().Equal(('A', 1L), ('U', 2L), ('E', 2L));
        answers[2].Shares.Should().Be(40);
        venue.Tokens().Select(t => (t.Executed, t.State)).Should().Equal((0L, OuchTokenState.Replaced), (40L, OuchTokenState.Filled));
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void An_IOC_remainder_is_canceled(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(1, 'B', 150, 1_900_100, immediate: true);
        var answers = client.WaitForOrders(3, token).Select(m => Answer.Of(m, dialect)).ToArray();

        answers.Select(a => (a.Type, a.Shares, a.Flag)).Should().Equal(('A', 150L, 'L'), ('E', 100L, 'R'), ('C', 50L, 'I'));
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void Bad_orders_are_rejected_with_the_spec_reason(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(1, 'B', 10, Px189_00, stock: "NOPE");
        client.Enter(2, 'B', 10, 0);
        client.Enter(3, 'B', 2_000_000, Px189_00);
        var answers = client.WaitForOrders(3, token).Select(m => Answer.Of(m, dialect)).ToArray();

        answers.Select(a => a.Type).Should().Equal('J', 'J', 'J');
        if (dialect == OuchDialect.Ouch42)
        {
            answers.Select(a => a.Flag).Should().Equal('S', 'X', 'Z');
        }
        else
        {
            answers.Select(a => a.Number).Should().Equal(0x17, 0x1D, 0x1E);
        }

        venue.Counters.Rejects.Should().Be(3);
        venue.Tokens().Select(t => t.State).Should().AllBeEquivalentTo(OuchTokenState.Rejected);
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_used_token_or_a_UserRefNum_not_above_the_last_is_ignored(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(5, 'B', 10, Px189_00);
        client.Enter(5, 'B', 10, Px189_00);
        client.Enter(3, 'B', 10, Px189_00);
        client.Replace(5, 5, 20, Px189_00);
        client.Enter(6, 'B', 10, Px189_00);
        // 4.2: token 3 is new (tokens must be unique, not increasing); 5.0: UserRefNum 3 is below 5.
        var is42 = dialect == OuchDialect.Ouch42;
        var answers = client.WaitForOrders(is42 ? 3 : 2, token).Select(m => Answer.Of(m, dialect)).ToArray();
        client.PumpFor(TimeSpan.FromMilliseconds(200), token);

        answers.Select(a => (a.Type, a.Token)).Should().Equal(is42 ? [('A', 5L), ('A', 3L), ('A', 6L)] : [('A', 5L), ('A', 6L)]);
        client.Orders.Should().HaveCount(answers.Length, "retransmissions get no answer");
        venue.Counters.Duplicates.Should().Be(is42 ? 2 : 3);
        venue.Counters.Accepted.Should().Be(answers.Length);
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_cancel_of_an_order_that_is_not_live_is_ignored_in_42_and_rejected_in_50(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Cancel(9);
        client.Replace(9, 10, 10, Px189_00);
        var answers = client.WaitForOrders(dialect == OuchDialect.Ouch42 ? 1 : 2, token).Select(m => Answer.Of(m, dialect)).ToArray();

        if (dialect == OuchDialect.Ouch42)
        {
            answers.Select(a => (a.Type, a.Token, a.Flag)).Should().Equal(('J', 10L, 'O'));
            venue.Counters.Ignored.Should().Be(1);
        }
        else
        {
            answers.Select(a => (a.Type, a.Token)).Should().Equal(('I', 9L), ('J', 10L));
            venue.Counters.CancelRejects.Should().Be(1);
        }

        venue.Counters.ReplaceRejects.Should().Be(1);
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_trade_between_two_logins_executes_both_sides(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect, null, new OuchLogin("ALICE", "A1"), new OuchLogin("BOB", "B1"));
        using var alice = OuchClient.LogIn(venue.Port, dialect, token, "ALICE", password: "A1");
        using var bob = OuchClient.LogIn(venue.Port, dialect, token, "BOB", password: "B1");

        // Alice bids 190.00 inside the market maker's 189.99 / 190.01: Bob's sell at 190.00 meets her first.
        alice.Enter(1, 'B', 30, 1_900_000);
        alice.WaitForOrders(1, token);
        bob.Enter(1, 'S', 30, 1_900_000);
        var bobs = bob.WaitForOrders(2, token).Select(m => Answer.Of(m, dialect)).ToArray();
        var alices = alice.WaitForOrders(2, token).Select(m => Answer.Of(m, dialect)).ToArray();

        (bobs[1].Type, bobs[1].Shares, bobs[1].Price4, bobs[1].Flag).Should().Be(('E', 30L, 1_900_000L, 'R'));
        (alices[1].Type, alices[1].Shares, alices[1].Price4, alices[1].Flag).Should().Be(('E', 30L, 1_900_000L, 'A'));
        alices[1].Number.Should().Be(bobs[1].Number, "one match, one match number");
    }
}
