namespace Gateway.Simulators.Tests.Fix;

/// <summary>
/// The QuickFIX dictionaries in ../shared/fix/spec beside the repository (read, never copied). Null when the folder
/// is missing: the tests then run without dictionary validation instead of being skipped.
/// </summary>
internal static class SharedSpec
{
    private static readonly Lazy<string?> Folder = new(Find);

    public static string? Directory => Folder.Value;

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var spec = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fix", "spec"));
                return System.IO.Directory.Exists(spec) ? spec : null;
            }
        }

        return null;
    }
}
