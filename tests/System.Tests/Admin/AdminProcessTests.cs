using System.Text.RegularExpressions;
using FluentAssertions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary>The built Gateway host as a user runs it: the demo's console line, and <c>Gateway admin</c> as a process.</summary>
[Category("System")]
public sealed partial class AdminProcessTests
{
    [Test]
    [CancelAfter(180_000)]
    public void The_demo_shows_its_console_address_with_the_token_only_in_the_fragment(CancellationToken cancellation)
    {
        var result = ProcessRunner.Run("dotnet", [GatewayDll(), "demo", "--once", "--orders", "50", "--rate", "500"],
            TimeSpan.FromSeconds(150), cancellation);

        result.ExitCode.Should().Be(0, result.ToString());
        var match = ConsoleLine().Match(result.StandardOutput);
        match.Success.Should().BeTrue(result.StandardOutput);
        var token = match.Groups["token"].Value;
        token.Length.Should().BeGreaterThanOrEqualTo(32);
        var everything = result.StandardOutput + result.StandardError;
        Regex.Matches(everything, Regex.Escape(token)).Should().ContainSingle("the token appears in the console line and nowhere else (no log line)");
        result.StandardOutput.Should().Contain("Admin console on http://127.0.0.1:" + match.Groups["port"].Value);
    }

    [Test]
    [CancelAfter(120_000)]
    public void Gateway_admin_runs_as_a_process_with_the_token_from_the_environment(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        Environment.SetEnvironmentVariable("GATEWAY_ADMIN_TOKEN", AdminGateway.ReadToken);
        try
        {
            var sessions = ProcessRunner.Run("dotnet", [GatewayDll(), "admin", "--url", gateway.Address.ToString(), "sessions"],
                TimeSpan.FromSeconds(60), cancellation);
            sessions.ExitCode.Should().Be(0, sessions.ToString());
            sessions.StandardOutput.Should().Contain(AdminGateway.Session).And.Contain("loggedOn");

            var refused = ProcessRunner.Run("dotnet", [GatewayDll(), "admin", "--url", gateway.Address.ToString(), "logout", AdminGateway.Session],
                TimeSpan.FromSeconds(60), cancellation);
            refused.ExitCode.Should().Be(1, refused.ToString());
            refused.StandardError.Should().Contain("403");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GATEWAY_ADMIN_TOKEN", null);
        }
    }

    [GeneratedRegex(@"^Admin console: http://127\.0\.0\.1:(?<port>\d+)/#token=(?<token>[A-Za-z0-9_-]+)$", RegexOptions.Multiline)]
    private static partial Regex ConsoleLine();

    /// <summary>Gateway/bin/&lt;same configuration as this test assembly&gt;/net10.0/Gateway.dll.</summary>
    private static string GatewayDll()
    {
        var testDir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Gateway.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var dll = Path.Combine(root!.FullName, "Gateway", "bin", testDir.Parent!.Name, testDir.Name, "Gateway.dll");
        File.Exists(dll).Should().BeTrue($"the Gateway host is built beside the tests ({dll})");
        return dll;
    }
}
