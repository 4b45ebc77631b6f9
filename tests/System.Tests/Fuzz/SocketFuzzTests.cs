using System.Diagnostics;
using FluentAssertions;
using Gateway.Sessions.Tests.Fix.Fuzz;
using NUnit.Framework;

namespace Gateway.System.Tests.Fuzz;

/// <summary>
/// The bad-input fuzzer of Sessions.Tests (same generator and oracle) against a <see cref="Gateway.Sessions.Fix.Engine.FixEngine"/>
/// acceptor over real loopback TCP: 5,000 mutated frames, a quarter of them written in pieces split at random
/// byte positions. <c>FIX_FUZZ_SEED</c> replays a run; <c>FIX_FUZZ_SOCKET_FRAMES</c> changes its length.
/// </summary>
[Category("Fuzz")]
[Category("System")]
public sealed class SocketFuzzTests
{
    [Test]
    [CancelAfter(180_000)]
    public void The_engine_answers_5_000_mutated_frames_over_loopback_as_the_FIX_session_rules_require(CancellationToken token)
    {
        var frames = int.TryParse(Environment.GetEnvironmentVariable("FIX_FUZZ_SOCKET_FRAMES"), out var n) ? n : 5_000;
        var seed = FuzzDriver.SeedFromEnvironment();
        using var target = new SocketTarget(Fix44Dictionary());
        var driver = new FuzzDriver(target, seed);
        var clock = Stopwatch.StartNew();

        driver.Run(frames, token);

        TestContext.Out.WriteLine($"seed {seed}: {frames} frames over loopback in {clock.Elapsed.TotalSeconds:F1} s");
        TestContext.Out.WriteLine(driver.Stats.ToString());
        driver.Stats.Frames.Should().Be(frames);
        driver.Stats.Indeterminate.Should().BeLessThan(frames / 1000 + 2, "outcomes the oracle cannot predict must stay rare");
    }

    /// <summary>FIX44.xml from ../shared beside the repository (third-party data, never copied here).</summary>
    private static string Fix44Dictionary()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fix", "spec", "FIX44.xml"));
                if (File.Exists(path))
                {
                    return path;
                }

                break;
            }
        }

        Assert.Ignore("../shared/fix/spec/FIX44.xml is not present beside the repository");
        return "";
    }
}
