using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>
/// A client that reads slower than the venue writes: the venue's session refuses sends (back-pressure) and its
/// reports must wait and go out later, never be dropped (a refused send uses no MsgSeqNum, so the client would see
/// no gap and wait forever: the wire-to-wire benchmark's stuck gateway).
/// </summary>
[Category("System")]
public sealed class BackPressureTests
{
    // About 250 bytes per acknowledgement: 12 MB of reports, more than loopback's socket buffers and the venue's
    // send backlog hold while the client reads nothing.
    private const int Orders = 50_000;

    [Test]
    [CancelAfter(60_000)]
    public void Reports_refused_while_the_client_does_not_read_are_sent_once_it_reads(CancellationToken token)
    {
        using var venue = Venue.Start();
        using var client = FixClient.Connect(venue.Port, "FIX.4.4");
        client.WaitLoggedOn(token);

        // Resting buys below the quotes: one acknowledgement each. The client sends without reading a byte.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Orders; i++)
        {
            ids.Add(client.NewOrder('1', 1, 180.00m));
        }

        WaitFor(() => venue.Counters.Orders == Orders, token);
        venue.Counters.HeldBack.Should().BePositive("the test must fill the client's socket buffers to mean anything");

        client.PumpUntil(() => client.Received.Count(m => m.MsgType == "8") >= Orders, token);

        var acknowledged = client.Received.Where(m => m.MsgType == "8" && m[39] == "0").Select(m => m.ClOrdId).ToList();
        acknowledged.Should().HaveCount(Orders).And.OnlyHaveUniqueItems();
        acknowledged.Should().BeEquivalentTo(ids);
        venue.Counters.SendFailures.Should().Be(0);
        client.Session.Counters[Gateway.Sessions.Fix.Session.FixSessionCounter.SequenceGaps].Should().Be(0);
    }

    private static void WaitFor(Func<bool> condition, CancellationToken token)
    {
        while (!condition())
        {
            token.ThrowIfCancellationRequested();
            Thread.Sleep(5);
        }
    }
}
