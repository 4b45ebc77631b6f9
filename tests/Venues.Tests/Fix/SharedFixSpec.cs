using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>
/// The QuickFIX dictionaries in ../shared/fix/spec beside the repository (never copied into it), loaded once.
/// Tests that need them are ignored, with a message, when the folder is missing.
/// </summary>
internal static class SharedFixSpec
{
    private static readonly Lazy<string?> Root = new(FindSpec);
    private static readonly Dictionary<string, DataDictionary> Loaded = [];

    /// <summary>A validator of outbound messages of a session with this BeginString (FIXT: FIXT11 + FIX50SP2).</summary>
    public static FixValidator ValidatorFor(string beginString) => beginString switch
    {
        "FIX.4.2" => new FixValidator(Dictionary("FIX42.xml")),
        "FIX.4.4" => new FixValidator(Dictionary("FIX44.xml")),
        "FIXT.1.1" => new FixValidator(Dictionary("FIXT11.xml"), Dictionary("FIX50SP2.xml")),
        _ => throw new ArgumentOutOfRangeException(nameof(beginString), beginString, "no dictionary"),
    };

    private static DataDictionary Dictionary(string file)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Ignore("../shared/fix/spec (QuickFIX dictionaries) is not present beside the repository");
        }

        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var dictionary))
            {
                dictionary = DataDictionary.Load(Path.Combine(root!, file));
                Loaded[file] = dictionary;
            }

            return dictionary;
        }
    }

    private static string? FindSpec()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var spec = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fix", "spec"));
                return Directory.Exists(spec) ? spec : null;
            }
        }

        return null;
    }
}
