using System.Globalization;
using System.Text;

namespace Gateway.Certification;

/// <summary>
/// <c>report.md</c>: a summary table of the cases, then each case with its outcome, duration, the step that failed
/// and why, and the messages exchanged (strategy ↔ gateway on the binary API, gateway ↔ venue on the session).
/// </summary>
public static class MarkdownReport
{
    public static string Write(CertificationResult run)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Certification: {run.ScenarioSet} against {run.Venue}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Venue: {run.VenueDescription}  \n");
        md.Append(CultureInfo.InvariantCulture, $"Started: {run.Started:yyyy-MM-dd HH:mm:ss} UTC, took {Format.Seconds(run.Duration)}  \n");
        md.Append(CultureInfo.InvariantCulture, $"Result: **{(run.AllPassed ? "PASSED" : "FAILED")}**: {run.Cases.Count} cases, {run.Passed} passed, {run.Failed} failed, {run.Skipped} skipped\n\n");
        md.Append("| case | title | result | duration |\n|---|---|---|---|\n");
        foreach (var c in run.Cases)
        {
            md.Append(CultureInfo.InvariantCulture, $"| [{c.Id}](#{c.Id.ToLowerInvariant()}) | {Cell(c.Title)} | {Format.Outcome(c.Outcome)} | {Format.Millis(c.Duration)} |\n");
        }

        foreach (var c in run.Cases)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {c.Id}\n\n{c.Title}: **{Format.Outcome(c.Outcome)}** in {Format.Millis(c.Duration)}\n");
            if (c.Outcome == CaseOutcome.Skipped)
            {
                md.Append(CultureInfo.InvariantCulture, $"\nSkipped: {c.Failure}\n");
                continue;
            }

            if (c.Outcome == CaseOutcome.Failed)
            {
                md.Append(CultureInfo.InvariantCulture, $"\nFailed at {c.FailedStep}  \n{c.Failure}\n");
            }

            if (c.Messages.Count > 0)
            {
                md.Append("\n```\n");
                foreach (var m in c.Messages)
                {
                    md.Append(Format.MessageLine(m)).Append('\n');
                }

                md.Append("```\n");
            }
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
