using FluentAssertions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Certification;

/// <summary><c>Gateway certify</c> as a user runs it: progress, summary, reports, exit codes.</summary>
[Category("System")]
public sealed class CertifyCommandTests
{
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void CreateWorkspace() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void DisposeWorkspace() => _workspace.Dispose();

    [Test]
    [CancelAfter(90_000)]
    public void A_run_with_a_failing_case_prints_progress_and_a_summary_writes_the_reports_and_exits_1(CancellationToken cancellation)
    {
        var scenarios = Path.Combine(_workspace.Path, "mixed.cert");
        File.WriteAllText(scenarios, """
            set timeout 2s
            case CLI-ORD-01 Fills
              new o1 buy 50 AAPL limit 190.01 day
              expect o1 fill 50 at 190.01
            end
            case CLI-ORD-02 Wrong on purpose
              new o1 buy 50 AAPL limit 190.01 day
              expect o1 canceled
            end
            case CLI-ORD-03 Not selected
              new o1 buy 50 AAPL limit 190.01 day
            end
            """);
        var report = _workspace.Sub("report");

        var result = ProcessRunner.Run("dotnet",
            [GatewayDll(), "certify", "--venue", "SIM-FIX44", "--scenarios", scenarios, "--report", report, "--case", "CLI-ORD-01", "CLI-ORD-02"],
            TimeSpan.FromSeconds(75), cancellation);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardOutput.Should().MatchRegex(@"\[1/2\] CLI-ORD-01 Fills \.\.\. PASS \d+ ms")
            .And.MatchRegex(@"\[2/2\] CLI-ORD-02 Wrong on purpose \.\.\. FAIL")
            .And.Contain("line 8: expect o1 canceled")
            .And.Contain("2 cases against SIM-FIX44: 1 passed, 1 failed, 0 skipped")
            .And.NotContain("CLI-ORD-03");
        File.ReadAllText(Path.Combine(report, "junit.xml")).Should().Contain("<failure message=\"line 8: expect o1 canceled: not within 2 s");
        File.Exists(Path.Combine(report, "report.md")).Should().BeTrue();
        File.Exists(Path.Combine(report, "report.html")).Should().BeTrue();
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_bad_scenario_file_is_refused_with_its_line_and_exit_code_2(CancellationToken cancellation)
    {
        var scenarios = Path.Combine(_workspace.Path, "bad.cert");
        File.WriteAllText(scenarios, "case CLI-ORD-01 t\n  new o1 buy lots AAPL market\nend\n");

        var result = ProcessRunner.Run("dotnet", [GatewayDll(), "certify", "--venue", "SIM-FIX44", "--scenarios", scenarios],
            TimeSpan.FromSeconds(45), cancellation);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StandardError.Should().Contain("bad.cert:2: expected a quantity (a whole number above 0), found 'lots'");
    }

    /// <summary>Gateway/bin/&lt;this assembly's configuration&gt;/net10.0/Gateway.dll.</summary>
    private static string GatewayDll()
    {
        var testDir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Gateway.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var path = Path.Combine(root!.FullName, "Gateway", "bin", testDir.Parent!.Name, testDir.Name, "Gateway.dll");
        File.Exists(path).Should().BeTrue($"the Gateway host is built beside the tests ({path})");
        return path;
    }
}
