using System.Runtime.CompilerServices;
using System.Xml.Linq;
using FluentAssertions;
using Gateway.Certification;
using NUnit.Framework;

namespace Gateway.Tests.Certification;

/// <summary>
/// The three reports of one fixed run (a pass, a failure with texts that need escaping, a skip) against golden
/// files in Golden/. After a deliberate change of format: <c>GATEWAY_UPDATE_GOLDEN=1</c> rewrites them (review the diff).
/// </summary>
public sealed class ReportTests
{
    internal static CertificationResult Run() => new(
        "fix-simulator",
        "SIM-FIX44",
        "in-process FIX venue simulator <FIX.4.4>",
        new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero),
        TimeSpan.FromMilliseconds(1234.5),
        [
            new CaseResult("FIX-ORD-01", "A limit order fills", CaseOutcome.Passed, TimeSpan.FromMilliseconds(41.2), null, null,
            [
                new ExchangedMessage(TimeSpan.FromMilliseconds(0.1), "api", "out", "NewOrder o1 Buy 50 AAPL Limit 190.01 Day venue=0"),
                new ExchangedMessage(TimeSpan.FromMilliseconds(0.5), "venue", "out", "8=FIX.4.4|35=D|11=1|10=000|"),
                new ExchangedMessage(TimeSpan.FromMilliseconds(2), "venue", "in", "8=FIX.4.4|35=8|150=F|10=000|"),
                new ExchangedMessage(TimeSpan.FromMilliseconds(3), "api", "in", "Fill o1 Full 50 at 190.01 cum=50 leaves=0 execId=2"),
            ]),
            new CaseResult("FIX-REJ-03", "Venue reject <with> \"quotes\" & | pipes", CaseOutcome.Failed, TimeSpan.FromSeconds(10),
                "line 12: expect o1 rejected VenueRejected",
                "not within 10 s: the strategy received about o1: OrderAccepted o1 <gw> & \"text\"",
            [
                new ExchangedMessage(TimeSpan.FromMilliseconds(1), "venue", "in", "8=FIX.4.4\u000135=8\u000158=a<b>&c\u0001"),
            ]),
            new CaseResult("FIX-SES-07", "Heartbeat loss", CaseOutcome.Skipped, TimeSpan.Zero, null, "the peer cannot be muted", []),
        ]);

    [TestCase("report.md")]
    [TestCase("report.html")]
    [TestCase("junit.xml")]
    public void A_report_matches_its_golden_file(string name)
    {
        var text = name switch
        {
            "report.md" => MarkdownReport.Write(Run()),
            "report.html" => HtmlReport.Write(Run()),
            _ => JUnitReport.Write(Run()),
        };
        var golden = Path.Combine(GoldenFolder(), name);
        if (Environment.GetEnvironmentVariable("GATEWAY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, text);
        }

        text.Should().Be(File.ReadAllText(golden), $"the report should match {golden} (GATEWAY_UPDATE_GOLDEN=1 rewrites it)");
    }

    [Test]
    public void The_JUnit_report_is_well_formed_with_counts_a_failure_message_and_a_skip()
    {
        var xml = XDocument.Parse(JUnitReport.Write(Run()));

        xml.Declaration!.Encoding.Should().Be("utf-8");
        var suites = xml.Root!;
        suites.Name.LocalName.Should().Be("testsuites");
        var suite = suites.Elements("testsuite").Should().ContainSingle().Subject;
        suite.Attribute("tests")!.Value.Should().Be("3");
        suite.Attribute("failures")!.Value.Should().Be("1");
        suite.Attribute("skipped")!.Value.Should().Be("1");
        suite.Attribute("errors")!.Value.Should().Be("0");
        suite.Attribute("time")!.Value.Should().Be("1.235");
        suite.Attribute("timestamp")!.Value.Should().Be("2026-11-22T02:00:00");
        var cases = suite.Elements("testcase").ToArray();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal(
            "FIX-ORD-01 A limit order fills", "FIX-REJ-03 Venue reject <with> \"quotes\" & | pipes", "FIX-SES-07 Heartbeat loss");
        cases.Should().OnlyContain(c => c.Attribute("classname")!.Value == "fix-simulator" && double.Parse(c.Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        cases[0].Elements("failure").Should().BeEmpty();
        var failure = cases[1].Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be(
            "line 12: expect o1 rejected VenueRejected: not within 10 s: the strategy received about o1: OrderAccepted o1 <gw> & \"text\"");
        cases[1].Element("system-out")!.Value.Should().Contain("35=8|58=a<b>&c|", "SOH, which XML cannot hold, is shown as '|'");
        cases[2].Element("skipped")!.Attribute("message")!.Value.Should().Be("the peer cannot be muted");
    }

    [Test]
    public void The_HTML_report_stands_alone_and_escapes_what_it_shows()
    {
        var html = HtmlReport.Write(Run());

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>");
        html.Should().NotContain("<script").And.NotContain("http://").And.NotContain("https://").And.NotContain("<link");
        html.Should().Contain("Venue reject &lt;with&gt; &quot;quotes&quot; &amp; | pipes");
        html.Should().NotContain("<with>").And.NotContain("\u0001" + "58");
        XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal).Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>", StringComparison.Ordinal)
            .Replace("<br>", "<br/>", StringComparison.Ordinal)).Root!.Name.LocalName.Should().Be("html", "the page is well-formed apart from void elements");
    }

    private static string GoldenFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Golden");
}
