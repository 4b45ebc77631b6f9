namespace Gateway.Demo;

/// <summary>
/// Finds a QuickFIX data dictionary for the demo's sessions: the folder in <c>GATEWAY_FIX_SPEC</c>, else
/// shared/fix/spec beside the repository (third-party data the project never copies into itself). The demo runs
/// without one, with dictionary validation off.
/// </summary>
public static class SpecFolder
{
    public static string? Find(string fileName)
    {
        foreach (var folder in Candidates())
        {
            var path = Path.GetFullPath(Path.Combine(folder, fileName));
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
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
