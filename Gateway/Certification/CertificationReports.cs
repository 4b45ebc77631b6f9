namespace Gateway.Certification;

/// <summary>Writes a run's three reports into a folder: report.md, report.html, junit.xml.</summary>
public static class CertificationReports
{
    public static IReadOnlyList<string> WriteAll(CertificationResult run, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new[]
        {
            (Path.Combine(directory, "report.md"), MarkdownReport.Write(run)),
            (Path.Combine(directory, "report.html"), HtmlReport.Write(run)),
            (Path.Combine(directory, "junit.xml"), JUnitReport.Write(run)),
        };
        foreach (var (path, text) in files)
        {
            File.WriteAllText(path, text);
        }

        return files.Select(f => f.Item1).ToArray();
    }
}
