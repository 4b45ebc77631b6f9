using System.Globalization;
using System.Net;
using System.Text;

namespace Gateway.Certification;

/// <summary><c>report.html</c>: the Markdown report's content as one self-contained page (inline CSS, no scripts, no links out).</summary>
public static class HtmlReport
{
    public static string Write(CertificationResult run)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Certification: {E(run.ScenarioSet)} against {E(run.Venue)}</title>\n");
        html.Append("<style>\nbody{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse}" +
            "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}.PASS{color:#070}.FAIL{color:#b00;font-weight:bold}" +
            ".SKIP{color:#777}pre{background:#f6f6f6;padding:.6em;overflow-x:auto;font-size:85%}.failure{background:#fee;padding:.4em}\n</style>\n");
        html.Append("</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Certification: {E(run.ScenarioSet)} against {E(run.Venue)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Venue: {E(run.VenueDescription)}<br>Started: {run.Started:yyyy-MM-dd HH:mm:ss} UTC, took {Format.Seconds(run.Duration)}<br>");
        var verdict = run.AllPassed ? "PASS" : "FAIL";
        html.Append(CultureInfo.InvariantCulture, $"Result: <span class=\"{verdict}\">{(run.AllPassed ? "PASSED" : "FAILED")}</span>: {run.Cases.Count} cases, {run.Passed} passed, {run.Failed} failed, {run.Skipped} skipped</p>\n");
        html.Append("<table>\n<tr><th>case</th><th>title</th><th>result</th><th>duration</th></tr>\n");
        foreach (var c in run.Cases)
        {
            var outcome = Format.Outcome(c.Outcome);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"#{E(c.Id)}\">{E(c.Id)}</a></td><td>{E(c.Title)}</td><td class=\"{outcome}\">{outcome}</td><td>{Format.Millis(c.Duration)}</td></tr>\n");
        }

        html.Append("</table>\n");
        foreach (var c in run.Cases)
        {
            var outcome = Format.Outcome(c.Outcome);
            html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{E(c.Id)}\">{E(c.Id)} <span class=\"{outcome}\">{outcome}</span></h2>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(c.Title)}: {Format.Millis(c.Duration)}</p>\n");
            if (c.Outcome == CaseOutcome.Skipped)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>Skipped: {E(c.Failure ?? "")}</p>\n");
                continue;
            }

            if (c.Outcome == CaseOutcome.Failed)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"failure\">Failed at {E(c.FailedStep ?? "")}<br>{E(c.Failure ?? "")}</p>\n");
            }

            if (c.Messages.Count > 0)
            {
                html.Append("<pre>");
                foreach (var m in c.Messages)
                {
                    html.Append(E(Format.MessageLine(m))).Append('\n');
                }

                html.Append("</pre>\n");
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
