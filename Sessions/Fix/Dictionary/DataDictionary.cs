using System.Diagnostics.CodeAnalysis;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// A FIX data dictionary loaded from a QuickFIX-format XML file (FIX42.xml, FIX44.xml, FIXT11.xml, FIX50SP2.xml or
/// a venue's customised copy): fields with types and enum values, header, trailer, and every message with its
/// components expanded and its repeating groups nested. Immutable once loaded and safe to share between sessions.
///
/// Lookups used per message are arrays: fields and members by tag (dense up to tag 10,000, a short sorted table
/// beyond) and messages by packed MsgType. Loading allocates freely; lookups never do.
///
/// FIXT sessions use two dictionaries: the transport one (FIXT11.xml: header, trailer, admin messages) and an
/// application one (FIX50SP2.xml: application messages); see <see cref="FixValidator"/>.
/// </summary>
public sealed class DataDictionary
{
    private readonly FieldDef[] _fieldList; // [0] unused: index 0 means "not defined"
    private readonly TagIndex _fieldIndex;
    private readonly Dictionary<string, FieldDef> _fieldsByName;
    private readonly MessageDefTable _messageTable;
    private readonly Dictionary<string, MessageDef> _messagesByType;

    internal DataDictionary(
        DictionaryIdentity identity,
        IReadOnlyList<FieldDef> fields,
        FieldScope header,
        FieldScope trailer,
        IReadOnlyList<MessageDef> messages)
    {
        Identity = identity;
        BeginString = identity.BeginString;
        Version = identity.Version;
        Fields = fields;
        Header = header;
        Trailer = trailer;
        Messages = messages;

        _fieldList = new FieldDef[fields.Count + 1];
        var entries = new List<(int Tag, int Index)>(fields.Count);
        _fieldsByName = new Dictionary<string, FieldDef>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            _fieldList[i + 1] = fields[i];
            entries.Add((fields[i].Tag, i + 1));
            _fieldsByName[fields[i].Name] = fields[i];
        }

        _fieldIndex = new TagIndex(entries);
        _messageTable = new MessageDefTable(messages);
        _messagesByType = new Dictionary<string, MessageDef>(messages.Count, StringComparer.Ordinal);
        foreach (var message in messages)
        {
            _messagesByType[message.MsgType] = message;
        }

        DataFieldPairs = new DataFieldPairs();
        foreach (var field in fields)
        {
            if (field.DataTag != 0)
            {
                DataFieldPairs.Add(field.Tag, field.DataTag);
            }
        }
    }

    /// <summary>Reads a dictionary file. Throws <see cref="DataDictionaryException"/> if it cannot be used.</summary>
    public static DataDictionary Load(string path)
    {
        using var stream = File.OpenRead(path);
        return DataDictionaryReader.Read(stream, path);
    }

    /// <summary>Reads a dictionary from a stream. Throws <see cref="DataDictionaryException"/> if it cannot be used.</summary>
    public static DataDictionary Load(Stream stream) => DataDictionaryReader.Read(stream, "stream");

    /// <summary>Reads a dictionary from XML text (custom dictionaries in tests and configuration).</summary>
    public static DataDictionary Parse(string xml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return DataDictionaryReader.Read(stream, "xml");
    }

    /// <summary>BeginString-style version as QuickFIX names it: "FIX.4.4", "FIXT.1.1", "FIX.5.0" (no service pack).</summary>
    public string BeginString { get; }

    /// <summary>The version including the service pack (FIX.5.0SP2 is <see cref="FixVersion.Fix50Sp2"/>).</summary>
    public FixVersion Version { get; }

    /// <summary>The root element's type/major/minor/servicepack attributes.</summary>
    public DictionaryIdentity Identity { get; }

    /// <summary>True for a FIXT transport dictionary (FIXT11.xml).</summary>
    public bool IsTransport => Identity.Type == "FIXT";

    public FieldScope Header { get; }

    public FieldScope Trailer { get; }

    /// <summary>Every field of the <c>&lt;fields&gt;</c> section, in file order.</summary>
    public IReadOnlyList<FieldDef> Fields { get; }

    /// <summary>Every message, in file order.</summary>
    public IReadOnlyList<MessageDef> Messages { get; }

    /// <summary>Length/data field pairs of this dictionary (RawDataLength 95 → RawData 96, ...) for the scanner.</summary>
    public DataFieldPairs DataFieldPairs { get; }

    public bool TryGetField(int tag, [MaybeNullWhen(false)] out FieldDef field)
    {
        field = FindField(tag);
        return field is not null;
    }

    public bool TryGetField(string name, [MaybeNullWhen(false)] out FieldDef field) => _fieldsByName.TryGetValue(name, out field);

    /// <summary>The field's name ("ClOrdID"), or null if the tag is not defined. For decoded views.</summary>
    public string? FieldName(int tag) => FindField(tag)?.Name;

    /// <summary>The description of an enumerated value ("BUY" for 54=1), or null. Allocates: views and logs only.</summary>
    public string? DescribeValue(int tag, ReadOnlySpan<byte> value) => FindField(tag)?.DescribeValue(value);

    public bool TryGetMessage(ulong packedMsgType, [MaybeNullWhen(false)] out MessageDef message)
    {
        message = _messageTable.Find(packedMsgType);
        return message is not null;
    }

    public bool TryGetMessage(string msgType, [MaybeNullWhen(false)] out MessageDef message) =>
        _messagesByType.TryGetValue(msgType, out message);

    internal FieldDef? FindField(int tag) => _fieldList[_fieldIndex.Get(tag)];

    internal MessageDef? FindMessage(ulong packedMsgType) => _messageTable.Find(packedMsgType);

    public override string ToString() => FixVersions.Name(Version) is { Length: > 0 } name ? name : BeginString;
}

/// <summary>The root element's attributes: <c>&lt;fix type="FIX" major="4" minor="4" servicepack="0"&gt;</c>.</summary>
public sealed record DictionaryIdentity(string Type, int Major, int Minor, int ServicePack)
{
    /// <summary>"type.major.minor", the way QuickFIX derives the BeginString a dictionary accepts.</summary>
    public string BeginString => $"{Type}.{Major}.{Minor}";

    public FixVersion Version => (Type, Major, Minor, ServicePack) switch
    {
        ("FIXT", 1, 1, _) => FixVersion.Fixt11,
        ("FIX", 4, 0, _) => FixVersion.Fix40,
        ("FIX", 4, 1, _) => FixVersion.Fix41,
        ("FIX", 4, 2, _) => FixVersion.Fix42,
        ("FIX", 4, 3, _) => FixVersion.Fix43,
        ("FIX", 4, 4, _) => FixVersion.Fix44,
        ("FIX", 5, 0, 0) => FixVersion.Fix50,
        ("FIX", 5, 0, 1) => FixVersion.Fix50Sp1,
        ("FIX", 5, 0, 2) => FixVersion.Fix50Sp2,
        _ => FixVersion.Unknown,
    };
}
