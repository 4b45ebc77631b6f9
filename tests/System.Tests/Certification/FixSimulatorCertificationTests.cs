using System.Xml.Linq;
using FluentAssertions;
using Gateway.Certification;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Certification;

/// <summary>
/// The FIX simulator's certification set through the whole gateway (in process, the embedded configuration, the
/// simulator behind the fault relay); and a set with a wrong expectation, which must fail and say why.
/// </summary>
[Category("System")]
public sealed class FixSimulatorCertificationTests
{
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void CreateWorkspace() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void DisposeWorkspace() => _workspace.Dispose();

    [Test]
    [CancelAfter(120_000)]
    public void Every_case_of_the_FIX_simulator_set_passes_and_the_reports_are_written(CancellationToken cancellation)
    {
        var set = CertificationFiles.Load("fix-simulator.cert");
        using var log = CertificationFiles.Log(_workspace.Path);
        var progress = new StringWriter();

        CertificationResult run;
        using (var session = CertificationSession.Embedded("SIM-FIX44", _workspace.Sub("data"), log))
        {
            run = session.Run(set, new CertificationRunnerOptions { Progress = progress }, cancellation);
        }

        var reports = CertificationReports.WriteAll(run, _workspace.Sub("report"));
        run.Failed.Should().Be(0, progress.ToString());
        run.Passed.Should().Be(set.Cases.Count);
        progress.ToString().Should().MatchRegex(@"\[1/\d+\] FIX-ORD-01 .* \.\.\. PASS \d+ ms").And.Contain($"{set.Cases.Count} cases against SIM-FIX44: {set.Cases.Count} passed, 0 failed");
        run.Cases.Where(c => c.Id is not ("FIX-REJ-01" or "FIX-REJ-02")).Should()
            .OnlyContain(c => c.Messages.Any(m => m.Channel == "venue"), "a case that reaches the venue (all but the gateway's risk rejects) shows the venue session's messages");
        run.Cases[0].Messages.Should().Contain(m => m.Channel == "api" && m.Direction == "in" && m.Text.StartsWith("Fill o1 Full 50", StringComparison.Ordinal));
        run.Cases[0].Messages.Should().Contain(m => m.Channel == "venue" && m.Direction == "out" && m.Text.Contains("|35=D|", StringComparison.Ordinal));
        reports.Select(Path.GetFileName).Should().Equal("report.md", "report.html", "junit.xml");
        XDocument.Load(reports[2]).Descendants("testcase").Should().HaveCount(set.Cases.Count);
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_wrong_expectation_fails_naming_the_line_and_what_arrived_and_the_run_goes_on(CancellationToken cancellation)
    {
        var set = ScenarioParser.Parse("""
            set timeout 2s
            case BAD-ORD-01 The fill price is wrong on purpose
              new o1 buy 50 AAPL limit 190.01 day
              expect o1 accepted
              expect o1 fill 50 at 190.02
            end
            case BAD-SES-01 A message the venue never sends
              expect log in 7 within 500ms
            end
            case BAD-SES-02 A sequence number the session does not have
              expect session next-sender = 1
            end
            case GOOD-ORD-01 The next case still runs and passes
              new o1 buy 50 AAPL limit 190.01 day
              expect o1 fill 50 at 190.01
            end
            """, "wrong.cert");
        using var log = CertificationFiles.Log(_workspace.Path);

        using var session = CertificationSession.Embedded("SIM-FIX44", _workspace.Sub("data"), log);
        var run = session.Run(set, new CertificationRunnerOptions(), cancellation);

        run.Cases.Select(c => c.Outcome).Should().Equal(CaseOutcome.Failed, CaseOutcome.Failed, CaseOutcome.Failed, CaseOutcome.Passed);
        run.AllPassed.Should().BeFalse();
        run.Cases[0].FailedStep.Should().Be("line 5: expect o1 fill 50 at 190.02");
        run.Cases[0].Failure.Should().StartWith("not within 2 s: the strategy received about o1:")
            .And.Contain("Fill o1 Full 50 at 190.01", "the failure shows the fill that did arrive");
        run.Cases[1].FailedStep.Should().Be("line 8: expect log in 7 within 500ms");
        run.Cases[1].Failure.Should().StartWith("not within 500 ms: received since the case began:");
        run.Cases[2].Failure.Should().StartWith("not within 2 s: next sender ");
        JUnitReport.Write(run).Should().Contain("<failure message=\"line 5: expect o1 fill 50 at 190.02: not within 2 s");
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_venue_fault_against_a_venue_without_faults_fails_the_case_and_says_why(CancellationToken cancellation)
    {
        var set = ScenarioParser.Parse("""
            case BAD-SES-01 Mute a venue that cannot be muted
              venue mute
            end
            """, "faults.cert");
        using var log = CertificationFiles.Log(_workspace.Path);
        using var simulated = CertificationSession.Embedded("SIM-FIX44", _workspace.Sub("data"), log);
        // The same gateway seen as a foreign venue: no faults to ask for.
        using var runner = new CertificationRunner(simulated.Host, new VenueUnderTest(simulated.Host, "SIM-FIX44", null, "a foreign venue"),
            new CertificationRunnerOptions());

        var run = runner.Run(set, cancellation);

        run.Cases[0].Outcome.Should().Be(CaseOutcome.Failed);
        run.Cases[0].Failure.Should().Contain("venue faults need our simulator").And.Contain("skip REASON");
    }
}
