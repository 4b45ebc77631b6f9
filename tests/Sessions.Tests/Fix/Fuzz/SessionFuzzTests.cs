using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// Bad-input fuzzing of the acceptor session on the in-memory connection pair: 100,000 mutated frames after a
/// valid logon, each checked against the oracle's prediction. The seed is printed; <c>FIX_FUZZ_SEED</c> replays
/// a run and <c>FIX_FUZZ_FRAMES</c> changes its length.
/// </summary>
[Category("Fuzz")]
public sealed class SessionFuzzTests
{
    [Test]
    [CancelAfter(240_000)]
    public void The_acceptor_answers_100_000_mutated_frames_as_the_FIX_session_rules_require(CancellationToken token)
    {
        var frames = int.TryParse(Environment.GetEnvironmentVariable("FIX_FUZZ_FRAMES"), out var n) ? n : 100_000;
        var seed = FuzzDriver.SeedFromEnvironment();
        using var target = new InMemoryTarget();
        var driver = new FuzzDriver(target, seed);
        var clock = Stopwatch.StartNew();

        driver.Run(frames, token);

        clock.Stop();
        TestContext.Out.WriteLine($"seed {seed}: {frames} frames in {clock.Elapsed.TotalSeconds:F1} s ({frames / clock.Elapsed.TotalSeconds:F0} frames/s)");
        TestContext.Out.WriteLine(driver.Stats.ToString());
        driver.Stats.Frames.Should().Be(frames);
        driver.Stats.Indeterminate.Should().BeLessThan(frames / 1000 + 1, "outcomes the oracle cannot predict must stay rare");
    }
}
