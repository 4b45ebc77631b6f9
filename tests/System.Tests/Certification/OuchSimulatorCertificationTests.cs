using FluentAssertions;
using Gateway.Certification;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Certification;

/// <summary>The OUCH simulator's certification set through the whole gateway, for each dialect (embedded configuration plus the OUCH venue).</summary>
[Category("System")]
public sealed class OuchSimulatorCertificationTests
{
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void CreateWorkspace() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void DisposeWorkspace() => _workspace.Dispose();

    [TestCase("SIM-OUCH50")]
    [TestCase("SIM-OUCH42")]
    [CancelAfter(120_000)]
    public void Every_case_of_the_OUCH_simulator_set_passes_or_is_skipped_with_a_reason(string venue, CancellationToken cancellation)
    {
        var set = CertificationFiles.Load("ouch-simulator.cert");
        using var log = CertificationFiles.Log(_workspace.Path);
        var progress = new StringWriter();

        CertificationResult run;
        using (var session = CertificationSession.Embedded(venue, _workspace.Sub("data"), log))
        {
            run = session.Run(set, new CertificationRunnerOptions { Progress = progress }, cancellation);
        }

        CertificationReports.WriteAll(run, _workspace.Sub("report"));
        run.Failed.Should().Be(0, progress.ToString());
        run.Passed.Should().BeGreaterThan(10, progress.ToString());
        run.Cases.Where(c => c.Outcome == CaseOutcome.Skipped).Should().OnlyContain(c => c.Failure!.Length > 10, "a skip says why");
        run.Cases.First(c => c.Id == "OUCH-ORD-01").Messages.Should().Contain(m => m.Text.StartsWith("Fill o1 Full 50 at 190.01", StringComparison.Ordinal));
    }
}
