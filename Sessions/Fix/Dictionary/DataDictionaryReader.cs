using System.Xml;
using System.Xml.Linq;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// Reads the QuickFIX XML dictionary format (cold path: runs once per dictionary file).
/// <code>
/// &lt;fix type="FIX" major="4" minor="4" servicepack="0"&gt;
///   &lt;header&gt; &lt;field name=".." required="Y"/&gt; &lt;group ..&gt; &lt;component ..&gt; &lt;/header&gt;
///   &lt;trailer&gt; .. &lt;/trailer&gt;
///   &lt;messages&gt; &lt;message name=".." msgtype="D" msgcat="app"&gt; fields, groups, components &lt;/message&gt; &lt;/messages&gt;
///   &lt;components&gt; &lt;component name=".."&gt; fields, groups, components &lt;/component&gt; &lt;/components&gt;
///   &lt;fields&gt; &lt;field number="11" name="ClOrdID" type="STRING"&gt; &lt;value enum="1" description=".."/&gt; &lt;/field&gt; &lt;/fields&gt;
/// &lt;/fix&gt;
/// </code>
/// Components are expanded in place. A field inside a component is required only if it is marked required and
/// every component on the way down to it is too. A group's first field is its delimiter; the fields of a group
/// entry are required relative to the entry. A field listed twice at one level keeps its first position and is
/// required if either listing says so (as QuickFIX/n merges them).
/// </summary>
internal sealed class DataDictionaryReader
{
    private const int MaxComponentDepth = 64;

    private readonly string _source;
    private readonly Dictionary<string, FieldDef> _fieldsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<XElement, GroupDef> _groups = [];

    private DataDictionaryReader(string source)
    {
        _source = source;
    }

