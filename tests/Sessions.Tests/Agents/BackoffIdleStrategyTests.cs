using System.Diagnostics;
using FluentAssertions;
using Gateway.Sessions.Agents;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Agents;

public class BackoffIdleStrategyTests
{
    [Test]
    public void Spins_then_yields_then_parks_doubling_up_to_the_maximum()
    {
        var parker = new RecordingParker();
        var idle = new BackoffIdleStrategy(parker, maxSpins: 2, maxYields: 3, minParkMicros: 50, maxParkMicros: 300);

        for (var i = 0; i < 9; i++)
        {
            idle.Idle(0);
        }

        parker.Calls.Should().Equal("spin", "spin", "yield", "yield", "yield", "park 50000", "park 100000", "park 200000", "park 300000");
    }

    [Test]
    public void Work_resets_it_to_spinning_at_the_shortest_park()
    {
        var parker = new RecordingParker();
        var idle = new BackoffIdleStrategy(parker, maxSpins: 1, maxYields: 1, minParkMicros: 50, maxParkMicros: 1000);
        for (var i = 0; i < 4; i++)
        {
            idle.Idle(0);
        }

        idle.Idle(1);
        parker.Calls.Clear();
        for (var i = 0; i < 3; i++)
        {
            idle.Idle(0);
        }

        parker.Calls.Should().Equal("spin", "yield", "park 50000");
    }

    [Test]
    public void A_200_microsecond_park_takes_at_least_200_microseconds_and_well_under_a_tick_of_Thread_Sleep_rounding()
    {
        // Best of several: the machine is shared, so a single park may be preempted for long; the minimum is not.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 20; i++)
        {
            var started = Stopwatch.GetTimestamp();
            PreciseSleep.Sleep(200_000);
            var elapsed = Stopwatch.GetElapsedTime(started);
            elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMicroseconds(200));
            best = elapsed < best ? elapsed : best;
        }

        best.Should().BeLessThan(TimeSpan.FromMilliseconds(5));
    }

    private sealed class RecordingParker : IThreadParker
    {
        public List<string> Calls { get; } = [];

        public void Spin() => Calls.Add("spin");

        public void Yield() => Calls.Add("yield");

        public void Park(long nanos) => Calls.Add("park " + nanos);
    }
}
