using FluentAssertions;
using Gateway.Certification;
using Gateway.Config;
using Gateway.System.Tests.GatewayInterop;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;
using NUnit.Framework;

namespace Gateway.System.Tests.Certification;

/// <summary>
/// The QuickFIX C++ certification sets through the whole gateway, with Debian's executor and ordermatch as the
/// venues (started as the GatewayInterop tests start them). The gateway's configuration is the interop tests' with
/// short heartbeats and ResetOnLogout=Y, as docs/certification.md asks of a gateway under certification. A missing
/// QuickFIX fails with <see cref="PeerMissingException"/>: never skipped.
/// </summary>
[Category("Interop")]
[Category("System")]
public sealed class QuickFixCertificationTests
{
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void CreateWorkspace() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void DisposeWorkspace() => _workspace.Dispose();

    [Test]
    [CancelAfter(120_000)]
    public void Every_case_of_the_QuickFIX_executor_set_passes_or_is_skipped_with_a_reason(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(
            new QuickFixPeerOptions { App = QuickFixApp.Executor, BeginString = "FIX.4.4", SenderCompId = "EXEC", TargetCompIds = ["GATEWAY"] },
            _workspace.Sub("peer"), cancellation);
        var venue = new InteropVenue(0, "QFX-EXEC", peer.Port, "FIX.4.4", "GATEWAY", "EXEC");

        Certify("quickfix-executor.cert", venue, "QuickFIX C++ executor (FIX.4.4)", peer, cancellation);
    }

    [Test]
    [CancelAfter(120_000)]
    public void Every_case_of_the_QuickFIX_ordermatch_set_passes_or_is_skipped_with_a_reason(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(
            new QuickFixPeerOptions { App = QuickFixApp.OrderMatch, BeginString = "FIX.4.2", SenderCompId = "MATCH", TargetCompIds = ["GWA"] },
            _workspace.Sub("peer"), cancellation);
        var venue = new InteropVenue(0, "QFX-MATCH", peer.Port, "FIX.4.2", "GWA", "MATCH");

        Certify("quickfix-ordermatch.cert", venue, "QuickFIX C++ ordermatch (FIX.4.2)", peer, cancellation);
    }

    private void Certify(string file, InteropVenue venue, string description, QuickFixPeer peer, CancellationToken cancellation)
    {
        var set = CertificationFiles.Load(file);
        var config = CertificationConfig(venue);
        using var log = CertificationFiles.Log(_workspace.Path);
        var progress = new StringWriter();

        CertificationResult run;
        using (var session = CertificationSession.FromConfig(config, venue.Name, description, log))
        {
            run = session.Run(set, new CertificationRunnerOptions { Progress = progress }, cancellation);
        }

        CertificationReports.WriteAll(run, _workspace.Sub("report"));
        run.Failed.Should().Be(0, progress + Environment.NewLine + peer.Describe());
        run.Passed.Should().BeGreaterThan(run.Skipped, "most of a peer's set runs");
        run.Cases.Where(c => c.Outcome == CaseOutcome.Skipped).Should().OnlyContain(c => c.Failure!.Length > 10, "a skip says why");
    }

    /// <summary>The interop tests' gateway configuration with 1 s heartbeats and ResetOnLogout=Y.</summary>
    private GatewayConfig CertificationConfig(InteropVenue venue)
    {
        var config = InteropGatewayConfig.Create([venue], _workspace.Sub("data"));
        var settings = config.FixSettingsText!;
        settings.Should().Contain("HeartBtInt=30");
        return config with { FixSettingsText = settings.Replace("HeartBtInt=30", "HeartBtInt=1\nResetOnLogout=Y", StringComparison.Ordinal) };
    }
}
