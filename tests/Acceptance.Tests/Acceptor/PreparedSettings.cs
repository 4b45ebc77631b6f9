using System.Text;
using Gateway.Acceptance.Tests.Setup;

namespace Gateway.Acceptance.Tests.Acceptor;

/// <summary>
/// Writes this run's copy of the shipped .cfg into its work directory: SocketAcceptPort set to the launch's port,
/// dictionaries as full paths in the spec folder, FileStorePath and FileLogPath inside the work directory.
/// Every other line stays as written, so the acceptor reads the settings the suite ships.
/// </summary>
public static class PreparedSettings
{
    private static readonly string[] DictionaryKeys = ["DataDictionary", "AppDataDictionary", "TransportDataDictionary"];

    /// <summary>Returns the path of the prepared copy.</summary>
    public static string Write(AcceptorLaunch launch)
    {
        var path = Path.Combine(launch.WorkDirectory, Path.GetFileName(launch.SettingsPath));
        File.WriteAllText(path, Prepare(File.ReadAllText(launch.SettingsPath), launch));
        return path;
    }

    public static string Prepare(string settings, AcceptorLaunch launch)
    {
        var text = new StringBuilder();
        foreach (var raw in settings.Split('\n'))
        {
            text.Append(Rewrite(raw.TrimEnd('\r'), launch)).Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string Rewrite(string line, AcceptorLaunch launch)
    {
        var trimmed = line.Trim();
        var eq = trimmed.IndexOf('=', StringComparison.Ordinal);
        if (trimmed.StartsWith('#') || eq <= 0)
        {
            return trimmed;
        }

        var key = trimmed[..eq].Trim();
        var value = trimmed[(eq + 1)..].Trim();
        if (Is(key, "SocketAcceptPort"))
        {
            return $"{key}={launch.Port}";
        }

        if (Is(key, "FileStorePath") || Is(key, "FileLogPath"))
        {
            return $"{key}={Path.Combine(launch.WorkDirectory, SettingsDictionaries.FileName(value))}";
        }

        if (DictionaryKeys.Any(k => Is(key, k)))
        {
            return $"{key}={Path.Combine(launch.SpecFolder, SettingsDictionaries.FileName(value))}";
        }

        return $"{key}={value}";
    }

    private static bool Is(string key, string name) => key.Equals(name, StringComparison.OrdinalIgnoreCase);
}
