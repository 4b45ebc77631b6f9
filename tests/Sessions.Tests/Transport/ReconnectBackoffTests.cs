using FluentAssertions;
using Gateway.Sessions.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Transport;

public class ReconnectBackoffTests
{
    private static readonly long Ms = TimeSpan.FromMilliseconds(1).Ticks * 100;

    [Test]
    public void Delays_double_from_the_initial_one_up_to_the_maximum_and_reset_goes_back()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(700));

        long[] delays = [.. Enumerable.Range(0, 5).Select(_ => backoff.NextDelayNanos() / Ms)];
        delays.Should().Equal(100, 200, 400, 700, 700);

        backoff.Reset();
        backoff.NextDelayNanos().Should().Be(100 * Ms);
    }

    [Test]
    public void A_fixed_back_off_always_waits_the_same()
    {
        var backoff = ReconnectBackoff.Fixed(TimeSpan.FromSeconds(30));

        backoff.NextDelayNanos().Should().Be(backoff.NextDelayNanos()).And.Be(30_000 * Ms);
    }

    [Test]
    public void Jitter_only_shortens_a_delay_and_by_at_most_its_fraction()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), jitter: 0.25,
            random: new Random(42));

        var delays = Enumerable.Range(0, 200).Select(_ => backoff.NextDelayNanos()).ToArray();

        delays.Should().OnlyContain(d => d <= 1000 * Ms && d >= 750 * Ms);
        delays.Distinct().Count().Should().BeGreaterThan(100, "jitter spreads the delays");
    }

    [Test]
    public void Nonsense_settings_are_refused()
    {
        var zero = () => new ReconnectBackoff(TimeSpan.Zero, TimeSpan.FromSeconds(1));
        var maxBelowInitial = () => new ReconnectBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        var jitterAboveOne = () => new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1.5);

        zero.Should().Throw<ArgumentOutOfRangeException>();
        maxBelowInitial.Should().Throw<ArgumentOutOfRangeException>();
        jitterAboveOne.Should().Throw<ArgumentOutOfRangeException>();
    }
}
