using System.Collections.Concurrent;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Operations.Search;

/// <summary>
/// Finds the data dictionaries that name a FIX session's tags (cold, cached per file): the ones its settings section
/// names (DataDictionary; FIXT.1.1: AppDataDictionary and TransportDataDictionary, paths relative to the data
/// directory as the engine reads them), else the standard QuickFIX file of its BeginString (FIX42.xml, FIX44.xml,
/// FIXT11.xml + FIX50SP2.xml) in the first of these folders that has it: <c>GATEWAY_FIX_SPEC</c>, <c>DATA/spec</c>,
/// <c>spec</c> beside the executable, <c>shared/fix/spec</c> beside any folder above the executable (a checkout).
/// </summary>
internal static class FixDictionaryLocator
{
    private static readonly ConcurrentDictionary<string, DataDictionary> Loaded = new(StringComparer.Ordinal);

    public static FixNames For(SettingsSection? section, FixSessionId id, string dataDirectory)
    {
        var own = section is null ? [] : Configured(section, id, dataDirectory);
        return new FixNames(own.Count > 0 ? own : Standard(id, dataDirectory));
    }

    private static List<DataDictionary> Configured(SettingsSection section, FixSessionId id, string dataDirectory)
    {
        var keys = id.IsFixt
            ? new[] { SettingNames.AppDataDictionary, SettingNames.TransportDataDictionary }
            : new[] { SettingNames.DataDictionary };
        var found = new List<DataDictionary>();
        foreach (var key in keys)
        {
            if (section.GetPathOrNull(key, dataDirectory) is { } path && Load(path) is { } dictionary)
            {
                found.Add(dictionary);
            }
        }

        return found;
    }

    private static List<DataDictionary> Standard(FixSessionId id, string dataDirectory)
    {
        string[] files = id.BeginString switch
        {
            "FIX.4.2" => ["FIX42.xml"],
            "FIX.4.4" => ["FIX44.xml"],
            "FIXT.1.1" => ["FIX50SP2.xml", "FIXT11.xml"],
            _ => [],
        };
        var found = new List<DataDictionary>();
        foreach (var file in files)
        {
            foreach (var folder in SpecFolders(dataDirectory))
            {
                if (Load(Path.Combine(folder, file)) is { } dictionary)
                {
                    found.Add(dictionary);
                    break;
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> SpecFolders(string dataDirectory)
    {
        if (Environment.GetEnvironmentVariable("GATEWAY_FIX_SPEC") is { Length: > 0 } env)
        {
            yield return env;
        }

        yield return Path.Combine(dataDirectory, "spec");
        yield return Path.Combine(AppContext.BaseDirectory, "spec");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            yield return Path.Combine(dir.FullName, "shared", "fix", "spec");
        }
    }

    /// <summary>A dictionary file, or null when it is missing or does not parse (the names then fall back; tried again next time).</summary>
    private static DataDictionary? Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (Loaded.TryGetValue(full, out var cached))
        {
            return cached;
        }

        if (!File.Exists(full))
        {
            return null;
        }

        try
        {
            return Loaded.GetOrAdd(full, DataDictionary.Load);
        }
        catch (Exception e) when (e is DataDictionaryException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return null;
        }
    }
}
