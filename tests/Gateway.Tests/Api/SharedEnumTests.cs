using FluentAssertions;
using NUnit.Framework;
using ApiProtocol = Gateway.Api.Protocol;
using Risk = Gateway.RiskChecks.Orders;
using Venue = Gateway.Venues.Orders;

namespace Gateway.Tests.Api;

/// <summary>The gateway maps side, order type and time in force between the API, risk and venues with a cast: the values must agree.</summary>
public sealed class SharedEnumTests
{
    [Test]
    public void Sides_have_the_same_values_everywhere() => Check<ApiProtocol.Side, Risk.Side, Venue.Side>();

    [Test]
    public void Order_types_have_the_same_values_everywhere() => Check<ApiProtocol.OrderType, Risk.OrderType, Venue.OrderType>();

    [Test]
    public void Times_in_force_have_the_same_values_everywhere() => Check<ApiProtocol.TimeInForce, Risk.TimeInForce, Venue.TimeInForce>();

    private static void Check<TApi, TRisk, TVenue>()
        where TApi : struct, Enum
        where TRisk : struct, Enum
        where TVenue : struct, Enum
    {
        static Dictionary<string, long> Values<T>()
            where T : struct, Enum => Enum.GetValues<T>().ToDictionary(v => v.ToString(), v => Convert.ToInt64(v, null));

        Values<TRisk>().Should().Equal(Values<TApi>());
        Values<TVenue>().Should().Equal(Values<TApi>());
    }
}
