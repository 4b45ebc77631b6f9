using System.Diagnostics;
using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using Gateway.Simulators.Fix;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>The test faults: random rejects, added latency, dropped connections and sequence gaps.</summary>
[Category("System")]
public sealed class FaultTests
{
    [Test]
    [CancelAfter(30_000)]
    public void The_reject_ratio_rejects_about_that_share_and_the_seed_repeats_the_draws(CancellationToken token)
    {
        var first = RejectedIds(new VenueBehaviour { RejectRatio = 0.3, Seed = 11 }, token, out var counted);
        var second = RejectedIds(new VenueBehaviour { RejectRatio = 0.3, Seed = 11 }, token, out _);

        first.Count.Should().BeInRange(30, 90, "about 30% of 200");
        counted.Should().Be(first.Count);
        second.Should().Equal(first, "the same seed rejects the same orders");
    }

    [Test]
    [CancelAfter(20_000)]
    public void A_reject_ratio_set_at_run_time_takes_effect(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        venue.RejectRatio = 1;
        var id = client.NewOrder('1', 10, 190.05m);
        var reject = client.WaitFor(id, m => m.MsgType == "8", token);

        (reject.ExecType, reject[58]).Should().Be(("8", "Simulated reject"));
    }

    [Test]
    [CancelAfter(20_000)]
    public void Added_latency_delays_every_answer_and_keeps_their_order(CancellationToken token)
    {
        const int latencyMicros = 150_000;
        using var venue = Venue.Start(behaviour: new VenueBehaviour { LatencyMicros = latencyMicros });
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        var sent = Stopwatch.GetTimestamp();
        var id = client.NewOrder('1', 150, 190.05m);
        client.PumpUntil(() => client.About(id).Count == 3, token);

        var reports = client.About(id);
        reports.Select(r => r[39]).Should().Equal("0", "1", "2");
        Stopwatch.GetElapsedTime(sent, reports[0].ReceivedAtTicks).Should().BeGreaterThanOrEqualTo(
            TimeSpan.FromMicroseconds(latencyMicros));
        TestContext.Out.WriteLine($"answered after {Stopwatch.GetElapsedTime(sent, reports[0].ReceivedAtTicks).TotalMilliseconds:F1} ms");
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_connection_dropped_after_N_messages_comes_back_and_trading_resumes(CancellationToken token)
    {
        using var venue = Venue.Start(behaviour: new VenueBehaviour { DropAfterMessages = 2 });
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        var a = client.NewOrder('1', 10, 190.05m);
        var b = client.NewOrder('1', 10, 190.05m);
        client.PumpUntil(() => client.Logouts == 1, token);
        client.About(a).Should().HaveCount(2, "the answers went out before the drop");
        client.About(b).Should().HaveCount(2);
        venue.Counters.Drops.Should().Be(1);

        client.PumpUntil(() => client.Logons == 2 && client.Session.IsLoggedOn, token);
        var c = client.NewOrder('2', 10, 189.95m);
        client.WaitFor(c, m => m[39] == "2", token);
        client.Session.Counters[FixSessionCounter.ResendRequestsSent].Should().Be(0, "no message was lost");
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_connection_dropped_on_demand_comes_back(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        venue.DropConnections();
        client.PumpUntil(() => client.Logouts == 1, token);
        client.PumpUntil(() => client.Logons == 2 && client.Session.IsLoggedOn, token);

        var id = client.NewOrder('1', 10, 190.05m);
        client.WaitFor(id, m => m[39] == "2", token);
        venue.Counters.Drops.Should().Be(1);
    }

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    [CancelAfter(20_000)]
    public void A_sequence_gap_makes_the_client_ask_for_a_resend_and_recover(string beginString, CancellationToken token)
    {
        using var venue = Venue.Start(beginString, validate: true);
        using var client = FixClient.Connect(venue.Port, beginString);
        client.WaitLoggedOn(token);
        var expectedBefore = client.Session.NextTargetMsgSeqNum;

        venue.SkipSequenceNumbers(3);
        var id = client.NewOrder('1', 10, 190.05m);
        client.WaitFor(id, m => m[39] == "2", token);

        client.Session.Counters[FixSessionCounter.ResendRequestsSent].Should().Be(1);
        client.Session.Counters[FixSessionCounter.SequenceResetsReceived].Should().Be(1, "the skipped numbers come back as a gap fill");
        client.About(id).Should().HaveCount(2);
        client.Session.NextTargetMsgSeqNum.Should().Be(expectedBefore + 3 + 2);
        venue.Counters.Gaps.Should().Be(1);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Periodic_gaps_are_each_recovered(CancellationToken token)
    {
        using var venue = Venue.Start(behaviour: new VenueBehaviour { GapEveryMessages = 3, GapSize = 2 });
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        var ids = Enumerable.Range(0, 5).Select(_ => client.NewOrder('1', 10, 190.05m)).ToList();
        client.PumpUntil(() => ids.All(id => client.About(id).Exists(m => m[39] == "2")), token);

        venue.Counters.Gaps.Should().Be(3, "10 reports, a gap after the 3rd, 6th and 9th");
        client.Session.Counters[FixSessionCounter.ResendRequestsSent].Should().BeGreaterThanOrEqualTo(1);
        client.Received.Count(m => m.MsgType == "8").Should().Be(10, "nothing lost, nothing twice");
    }

    private static List<string> RejectedIds(VenueBehaviour behaviour, CancellationToken token, out long counted)
    {
        using var venue = Venue.Start(behaviour: behaviour);
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);
        var ids = Enumerable.Range(0, 200).Select(_ => client.NewOrder('1', 10, 190.05m, timeInForce: '3')).ToList();
        client.PumpUntil(() => ids.All(id => client.About(id).Exists(m => m[39] is "2" or "4" or "8")), token);
        counted = venue.Counters.Rejects;
        return ids.Where(id => client.About(id).Exists(m => m[39] == "8")).ToList();
    }
}
