using FluentAssertions;
using Gateway.Simulators.Matching;
using Gateway.Simulators.Ouch;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

public sealed class OuchCommandLineTests
{
    [Test]
    public void Every_option_reaches_the_options()
    {
        var ok = OuchCommandLine.TryParse(
        [
            "--dialect", "42", "--port", "9999", "--host", "0.0.0.0", "--user", "GW1", "--password", "P1", "--user", "GW2",
            "--password", "P2", "--session", "DAY1", "--symbols", "AAPL=190.00,MSFT=410.5", "--max-shares", "5000",
            "--latency-us", "250", "--reject-ratio", "0.1", "--seed", "5", "--drop-after", "7", "--login-gap", "3",
            "--mm-spread-ticks", "4", "--mm-size", "300", "--mm-levels", "2", "--mm-tick", "0.05", "--no-start-of-day",
        ], out var options, out var error);

        ok.Should().BeTrue(error);
        (options.Dialect, options.Port, options.Host, options.Session, options.MaxShares, options.StartOfDayEvent).Should().Be(
            (OuchDialect.Ouch42, 9999, "0.0.0.0", "DAY1", 5000L, false));
        options.Logins.Should().Equal(new OuchLogin("GW1", "P1"), new OuchLogin("GW2", "P2"));
        options.Symbols.Should().BeEquivalentTo(new Dictionary<string, decimal> { ["AAPL"] = 190.00m, ["MSFT"] = 410.5m });
        options.Behaviour.Should().Be(new OuchVenueBehaviour
        {
            LatencyMicros = 250,
            RejectRatio = 0.1,
            Seed = 5,
            DropAfterMessages = 7,
            LoginGap = 3,
        });
        options.MarketMaker.Should().Be(new MarketMakerOptions { SpreadTicks = 4, Size = 300, Levels = 2, TickSize = Prices.FromDecimal(0.05m) });
    }

    [Test]
    public void Defaults_are_OUCH_50_on_15000_as_USER_PASS()
    {
        OuchCommandLine.TryParse([], out var options, out _).Should().BeTrue();

        (options.Dialect, options.Port).Should().Be((OuchDialect.Ouch50, 15000));
        options.Logins.Should().Equal(new OuchLogin("USER", "PASS"));
        options.MarketMaker.Enabled.Should().BeTrue();
    }

    [TestCase("--dialect", "43")]
    [TestCase("--port", "70000")]
    [TestCase("--user", "TOOLONGNAME")]
    [TestCase("--password", "ELEVENCHARS")]
    [TestCase("--reject-ratio", "2")]
    [TestCase("--symbols", "AAPL")]
    [TestCase("--bogus", "1")]
    [TestCase("--port")]
    public void Bad_arguments_are_refused_with_a_reason(params string[] args)
    {
        OuchCommandLine.TryParse(args, out _, out var error).Should().BeFalse();
        error.Should().NotBeEmpty();
    }

    [Test]
    public void A_password_without_its_user_or_a_user_twice_is_refused()
    {
        OuchCommandLine.TryParse(["--user", "A", "--user", "B", "--password", "P"], out _, out var error).Should().BeFalse();
        error.Should().Contain("--password");
        OuchCommandLine.TryParse(["--user", "A", "--password", "P", "--user", "A", "--password", "P"], out _, out error).Should().BeFalse();
        error.Should().Contain("twice");
    }
}
