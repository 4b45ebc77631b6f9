using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>SoupBinTCP logins and sequenced replay.</summary>
[Category("System")]
public sealed class LoginTests
{
    [Test]
    [CancelAfter(20_000)]
    public void The_right_credentials_log_in_and_wrong_ones_or_another_session_are_refused(CancellationToken token)
    {
        using var venue = OuchVenue.Start(OuchDialect.Ouch50);
        using var good = OuchClient.LogIn(venue.Port, OuchDialect.Ouch50, token);
        good.Logins.Should().Equal(1);

        using var wrongPassword = OuchClient.Connect(venue.Port, OuchDialect.Ouch50, "USER", "NOPE");
        wrongPassword.PumpUntil(() => wrongPassword.Rejected is not null, token);
        using var unknownUser = OuchClient.Connect(venue.Port, OuchDialect.Ouch50, "EVE", "PASS");
        unknownUser.PumpUntil(() => unknownUser.Rejected is not null, token);
        using var otherSession = OuchClient.Connect(venue.Port, OuchDialect.Ouch50, "USER", "PASS", session: "OTHER");
        otherSession.PumpUntil(() => otherSession.Rejected is not null, token);

        (wrongPassword.Rejected, unknownUser.Rejected, otherSession.Rejected).Should().Be(
            (SoupLoginRejectReason.NotAuthorized, SoupLoginRejectReason.NotAuthorized, SoupLoginRejectReason.SessionNotAvailable));
        venue.Counters.Logins.Should().Be(1);
    }

    [TestCaseSource(typeof(OuchVenue), nameof(OuchVenue.Dialects))]
    [CancelAfter(20_000)]
    public void A_client_logging_in_again_is_replayed_from_the_number_it_asks_for(OuchDialect dialect, CancellationToken token)
    {
        using var venue = OuchVenue.Start(dialect);
        List<(long Sequence, byte[] Message)> first;
        using (var client = OuchClient.LogIn(venue.Port, dialect, token))
        {
            client.Enter(1, 'B', 150, 1_900_500);
            client.WaitForOrders(3, token);
            first = client.Messages;
        }

        using var again = OuchClient.LogIn(venue.Port, dialect, token, nextExpected: 2);
        again.PumpUntil(() => again.Messages.Count == 3, token);

        again.Logins.Should().Equal(2);
        again.Messages.Select(m => m.Sequence).Should().Equal(2, 3, 4);
        again.Messages.Select(m => m.Message).Should().BeEquivalentTo(first.Skip(1).Select(m => m.Message), o => o.WithStrictOrdering());
        // The first login was replayed the start-of-day event, stored before it came.
        venue.SessionCounters()[SoupCounter.MessagesReplayed].Should().Be(1 + 3);

        // Asking for 0 means "only what comes next": nothing is replayed.
        again.Dispose();
        using var fresh = OuchClient.LogIn(venue.Port, dialect, token, nextExpected: 0);
        fresh.Logins.Should().Equal(5);
    }
}
