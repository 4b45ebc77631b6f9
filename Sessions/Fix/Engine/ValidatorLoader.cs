using System.Collections.Concurrent;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// The validator a session's settings ask for: none with UseDataDictionary=N, otherwise one over the data
/// dictionaries named by DataDictionary (FIX 4.x) or TransportDataDictionary + AppDataDictionary (FIXT.1.1),
/// with the Validate* switches of the section. Dictionaries are immutable and loaded once per process per file.
/// </summary>
internal static class ValidatorLoader
{
    private static readonly ConcurrentDictionary<string, DataDictionary> Loaded = new(StringComparer.Ordinal);

    public static IFixMessageValidator? Load(SettingsSection section, string? baseDirectory, Func<string, string>? resolve)
    {
        if (!section.GetBool(SettingNames.UseDataDictionary, SettingNames.UseDataDictionaryDefault))
        {
            return null;
        }

        DataDictionary Dictionary(string key)
        {
            var path = section.GetPath(key, baseDirectory);
            return Loaded.GetOrAdd(resolve?.Invoke(path) ?? path, DataDictionary.Load);
        }

        var settings = new FixValidationSettings
        {
            ValidateFieldsOutOfOrder = section.GetBool(
                SettingNames.ValidateFieldsOutOfOrder, SettingNames.ValidateFieldsOutOfOrderDefault),
            ValidateFieldsHaveValues = section.GetBool(
                SettingNames.ValidateFieldsHaveValues, SettingNames.ValidateFieldsHaveValuesDefault),
            ValidateUserDefinedFields = section.GetBool(
                SettingNames.ValidateUserDefinedFields, SettingNames.ValidateUserDefinedFieldsDefault),
            AllowUnknownMsgFields = section.GetBool(
                SettingNames.AllowUnknownMsgFields, SettingNames.AllowUnknownMsgFieldsDefault),
        };

        var isFixt = section.SessionId?.IsFixt == true;
        var validator = isFixt
            ? new FixValidator(Dictionary(SettingNames.TransportDataDictionary), Dictionary(SettingNames.AppDataDictionary), settings)
            : new FixValidator(Dictionary(SettingNames.DataDictionary), settings);
        return new DictionaryValidator(validator);
    }
}
