using FluentAssertions;
using Gateway.RiskChecks.Config;
using Gateway.Sessions.Time;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

/// <summary>Message-rate throttles per strategy and per venue, driven by a manual clock: exact sliding windows.</summary>
public class ThrottleTests
{
    private const long Millis = 1_000_000;

    [Test]
    public void Strategy_rate_admits_the_limit_in_a_window_and_rejects_one_more()
    {
        var clock = new ManualEpochClock(Monday);
        var engine = Engine(BaseStrategy with { MessageRate = new MessageRateLimit(5, TimeSpan.FromSeconds(1)) });
        for (var i = 0; i < 5; i++)
        {
            engine.Check(Buy(1, 10m), clock.NowNanos()).Should().Be(RiskResult.Pass);
        }

        engine.Check(Buy(1, 10m), clock.NowNanos()).Should().Be(RiskResult.Reject(RiskCheck.StrategyMessageRate, 5, 6));

        clock.Advance((1000 * Millis) - 1);
        engine.Check(Buy(1, 10m), clock.NowNanos()).Check.Should().Be(RiskCheck.StrategyMessageRate);
        clock.Advance(1);
        engine.Check(Buy(1, 10m), clock.NowNanos()).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void The_window_slides_message_by_message()
    {
        var clock = new ManualEpochClock(Monday);
        var engine = Engine(BaseStrategy with { MessageRate = new MessageRateLimit(5, TimeSpan.FromSeconds(1)) });
        for (var i = 0; i < 5; i++)
        {
            engine.Check(Buy(1, 10m), clock.NowNanos()).Passed.Should().BeTrue();
            clock.Advance(200 * Millis);
        }

        // Now t = 1.0 s: the message of t = 0 has left the window, the one of t = 0.2 s has not.
        engine.Check(Buy(1, 10m), clock.NowNanos()).Should().Be(RiskResult.Pass);
        clock.Advance(100 * Millis);
        engine.Check(Buy(1, 10m), clock.NowNanos()).Check.Should().Be(RiskCheck.StrategyMessageRate);
        clock.Advance(100 * Millis);
        engine.Check(Buy(1, 10m), clock.NowNanos()).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Rejected_orders_do_not_use_the_rate()
    {
        var engine = Engine(BaseStrategy with { MaxOrderQuantity = 10, MessageRate = new MessageRateLimit(2, TimeSpan.FromSeconds(1)) });
        for (var i = 0; i < 10; i++)
        {
            engine.Check(Buy(11, 10m), Monday).Check.Should().Be(RiskCheck.StrategyMaxOrderQuantity);
        }

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Venue_rate_counts_every_strategy_sending_there()
    {
        var engine = new RiskEngine(new RiskLimits
        {
            Capacity = SmallCapacity,
            Strategies = [BaseStrategy, BaseStrategy with { Id = 2 }],
            Instruments = [BaseInstrument],
            Venues = [new VenueLimits { Id = Venue, MessageRate = new MessageRateLimit(3, TimeSpan.FromMilliseconds(10)) }],
        });
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m) with { StrategyId = 2 }, Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();

        engine.Check(Buy(1, 10m) with { StrategyId = 2 }, Monday).Should().Be(RiskResult.Reject(RiskCheck.VenueMessageRate, 3, 4));
        engine.Check(Buy(1, 10m) with { StrategyId = 2 }, Monday + (10 * Millis)).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void Replaces_count_against_the_rate()
    {
        var engine = Engine(BaseStrategy with { MessageRate = new MessageRateLimit(2, TimeSpan.FromSeconds(1)) });
        var order = Buy(10, 10m);
        engine.Check(order, Monday).Passed.Should().BeTrue();
        engine.CheckReplace(order with { Quantity = 5, ClientOrderId = order.ClientOrderId + 1_000_000 }, order.ClientOrderId, Monday)
            .Should().Be(RiskResult.Pass);

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyMessageRate, 2, 3));
    }

    [Test]
    public void Throttles_can_be_reset_by_command()
    {
        var engine = Engine(BaseStrategy with { MessageRate = new MessageRateLimit(1, TimeSpan.FromSeconds(1)) });
        engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();
        engine.Check(Buy(1, 10m), Monday).Check.Should().Be(RiskCheck.StrategyMessageRate);

        engine.Admin.ResetThrottles();

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
    }

    [Test]
    public void A_new_rate_keeps_the_recent_history()
    {
        var engine = Engine(BaseStrategy with { MessageRate = new MessageRateLimit(3, TimeSpan.FromSeconds(1)) });
        for (var i = 0; i < 3; i++)
        {
            engine.Check(Buy(1, 10m), Monday).Passed.Should().BeTrue();
        }

        engine.Admin.SetStrategyLimits(BaseStrategy with { MessageRate = new MessageRateLimit(4, TimeSpan.FromSeconds(1)) });

        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(1, 10m), Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyMessageRate, 4, 5));
    }
}
