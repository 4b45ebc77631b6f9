using FluentAssertions;
using Gateway.Config;
using NUnit.Framework;

namespace Gateway.Tests.Hosting;

public sealed class OuchVenueConfigTests
{
    [Test]
    public void An_OUCH_venue_needs_no_FIX_settings()
    {
        var config = GatewayConfigLoader.Parse("""
            { "venues": [ { "id": 2, "name": "NSDQ", "protocol": "ouch50", "host": "127.0.0.1", "port": 15000,
                            "username": "USER", "password": "PASS" } ],
              "instruments": [ { "id": 0, "symbol": "AAPL", "venue": 2 } ] }
            """);

        config.Venues.Should().ContainSingle(v => v.Protocol == "ouch50" && v.Port == 15000);
    }

    [TestCase("""{ "id": 2, "name": "NSDQ", "protocol": "ouch42", "username": "U", "password": "P" }""", "needs host and port")]
    [TestCase("""{ "id": 2, "name": "NSDQ", "protocol": "ouch42", "host": "h", "port": 1 }""", "needs username and password")]
    [TestCase("""{ "id": 2, "name": "NSDQ", "protocol": "itch" }""", "protocol 'itch' is not supported")]
    public void A_bad_OUCH_venue_is_refused_naming_what_is_missing(string venue, string problem)
    {
        var parse = () => GatewayConfigLoader.Parse($$"""{ "venues": [ {{venue}} ] }""");

        parse.Should().Throw<GatewayConfigException>().WithMessage($"*venue 'NSDQ'*{problem}*");
    }
}
