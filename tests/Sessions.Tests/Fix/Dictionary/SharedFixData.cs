using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>
/// The third-party QuickFIX dictionaries and acceptance scripts, read from ../shared beside the repository
/// (never copied into it). Tests that need them are ignored, with a message, when the folder is missing.
/// Dictionaries are loaded once per test run.
/// </summary>
internal static class SharedFixData
{
    private static readonly Lazy<string?> Root = new(FindSharedFix);
    private static readonly Dictionary<string, DataDictionary> Loaded = [];

    public static DataDictionary Fix42 => Dictionary("FIX42.xml");

    public static DataDictionary Fix44 => Dictionary("FIX44.xml");

    public static DataDictionary Fixt11 => Dictionary("FIXT11.xml");

    public static DataDictionary Fix50Sp2 => Dictionary("FIX50SP2.xml");

    public static string SpecPath(string file) => Path.Combine(RequireRoot(), "spec", file);

    public static string AcceptancePath(string relative) => Path.Combine(RequireRoot(), "acceptance", relative);

    public static DataDictionary Dictionary(string file)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var dictionary))
            {
                dictionary = DataDictionary.Load(SpecPath(file));
                Loaded[file] = dictionary;
            }

            return dictionary;
        }
    }

    private static string RequireRoot()
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Ignore("../shared/fix (QuickFIX dictionaries and acceptance scripts) is not present beside the repository");
        }

        return root!;
    }

    private static string? FindSharedFix()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fix"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
