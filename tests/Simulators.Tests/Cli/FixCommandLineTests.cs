using FluentAssertions;
using Gateway.Simulators.Fix;
using Gateway.Simulators.Matching;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Cli;

public sealed class FixCommandLineTests
{
    [Test]
    public void Every_option_reaches_the_options()
    {
        var ok = FixCommandLine.TryParse(
        [
            "--port", "9999", "--begin-string", "FIX.4.2", "--sender", "VENUE", "--target", "GW1", "--target", "GW2",
            "--symbols", "AAPL=190.00,MSFT=410.5", "--latency-us", "250", "--reject-ratio", "0.1", "--seed", "5",
            "--drop-after", "7", "--gap-every", "9", "--gap-size", "2", "--mm-spread-ticks", "4", "--mm-size", "300",
            "--mm-levels", "2", "--mm-tick", "0.05", "--host", "0.0.0.0",
        ], out var options, out var error);

        ok.Should().BeTrue(error);
        options.Port.Should().Be(9999);
        options.Host.Should().Be("0.0.0.0");
        options.Sessions.Should().Equal(new SimulatedSession("FIX.4.2", "VENUE", "GW1"), new SimulatedSession("FIX.4.2", "VENUE", "GW2"));
        options.Symbols.Should().BeEquivalentTo(new Dictionary<string, decimal> { ["AAPL"] = 190.00m, ["MSFT"] = 410.5m });
        options.Behaviour.Should().Be(new VenueBehaviour
        {
            LatencyMicros = 250,
            RejectRatio = 0.1,
            Seed = 5,
            DropAfterMessages = 7,
            GapEveryMessages = 9,
            GapSize = 2,
        });
        options.MarketMaker.Should().Be(new MarketMakerOptions { SpreadTicks = 4, Size = 300, Levels = 2, TickSize = Prices.FromDecimal(0.05m) });
    }

    [Test]
    public void Defaults_are_one_FIX44_session_EXEC_to_GATEWAY_on_9878()
    {
        FixCommandLine.TryParse([], out var options, out _).Should().BeTrue();

        options.Port.Should().Be(9878);
        options.Sessions.Should().Equal(new SimulatedSession("FIX.4.4", "EXEC", "GATEWAY"));
        options.MarketMaker.Enabled.Should().BeTrue();
    }

    [TestCase("--port", "x")]
    [TestCase("--port", "70000")]
    [TestCase("--begin-string", "FIX.4.0")]
    [TestCase("--reject-ratio", "1.5")]
    [TestCase("--symbols", "AAPL")]
    [TestCase("--mm-levels", "0")]
    [TestCase("--nonsense", "1")]
    [TestCase("--port")]
    public void Bad_arguments_are_refused_with_a_reason(params string[] args)
    {
        FixCommandLine.TryParse(args, out _, out var error).Should().BeFalse();

        error.Should().NotBeEmpty();
    }

    [Test]
    public void A_config_file_keeps_its_port_unless_one_is_given()
    {
        FixCommandLine.TryParse(["--config", "venue.cfg"], out var own, out _).Should().BeTrue();
        FixCommandLine.TryParse(["--config", "venue.cfg", "--port", "0"], out var overridden, out _).Should().BeTrue();

        (own.SettingsPath, own.Port).Should().Be(("venue.cfg", (int?)null));
        overridden.Port.Should().Be(0);
    }

    [Test]
    public void No_market_maker_turns_the_quotes_off()
    {
        FixCommandLine.TryParse(["--no-market-maker"], out var options, out _).Should().BeTrue();
        FixCommandLine.TryParse(["--mm-fill-resting"], out var taking, out _).Should().BeTrue();

        options.MarketMaker.Enabled.Should().BeFalse();
        taking.MarketMaker.FillRestingOrders.Should().BeTrue();
    }
}
