using System.Globalization;
using System.Text;
using System.Xml;

namespace Gateway.Certification;

/// <summary>
/// <c>junit.xml</c> as CI servers read it: one <c>testsuite</c> (the scenario set against the venue), one
/// <c>testcase</c> per case (classname = set, name = case id and title, time in seconds), <c>failure</c> with the
/// failing step and why as its message, <c>skipped</c> with the reason, and the exchanged messages as
/// <c>system-out</c>. Written with <see cref="XmlWriter"/>, so texts from the venue are escaped, and characters XML
/// cannot hold (SOH) are shown as <c>|</c> first.
/// </summary>
public static class JUnitReport
{
    public static string Write(CertificationResult run)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            Counts(xml, run);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", $"{run.ScenarioSet} @ {run.Venue}");
            Counts(xml, run);
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("timestamp", run.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("hostname", "localhost");
            xml.WriteStartElement("properties");
            Property(xml, "venue", run.Venue);
            Property(xml, "venueDescription", run.VenueDescription);
            xml.WriteEndElement();
            foreach (var c in run.Cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", run.ScenarioSet);
                xml.WriteAttributeString("name", Clean($"{c.Id} {c.Title}"));
                xml.WriteAttributeString("time", Seconds(c.Duration));
                if (c.Outcome == CaseOutcome.Failed)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", Clean($"{c.FailedStep}: {c.Failure}"));
                    xml.WriteAttributeString("type", "ExpectationFailed");
                    xml.WriteString(Clean($"{c.FailedStep}\n{c.Failure}"));
                    xml.WriteEndElement();
                }
                else if (c.Outcome == CaseOutcome.Skipped)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", Clean(c.Failure ?? ""));
                    xml.WriteEndElement();
                }

                if (c.Messages.Count > 0)
                {
                    xml.WriteElementString("system-out", Clean(string.Join('\n', c.Messages.Select(Format.MessageLine))));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.Append('\n').ToString();
    }

    private static void Counts(XmlWriter xml, CertificationResult run)
    {
        xml.WriteAttributeString("tests", run.Cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", run.Failed.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", run.Skipped.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(run.Duration));
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", Clean(value));
        xml.WriteEndElement();
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 holds no control characters but tab, LF and CR: FIX's SOH becomes '|', anything else '?'.</summary>
    private static string Clean(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < 0x20 && chars[i] is not ('\t' or '\n' or '\r'))
            {
                chars[i] = chars[i] == '\u0001' ? '|' : '?';
            }
        }

        return new string(chars);
    }

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
