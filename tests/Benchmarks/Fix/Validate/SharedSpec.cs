namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>
/// Finds the QuickFIX data dictionaries in ../shared/fix/spec beside the repository (third-party data, never copied
/// into it), or in the folder named by <c>GATEWAY_FIX_SPEC</c>.
/// </summary>
public static class SharedSpec
{
    public const string Fix44 = "FIX44.xml";

    public static string PathOf(string fileName)
    {
        foreach (var folder in Candidates())
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(
            $"{fileName} not found: the FIX figures validate against ../shared/fix/spec beside the repository " +
            "(or set GATEWAY_FIX_SPEC to a folder of QuickFIX dictionaries)");
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("GATEWAY_FIX_SPEC") is { Length: > 0 } configured)
        {
            yield return configured;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return Path.Combine(dir.FullName, "shared", "fix", "spec");
                yield return Path.Combine(dir.FullName, "..", "shared", "fix", "spec");
            }
        }
    }
}