    public static DataDictionary Read(Stream stream, string source)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                IgnoreComments = true,
                XmlResolver = null,
            };
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new DataDictionaryException($"{source}: not well-formed XML: {e.Message}", e);
        }

        return new DataDictionaryReader(source).Read(document);
    }

    private DataDictionary Read(XDocument document)
    {
        var root = document.Root;
        if (root is null || root.Name.LocalName != "fix")
        {
            throw Error("the root element must be <fix>");
        }

        var identity = new DictionaryIdentity(
            (string?)root.Attribute("type") ?? "FIX",
            IntAttribute(root, "major"),
            IntAttribute(root, "minor"),
            (string?)root.Attribute("servicepack") is { } sp ? ParseInt(sp, "servicepack") : 0);
        if (identity.Type is not ("FIX" or "FIXT"))
        {
            throw Error($"type must be FIX or FIXT, not '{identity.Type}'");
        }

        var fields = ReadFields(root.Element("fields"));
        foreach (var component in root.Element("components")?.Elements("component") ?? [])
        {
            _components[RequiredAttribute(component, "name")] = component;
        }

        var header = new FieldScope("Header", ReadMembers(root.Element("header")));
        var trailer = new FieldScope("Trailer", ReadMembers(root.Element("trailer")));
        var messages = new List<MessageDef>();
        var msgTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in root.Element("messages")?.Elements("message") ?? [])
        {
            var name = RequiredAttribute(element, "name");
            var msgType = RequiredAttribute(element, "msgtype");
            if (!msgTypes.Add(msgType))
            {
                throw Error($"msgtype '{msgType}' is defined twice");
            }

            var isAdmin = string.Equals((string?)element.Attribute("msgcat"), "admin", StringComparison.OrdinalIgnoreCase);
            messages.Add(new MessageDef(name, msgType, isAdmin, ReadMembers(element)));
        }

        return new DataDictionary(identity, fields, header, trailer, messages);
    }

    private List<FieldDef> ReadFields(XElement? section)
    {
        var fields = new List<FieldDef>();
        var positionByTag = new Dictionary<int, int>();
        foreach (var element in section?.Elements("field") ?? [])
        {
            var tag = IntAttribute(element, "number");
            if (tag <= 0)
            {
                throw Error($"field number {tag} is not positive");
            }

            var values = new List<FieldEnumValue>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in element.Elements("value"))
            {
                var enumValue = RequiredAttribute(value, "enum");
                if (seen.Add(enumValue))
                {
                    values.Add(new FieldEnumValue(enumValue, (string?)value.Attribute("description") ?? ""));
                }
            }

            var field = new FieldDef(tag, RequiredAttribute(element, "name"), RequiredAttribute(element, "type"), values);

            // A later definition of the same tag replaces the earlier one (as QuickFIX/n does).
            if (positionByTag.TryGetValue(tag, out var position))
            {
                _fieldsByName.Remove(fields[position].Name);
                fields[position] = field;
            }
            else
            {
                positionByTag[tag] = fields.Count;
                fields.Add(field);
            }

            _fieldsByName[field.Name] = field;
        }

        LinkDataFields(fields);
        return fields;
    }

    /// <summary>
    /// Each DATA field's length field: by name (XmlData ← XmlDataLen, RawData ← RawDataLength, which covers every
    /// standard pair), else the LENGTH field numbered one below.
    /// </summary>
    private void LinkDataFields(List<FieldDef> fields)
    {
        var byTag = fields.ToDictionary(f => f.Tag);
        foreach (var data in fields)
        {
            if (data.Type is not (FixFieldType.Data or FixFieldType.XmlData))
            {
                continue;
            }

            if (!_fieldsByName.TryGetValue(data.Name + "Len", out var length)
                && !_fieldsByName.TryGetValue(data.Name + "Length", out length)
                && !(byTag.TryGetValue(data.Tag - 1, out length) && length.Type == FixFieldType.Length))
            {
                continue;
            }

            length.DataTag = data.Tag;
        }
    }

    private List<FieldMember> ReadMembers(XElement? container)
    {
        var members = new List<FieldMember>();
        if (container is not null)
        {
            AddMembers(container, requiredChain: true, members, new Dictionary<int, int>(), depth: 0);
        }

        return members;
    }

    private void AddMembers(XElement container, bool requiredChain, List<FieldMember> members, Dictionary<int, int> positions, int depth)
    {
        foreach (var child in container.Elements())
        {
            var name = RequiredAttribute(child, "name");
            var required = requiredChain && (string?)child.Attribute("required") == "Y";
            switch (child.Name.LocalName)
            {
                case "field":
                    Add(new FieldMember(FieldNamed(name, container), required, null), members, positions);
                    break;
                case "group":
                    var counter = FieldNamed(name, container);
                    Add(new FieldMember(counter, required, GroupFor(child, counter, depth)), members, positions);
                    break;
                case "component":
                    if (!_components.TryGetValue(name, out var component))
                    {
                        throw Error($"component '{name}' (used in {Describe(container)}) is not defined in <components>");
                    }

                    if (depth >= MaxComponentDepth)
                    {
                        throw Error($"components nest deeper than {MaxComponentDepth} levels at '{name}' (a cycle?)");
                    }

                    AddMembers(component, required, members, positions, depth + 1);
                    break;
                default:
                    throw Error($"unexpected <{child.Name.LocalName}> in {Describe(container)}");
            }
        }
    }

    private static void Add(FieldMember member, List<FieldMember> members, Dictionary<int, int> positions)
    {
        if (positions.TryGetValue(member.Tag, out var position))
        {
            var first = members[position];
            members[position] = first with { Required = first.Required || member.Required };
            return;
        }

        positions[member.Tag] = members.Count;
        members.Add(member);
    }

    private GroupDef GroupFor(XElement element, FieldDef counter, int depth)
    {
        if (_groups.TryGetValue(element, out var group))
        {
            return group;
        }

        if (depth >= MaxComponentDepth)
        {
            throw Error($"groups nest deeper than {MaxComponentDepth} levels at '{counter.Name}'");
        }

        var members = new List<FieldMember>();
        AddMembers(element, requiredChain: true, members, new Dictionary<int, int>(), depth + 1);
        if (members.Count == 0)
        {
            throw Error($"group '{counter.Name}' has no fields");
        }

        group = new GroupDef(counter, members);
        _groups[element] = group;
        return group;
    }

    private FieldDef FieldNamed(string name, XElement container) =>
        _fieldsByName.TryGetValue(name, out var field)
            ? field
            : throw Error($"field '{name}' (used in {Describe(container)}) is not defined in <fields>");

    private static string Describe(XElement element) =>
        (string?)element.Attribute("name") is { } name ? $"{element.Name.LocalName} '{name}'" : element.Name.LocalName;

    private string RequiredAttribute(XElement element, string name) =>
        (string?)element.Attribute(name) ?? throw Error($"<{element.Name.LocalName}> without '{name}' in {Describe(element.Parent ?? element)}");

    private int IntAttribute(XElement element, string name) => ParseInt(RequiredAttribute(element, name), name);

    private int ParseInt(string text, string what) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"{what} '{text}' is not a number");

    private DataDictionaryException Error(string message) => new($"{_source}: {message}");
}
