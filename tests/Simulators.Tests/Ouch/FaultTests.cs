using System.Diagnostics;
using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Simulators.Ouch;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>The test faults: random rejects, added latency, dropped connections, login gaps, end of session, bad input.</summary>
[Category("System")]
public sealed class FaultTests
{
    private const uint Px190_05 = 1_900_500;
    private const uint Px189_00 = 1_890_000;

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_reject_ratio_set_at_run_time_rejects_enter_orders(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        venue.RejectRatio = 1;
        client.Enter(1, 'B', 10, Px190_05);
        var reject = Answer.Of(client.WaitForOrders(1, token)[0], dialect);

        reject.Type.Should().Be('J');
        (dialect == OuchDialect.Ouch42 ? reject.Flag : reject.Number).Should().Be(dialect == OuchDialect.Ouch42 ? 'O' : 0x0F, "'other'");
        venue.Counters.Rejects.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void The_reject_ratio_rejects_about_that_share_and_the_seed_repeats_the_draws(CancellationToken token)
    {
        var first = RejectedTokens(token);
        var second = RejectedTokens(token);

        first.Count.Should().BeInRange(30, 90, "about 30% of 200");
        second.Should().Equal(first, "the same seed rejects the same orders");
    }

    [Test]
    [CancelAfter(20_000)]
    public void Added_latency_delays_every_answer_and_keeps_their_order(CancellationToken token)
    {
        const int latencyMicros = 150_000;
        using var venue = OuchVenue.Start(OuchDialect.Ouch42, new OuchVenueBehaviour { LatencyMicros = latencyMicros });
        using var client = OuchClient.LogIn(venue.Port, OuchDialect.Ouch42, token);

        var sent = Stopwatch.GetTimestamp();
        client.Enter(1, 'B', 150, Px190_05);
        client.WaitForOrders(1, token);
        var elapsed = Stopwatch.GetElapsedTime(sent);
        var answers = client.WaitForOrders(3, token).Select(m => (char)m[0]);

        elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMicroseconds(latencyMicros));
        answers.Should().Equal('A', 'E', 'E');
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_connection_dropped_after_N_messages_logs_in_again_and_is_replayed_what_it_missed(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect, new OuchVenueBehaviour { DropAfterMessages = 2 });
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Enter(1, 'B', 10, Px189_00);
        client.Enter(2, 'B', 150, Px190_05);
        client.PumpUntil(() => client.Disconnects == 1, token, "the drop");
        client.PumpUntil(() => client.Logins.Count == 2 && client.Orders.Count() == 4, token, "the login and the replay");

        var answers = client.Orders.Select(m => Answer.Of(m, dialect)).ToArray();
        answers.Select(a => (a.Type, a.Token)).Should().Equal(('A', 1L), ('A', 2L), ('E', 2L), ('E', 2L));
        client.Messages.Select(m => m.Sequence).Should().Equal(1, 2, 3, 4, 5);
        venue.Counters.Drops.Should().Be(1);
        client.Session.Counters[SoupCounter.SequenceGaps].Should().Be(0);
    }

    [Test]
    [CancelAfter(20_000)]
    public void Connections_dropped_on_demand_come_back(CancellationToken token)
    {
        using var venue = OuchVenue.Start(OuchDialect.Ouch50);
        using var client = OuchClient.LogIn(venue.Port, OuchDialect.Ouch50, token);

        venue.DropConnections();
        client.PumpUntil(() => client.Logins.Count == 2, token, "the second login");

        client.Disconnects.Should().Be(1);
        client.Logins.Should().Equal(1, 2);
        venue.Counters.Drops.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void A_login_gap_answers_past_the_requested_number_and_the_client_counts_a_gap(CancellationToken token)
    {
        using var venue = OuchVenue.Start(OuchDialect.Ouch42);
        using var client = OuchClient.LogIn(venue.Port, OuchDialect.Ouch42, token);
        client.Enter(1, 'B', 10, Px189_00);
        client.WaitForOrders(1, token);

        client.Session.Dispose();
        using var again = OuchClient.Connect(venue.Port, OuchDialect.Ouch42, nextExpected: 1);
        venue.SkipOnNextLogin(1);
        again.PumpUntil(() => again.Session.IsLoggedIn, token);
        again.PumpUntil(() => again.Messages.Count == 1, token);

        again.Logins.Should().Equal(2);
        again.Messages.Single().Message[0].Should().Be((byte)'A', "message 1 (the System Event) is lost to the client");
        again.Session.Counters[SoupCounter.SequenceGaps].Should().Be(1);
        venue.Counters.Gaps.Should().Be(1);
    }

    [Test]
    [CancelAfter(20_000)]
    public void End_of_session_stops_the_client(CancellationToken token)
    {
        using var venue = OuchVenue.Start(OuchDialect.Ouch50);
        using var client = OuchClient.LogIn(venue.Port, OuchDialect.Ouch50, token);

        venue.EndSession();
        client.PumpUntil(() => client.Ended, token, "End of Session");

        client.Session.State.Should().Be(SoupClientState.EndOfSession);
        venue.Counters.EndOfSessions.Should().Be(1);
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void Short_and_unknown_messages_are_counted_and_ignored_and_the_link_stays_up(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        using var client = OuchClient.LogIn(venue.Port, dialect, token);

        client.Send(b =>
        {
            b[0] = (byte)'O';
            return 5;
        });
        client.Send(b =>
        {
            b[0] = (byte)'Q';
            return 30;
        });
        client.Enter(1, 'B', 10, Px189_00);
        client.WaitForOrders(1, token);

        (venue.Counters.Malformed, venue.Counters.Unsupported, venue.Counters.Accepted).Should().Be((1, 1, 1));
        client.Disconnects.Should().Be(0);
    }

    private static List<string> RejectedTokens(CancellationToken token)
    {
        using var venue = OuchVenue.Start(OuchDialect.Ouch42, new OuchVenueBehaviour { RejectRatio = 0.3, Seed = 11 });
        using var client = OuchClient.LogIn(venue.Port, OuchDialect.Ouch42, token);
        for (var i = 1; i <= 200; i++)
        {
            client.Enter(i, 'B', 1, Px189_00);
        }

        client.WaitForOrders(200, token);
        venue.Counters.Rejects.Should().Be(venue.Tokens().Count(t => t.State == OuchTokenState.Rejected));
        return venue.Tokens().Where(t => t.State == OuchTokenState.Rejected).Select(t => t.Token).ToList();
    }
}
