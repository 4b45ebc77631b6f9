namespace Gateway.Acceptance.Tests.Setup;

/// <summary>
/// The dictionaries a QuickFIX .cfg names (DataDictionary, AppDataDictionary, TransportDataDictionary), found by
/// file name in a spec folder: <c>spec\fix\FIX44.xml</c> (backslashes normalised) means <c>specFolder/FIX44.xml</c>.
/// </summary>
public static class SettingsDictionaries
{
    private static readonly string[] Keys = ["DataDictionary", "AppDataDictionary", "TransportDataDictionary"];

    /// <summary>The file name a dictionary setting's value points at.</summary>
    public static string FileName(string settingValue) => Path.GetFileName(settingValue.Trim().Replace('\\', '/'));

    /// <summary>Null when every dictionary the cfg names is in the spec folder; otherwise what is missing.</summary>
    public static string? FindMissing(string settingsPath, string specFolder)
    {
        foreach (var raw in File.ReadLines(settingsPath))
        {
            var line = raw.Trim();
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || eq < 0)
            {
                continue;
            }

            var key = line[..eq].Trim();
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var file = FileName(line[(eq + 1)..]);
            if (!File.Exists(Path.Combine(specFolder, file)))
            {
                return $"{Path.GetFileName(settingsPath)} names {key}={line[(eq + 1)..].Trim()}, but {file} is not in the spec folder {specFolder} (FIX_ACCEPTANCE_SPEC)";
            }
        }

        return null;
    }
}
