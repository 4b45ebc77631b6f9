namespace Gateway.Acceptance.Tests.Setup;

/// <summary>Finds ../shared: the sibling of the repository root (the folder holding Gateway.sln).</summary>
public static class SharedFolder
{
    public const string SolutionFile = "Gateway.sln";

    /// <summary>Null when no repository root is found above <paramref name="start"/> or it has no sibling shared/.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                var parent = dir.Parent;
                var shared = parent is null ? null : Path.Combine(parent.FullName, "shared");
                return shared is not null && Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
