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
    public void It_keeps_yielding_past_its_count_until_it_has_been_idle_for_the_busy_time()
    {
        var parker = new RecordingParker();
        var idle = new BackoffIdleStrategy(parker, maxSpins: 1, maxYields: 1, minParkMicros: 50, maxParkMicros: 1000, busyMicros: 200);

        idle.Idle(0); // the spin starts the idle clock at 0
        parker.Now = 150_000;
        idle.Idle(0);
        idle.Idle(0);
        parker.Now = 200_000;
        idle.Idle(0);

        parker.Calls.Should().Equal("spin", "yield", "yield", "park 50000");
    }

    [Test]
    public void Work_restarts_the_idle_clock()
    {
        var parker = new RecordingParker();
        var idle = new BackoffIdleStrategy(parker, maxSpins: 1, maxYields: 0, minParkMicros: 50, maxParkMicros: 1000, busyMicros: 200);
        idle.Idle(0);
        parker.Now = 190_000;
        idle.Idle(1);
        parker.Calls.Clear();

        idle.Idle(0); // idle again from 190 µs
        parker.Now = 300_000;
        idle.Idle(0);
        parker.Now = 390_000;
        idle.Idle(0);

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

        public long Now { get; set; }

        public void Park(long nanos) => Calls.Add("park " + nanos);

        public long NowNanos() => Now;
    }
}
