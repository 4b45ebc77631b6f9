using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>A NewOrderSingle answered New then Fill in each FIX version, both ends validating with the dictionaries.</summary>
[Category("System")]
public sealed class VersionTests
{
    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    [CancelAfter(20_000)]
    public void A_marketable_order_is_acknowledged_then_filled(string beginString, CancellationToken token)
    {
        using var venue = Venue.Start(beginString, validate: true);
        using var client = FixClient.Connect(venue.Port, beginString);
        client.WaitLoggedOn(token);

        var id = client.NewOrder('1', 100, 190.05m);
        client.PumpUntil(() => client.About(id).Count == 2, token);

        var (ack, fill) = (client.About(id)[0], client.About(id)[1]);
        TestContext.Out.WriteLine(ack);
        TestContext.Out.WriteLine(fill);
        ack.MsgType.Should().Be("8");
        (ack.ExecType, ack[39], ack[151], ack[14]).Should().Be(("0", "0", "100", "0"));
        fill[39].Should().Be("2");
        fill.ExecType.Should().Be(beginString == "FIX.4.2" ? "2" : "F");
        (fill[32], fill.Decimal(31), fill[151], fill[14], fill.Decimal(6)).Should().Be(("100", 190.01m, "0", "100", 190.01m));
        (fill[37], fill[55], fill[54]).Should().Be((ack[37], "AAPL", "1"));
        fill[17].Should().NotBe(ack[17], "every report has its own ExecID");
        fill.Has(60).Should().BeTrue();
        if (beginString == "FIX.4.2")
        {
            (ack[20], fill[20]).Should().Be(("0", "0"));
        }
        else
        {
            fill.Has(20).Should().BeFalse();
        }

        fill[8].Should().Be(beginString);
        venue.Counters.Fills.Should().Be(1);
        client.Session.Counters[Sessions.Fix.Session.FixSessionCounter.RejectsReceived].Should().Be(0);
    }

    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    [CancelAfter(20_000)]
    public void A_partial_fill_then_the_rest(string beginString, CancellationToken token)
    {
        using var venue = Venue.Start(beginString, validate: true);
        using var client = FixClient.Connect(venue.Port, beginString);
        client.WaitLoggedOn(token);

        var id = client.NewOrder('2', 150, 189.98m);
        client.PumpUntil(() => client.About(id).Count == 3, token);

        var reports = client.About(id);
        reports.Select(r => r[39]).Should().Equal("0", "1", "2");
        reports[1].ExecType.Should().Be(beginString == "FIX.4.2" ? "1" : "F");
        (reports[1][32], reports[1].Decimal(31), reports[1][151]).Should().Be(("100", 189.99m, "50"));
        (reports[2][32], reports[2].Decimal(31), reports[2][14]).Should().Be(("50", 189.98m, "150"));
        reports[2].Decimal(6).Should().Be(189.98666666m, "AvgPx is (100 × 189.99 + 50 × 189.98) / 150, truncated to 8 decimals");
    }
}
