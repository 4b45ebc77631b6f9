using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Operations.Search;

/// <summary>
/// Tag, message and enum value names for one FIX session: its own data dictionaries (FIXT.1.1: application, then
/// transport), else the standard dictionary of its BeginString, else the short built-in list of common names.
/// </summary>
internal sealed class FixNames(IReadOnlyList<DataDictionary> dictionaries)
{
    public IReadOnlyList<DataDictionary> Dictionaries { get; } = dictionaries;

    public string TagName(int tag)
    {
        foreach (var d in Dictionaries)
        {
            if (d.FieldName(tag) is { } name)
            {
                return name;
            }
        }

        return FixStandardNames.Tags.GetValueOrDefault(tag, "");
    }

    public string? ValueName(int tag, string value)
    {
        foreach (var d in Dictionaries)
        {
            if (d.TryGetField(tag, out var field))
            {
                return field.DescribeValue(value);
            }
        }

        return null;
    }

    public string MessageName(string msgType)
    {
        foreach (var d in Dictionaries)
        {
            if (d.TryGetMessage(msgType, out var message))
            {
                return message.Name;
            }
        }

        return FixStandardNames.MsgTypes.GetValueOrDefault(msgType, "Unknown");
    }
}
