using FluentAssertions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Demo;

/// <summary>
/// The README's first command, run as a user runs it: the built Gateway host in its own process with
/// <c>demo --once</c>, which exits 0 only if every order reached a final state (filled, canceled or rejected).
/// </summary>
[TestFixture]
[Category("System")]
public sealed class DemoRunTests
{
    [Test]
    [CancelAfter(180_000)]
    public void Demo_once_fills_every_order_and_exits_zero(CancellationToken cancellation)
    {
        var gatewayDll = GatewayHostPath();
        File.Exists(gatewayDll).Should().BeTrue($"the Gateway host is built beside the tests ({gatewayDll})");

        var result = ProcessRunner.Run(
            "dotnet",
            [gatewayDll, "demo", "--once", "--orders", "500", "--rate", "2000", "--report-seconds", "2"],
            TimeSpan.FromSeconds(150),
            cancellation);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StandardOutput.Should().Contain("All 500 orders reached a final state", result.ToString());
        result.StandardOutput.Should().Contain("by risk checks", "the demo shows risk rejects");
        result.StandardOutput.Should().Contain("p99.9", "the demo prints latency percentiles");
    }

    [Test]
    [CancelAfter(60_000)]
    public void Unknown_command_is_a_usage_error(CancellationToken cancellation)
    {
        var result = ProcessRunner.Run("dotnet", [GatewayHostPath(), "no-such-command"], TimeSpan.FromSeconds(45), cancellation);

        result.ExitCode.Should().Be(2, result.ToString());
    }

    /// <summary>Gateway/bin/&lt;same configuration as this test assembly&gt;/net10.0/Gateway.dll.</summary>
    private static string GatewayHostPath()
    {
        var testDir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var framework = testDir.Name;                 // net10.0
        var configuration = testDir.Parent!.Name;     // Debug | Release
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Gateway.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        return Path.Combine(root!.FullName, "Gateway", "bin", configuration, framework, "Gateway.dll");
    }
}
