using FluentAssertions;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

public class RiskResultFormatterTests
{
    [Test]
    public void Text_names_the_check_the_value_and_the_limit_in_their_units()
    {
        RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, 1000, 1001).ToString()
            .Should().Be("Rejected by StrategyMaxOrderQuantity: 1001 exceeds the limit 1000");
        RiskResult.Reject(RiskCheck.StrategyDailyNotional, Px(10_000m), Px(10_100.5m)).ToString()
            .Should().Be("Rejected by StrategyDailyNotional: 10100.5 exceeds the limit 10000");
        RiskResult.Reject(RiskCheck.PriceCollar, Px(90m), Px(89.99999999m)).ToString()
            .Should().Be("Rejected by PriceCollar: price 89.99999999 is outside the collar bound 90");
        RiskResult.Reject(RiskCheck.VenueKillSwitch, 0, 3).ToString().Should().Be("Rejected: kill switch is on for venue 3");
        RiskResult.Pass.ToString().Should().Be("Passed");
    }

    [Test]
    public void Every_check_has_a_text()
    {
        foreach (var check in Enum.GetValues<RiskCheck>())
        {
            RiskResult.Reject(check, 1, 2).ToString().Should().NotBeNullOrWhiteSpace();
        }
    }
}
