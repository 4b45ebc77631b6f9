using System.Text.Json;
using FluentAssertions;
using Gateway.RiskChecks.Config;
using NUnit.Framework;
using static Gateway.RiskChecks.Tests.RiskTestKit;

namespace Gateway.RiskChecks.Tests;

public class RiskLimitsJsonTests
{
    private const string Json = """
        {
          // Comments are allowed.
          "TradingDayStartUtc": "22:00:00",
          "Capacity": { "MaxStrategies": 8, "MaxAccounts": 16, "MaxInstruments": 128, "MaxVenues": 4 },
          "Strategies": [ { "Id": 1, "Accounts": [7], "Venues": [0], "MaxOrderQuantity": 500,
                            "MaxDailyNotional": 2500000.50,
                            "MessageRate": { "MaxMessages": 100, "Window": "00:00:01" } } ],
          "Accounts": [ { "Id": 7, "CreditLimit": 1e7 } ],
          "Instruments": [ { "Id": 42, "ReferencePrice": 101.25, "CollarPercent": 5, "MaxLongPosition": 5000,
                             "ReferenceSource": "LastTrade" } ],
          "Venues": [ { "Id": 0, "MessageRate": { "MaxMessages": 1000, "Window": "00:00:01" } } ],
        }
        """;

    [Test]
    public void Limits_load_from_json()
    {
        var limits = RiskLimitsJson.Parse(Json);

        limits.TradingDayStartUtc.Should().Be(TimeSpan.FromHours(22));
        limits.Strategies.Single().MaxOrderQuantity.Should().Be(500);
        limits.Strategies.Single().MaxDailyNotional.Should().Be(2_500_000.50m);
        limits.Strategies.Single().MessageRate.Should().Be(new MessageRateLimit(100, TimeSpan.FromSeconds(1)));
        limits.Instruments.Single().ReferenceSource.Should().Be(ReferencePriceSource.LastTrade);
        limits.Accounts.Single().CreditLimit.Should().Be(10_000_000m);
    }

    [Test]
    public void Loaded_limits_drive_the_engine()
    {
        var engine = new RiskEngine(RiskLimitsJson.Parse(Json));

        engine.Check(Buy(500, 101m), Monday).Should().Be(RiskResult.Pass);
        engine.Check(Buy(501, 101m), Monday).Should().Be(RiskResult.Reject(RiskCheck.StrategyMaxOrderQuantity, 500, 501));
        engine.Check(Buy(1, 107m), Monday).Check.Should().Be(RiskCheck.PriceCollar);
    }

    [Test]
    public void Limits_survive_a_round_trip()
    {
        var limits = RiskLimitsJson.Parse(Json);

        var again = RiskLimitsJson.Parse(RiskLimitsJson.Write(limits));

        RiskLimitsJson.Write(again).Should().Be(RiskLimitsJson.Write(limits));
    }

    [Test]
    public void Invalid_limits_are_refused_with_a_reason()
    {
        var badJson = () => RiskLimitsJson.Parse("{ \"Strategies\": [ { \"Id\": 1, \"MaxOrderQuantity\": \"lots\" } ] }");
        var missingId = () => RiskLimitsJson.Parse("{ \"Strategies\": [ { \"MaxOrderQuantity\": 5 } ] }");
        var twice = () => RiskLimitsJson.Parse("{ \"Venues\": [ { \"Id\": 1 }, { \"Id\": 1 } ] }");
        var negative = () => RiskLimitsJson.Parse("{ \"Accounts\": [ { \"Id\": 1, \"CreditLimit\": -5 } ] }");

        badJson.Should().Throw<JsonException>();
        missingId.Should().Throw<JsonException>();
        twice.Should().Throw<ArgumentException>().WithMessage("*venue id 1*twice*");
        negative.Should().Throw<ArgumentException>().WithMessage("*CreditLimit*");
    }
}
