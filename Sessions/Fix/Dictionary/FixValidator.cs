using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// Validates scanned FIX messages against a data dictionary and answers, for a bad one, exactly the Reject (or
/// BusinessMessageReject) QuickFIX/n would send: same reason, same RefTagID, same Text.
///
/// A valid message is proved valid by a fast pass over a flat table of its type (FixValidator.FastPass.cs,
/// <see cref="MessageLayout"/>); anything it cannot prove sends the message to the full walk described here, so every
/// reject is the full walk's.
///
/// One pass over the field table does all the work: it splits fields into header, body and trailer, walks
/// repeating groups by the dictionary's structure (nested, delimiter first, member order, counts), and records
/// every problem it meets section by section. The problems are then ranked in the order QuickFIX/n checks them:
/// <code>
///  1. first three fields are 8, 9, 35                           else Garbled (ignored, like QuickFIX's parse error)
///  2. BeginString is the session's                              else IncorrectBeginString (the session logs out)
///  3. group structure while parsing: entry not starting with its delimiter, a tag repeated inside one entry
///     (373=99 with QuickFIX/n's text), fields out of the group's order (373=15, ValidateUnorderedGroupFields)
///  4. header field after the body / body field after the trailer 373=14 (ValidateFieldsOutOfOrder)
///  5. MsgType defined in the dictionary                          373=11
///  6. required fields: header, trailer, body, then group entries 373=1
///  7. header, then trailer, then body: a repeated tag (373=13); then each field, lowest tag first: empty (4),
///     bad format (6), unknown tag (0), value not in the enumeration (5), not allowed in this message (2),
///     NumInGroup count wrong (16); then the fields inside that section's groups
///  8. application message types the application does not handle  BusinessMessageReject 380=3
/// </code>
/// QuickFIX/n parses groups before the session compares BeginStrings; here BeginString comes first, since a message
/// of another version cannot be read with this dictionary. Required fields of group entries are checked as
/// QuickFIX C++/J do (QuickFIX/n does not; see <see cref="FixValidationSettings.ValidateRequiredFieldsInGroups"/>).
///
/// The message must have been scanned with <see cref="DataFieldPairs"/> (so data fields are taken by length).
/// After warm-up a call allocates nothing. An instance keeps scratch state: use one per session (thread).
/// </summary>
public sealed partial class FixValidator
{
    private const byte SectionBody = 0;
    private const byte SectionHeader = 1;
    private const byte SectionTrailer = 2;

    // Header and trailer tags QuickFIX/n recognises even when a dictionary does not list them (Message.IsHeaderField).
    private static readonly int[] StandardHeaderTags =
        [8, 9, 35, 49, 56, 115, 128, 90, 34, 50, 142, 57, 143, 116, 144, 129, 145, 43, 97, 52, 122, 212, 213, 347, 369];

    private static readonly int[] StandardTrailerTags = [93, 89, 10];

    private readonly DataDictionary _transport;
    private readonly DataDictionary _application;
    private readonly FixValidationSettings _settings;
    private readonly byte[] _beginString;
    private readonly bool _isFixt;
    private readonly TagIndex _sectionByTag; // (member number << 2) | section, for header and trailer tags; 0 = body
    private readonly bool _bodiesMayHoldHeaderTags;

    // Settings copied into fields: read once per field on the hot path.
    private readonly bool _validateFieldsHaveValues;
    private readonly bool _validateUserDefinedFields;
    private readonly bool _allowUnknownMsgFields;
    private readonly bool _allowUnknownFieldValues;
    private readonly bool _validateUnorderedGroupFields;

    // Scratch state of one Validate call.
    private readonly long[] _strangers = new long[FixFieldTable.MaxFields]; // (tag << 8 | section) of non-member top-level fields
    private int _strangerCount;
    private ulong[] _bits = new ulong[256]; // "seen" bitsets of the levels being walked, used as a stack
    private int _bitsTop;
    private ulong _lastValidDate; // the date bytes of the last valid UTCTimestamp (see FixValue.IsUtcTimestamp)

    private MsgTypeSet? _supportedApplicationMessages;

    /// <summary>A FIX 4.x session: one dictionary for everything.</summary>
    public FixValidator(DataDictionary dictionary, FixValidationSettings? settings = null)
        : this(dictionary, dictionary, settings)
    {
    }

    /// <summary>
    /// A FIXT session: <paramref name="transport"/> (FIXT11.xml) for the header, trailer and admin messages,
    /// <paramref name="application"/> (FIX50SP2.xml or a venue's file) for application messages.
    /// For FIX 4.x pass the same dictionary twice.
    /// </summary>
    public FixValidator(DataDictionary transport, DataDictionary application, FixValidationSettings? settings = null)
    {
        _transport = transport;
        _application = application;
        _settings = settings ?? FixValidationSettings.Default;
        _beginString = System.Text.Encoding.ASCII.GetBytes(transport.BeginString);
        _isFixt = transport.IsTransport;

        var sections = new Dictionary<int, int>();
        foreach (var tag in StandardTrailerTags)
        {
            sections[tag] = SectionTrailer;
        }

        foreach (var member in transport.Trailer.Members)
        {
            sections[member.Tag] = (transport.Trailer.NumberOf(member.Tag) << 2) | SectionTrailer;
        }

        foreach (var tag in StandardHeaderTags)
        {
            sections[tag] = SectionHeader;
        }

        foreach (var member in transport.Header.Members)
        {
            sections[member.Tag] = (transport.Header.NumberOf(member.Tag) << 2) | SectionHeader;
        }

        _sectionByTag = new TagIndex([.. sections.Select(kv => (kv.Key, kv.Value))]);
        _bodiesMayHoldHeaderTags = transport.Messages.Concat(application.Messages)
            .Any(m => m.Members.Any(member => sections.ContainsKey(member.Tag)));
        _validateFieldsHaveValues = _settings.ValidateFieldsHaveValues;
        _validateUserDefinedFields = _settings.ValidateUserDefinedFields;
        _allowUnknownMsgFields = _settings.AllowUnknownMsgFields;
        _allowUnknownFieldValues = _settings.AllowUnknownFieldValues;
        _validateUnorderedGroupFields = _settings.ValidateUnorderedGroupFields;

        DataFieldPairs = new DataFieldPairs();
        foreach (var field in transport.Fields.Concat(application.Fields))
        {
            if (field.DataTag != 0)
            {
                DataFieldPairs.Add(field.Tag, field.DataTag);
            }
        }
    }

    public DataDictionary TransportDictionary => _transport;

    public DataDictionary ApplicationDictionary => _application;

    public FixValidationSettings Settings => _settings;

    /// <summary>Length/data field pairs of both dictionaries, for <see cref="FixFieldTable.Scan"/>.</summary>
    public DataFieldPairs DataFieldPairs { get; }

    /// <summary>
    /// Restricts the application message types the application handles. A message of another type that is
    /// valid in the dictionary gets a BusinessMessageReject 380=3 "Unsupported Message Type", as QuickFIX answers
    /// an UnsupportedMessageType from the application. Null (the default) accepts every type. Cold path.
    /// </summary>
    public void SetSupportedApplicationMessages(IEnumerable<string>? msgTypes) =>
        _supportedApplicationMessages = msgTypes is null ? null : new MsgTypeSet(msgTypes);

    /// <summary>True if the first three fields are BeginString, BodyLength, MsgType in that order.</summary>
    public static bool HasValidFirstThreeFields(FixFieldTable fields) =>
        fields.Count >= 3 && fields.TagAt(0) == 8 && fields.TagAt(1) == 9 && fields.TagAt(2) == 35;

    /// <summary>True if the message is valid; otherwise <paramref name="reject"/> says how to answer it.</summary>
    public bool Validate(in FixMessage message, out FixReject reject)
    {
        reject = Check(message);
        return reject.IsNone;
    }

    private FixReject Check(in FixMessage message)
    {
        var fields = message.Fields;
        var msgType = fields.MsgType;
        if (fields.Error is not (FixScanError.None or FixScanError.TagWithoutValue) && fields.Error != FixScanError.InvalidTagNumber)
        {
            return FixReject.Garbled(FixRejectText.GarbledMessage, msgType);
        }

        if (!HasValidFirstThreeFields(fields))
        {
            return FixReject.Garbled(FixRejectText.HeaderFieldsOutOfOrder, msgType);
        }

        if (!message.ValueAt(0).SequenceEqual(_beginString))
        {
            return FixReject.WrongBeginString(msgType);
        }

        if (fields.Error == FixScanError.InvalidTagNumber)
        {
            return RejectInvalidTag(message, msgType);
        }

        var definition = FindMessage(msgType);
        if (definition is not null && fields.Error == FixScanError.None && FastPassEnabled && PassesFast(message, definition))
        {
            return _supportedApplicationMessages is null ? FixReject.None : Rank(default, definition, msgType);
        }

        var findings = default(ValidationFindings);
        if (!Walk(message, definition, ref findings, out var structureReject))
        {
            return structureReject;
        }

        return Rank(in findings, definition, msgType);
    }

    private MessageDef? FindMessage(ulong msgType)
    {
        var dictionary = _isFixt && !IsAdminMsgType(msgType) ? _application : _transport;
        return dictionary.FindMessage(msgType);
    }

    /// <summary>QuickFIX/n's admin types ("0A12345n"): with FIXT these are validated by the transport dictionary.</summary>
    private static bool IsAdminMsgType(ulong msgType) => MsgTypes.IsAdmin(msgType) || msgType == MsgTypes.XmlNonFix;

    /// <summary>Orders what the walk found as QuickFIX/n would meet it (see the class comment).</summary>
    private FixReject Rank(in ValidationFindings f, MessageDef? definition, ulong msgType)
    {
        if (definition is not null && !f.AnySet && _supportedApplicationMessages is null)
        {
            return FixReject.None;
        }

        if (f.OutOfOrder.IsSet && _settings.ValidateFieldsOutOfOrder)
        {
            return FixReject.Session(SessionRejectReason.TagSpecifiedOutOfRequiredOrder, f.OutOfOrder.Tag, msgType);
        }

        if (definition is null)
        {
            return FixReject.Session(SessionRejectReason.InvalidMsgType, 35, msgType);
        }

        if (FirstSet(f.HeaderRequired, f.TrailerRequired, f.BodyRequired, out var missing)
            || (_settings.ValidateRequiredFieldsInGroups
                && FirstSet(f.HeaderGroups.Required, f.TrailerGroups.Required, f.BodyGroups.Required, out missing)))
        {
            return FixReject.Session(SessionRejectReason.RequiredTagMissing, missing.Tag, msgType);
        }

        if (FirstSet(f.HeaderRepeated, f.Header, f.HeaderGroups.Field, out var issue)
            || FirstSet(f.TrailerRepeated, f.Trailer, f.TrailerGroups.Field, out issue)
            || FirstSet(f.BodyRepeated, f.Body, f.BodyGroups.Field, out issue))
        {
            return FixReject.Session(issue.Reason, issue.Tag, msgType);
        }

        if (_supportedApplicationMessages is { } supported && !definition.IsAdmin && !supported.Contains(msgType))
        {
            return FixReject.Business(BusinessRejectReason.UnsupportedMessageType, msgType);
        }

        return FixReject.None;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool FirstSet(in FieldIssue a, in FieldIssue b, in FieldIssue c, out FieldIssue first)
    {
        first = a.IsSet ? a : b.IsSet ? b : c;
        return first.IsSet;
    }

    /// <summary>
    /// The scanner stopped at a tag that is not a positive number. QuickFIX/n reads "-1" or "0" as a tag and rejects
    /// it as an invalid tag number (371=-1); anything that is not an integer at all it cannot parse (garbled).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static FixReject RejectInvalidTag(in FixMessage message, ulong msgType)
    {
        var fields = message.Fields;
        var index = fields.ErrorIndex;
        if (index < 3 || index >= fields.Count)
        {
            return FixReject.Garbled(FixRejectText.GarbledMessage, msgType);
        }

        var tagStart = fields.StartAt(index - 1) + fields.LengthAt(index - 1) + 1;
        var tagEnd = fields.StartAt(index) - 1;
        var tagText = message.Frame[tagStart..tagEnd];
        return System.Buffers.Text.Utf8Parser.TryParse(tagText, out int tag, out var consumed) && consumed == tagText.Length
            ? FixReject.Session(SessionRejectReason.InvalidTagNumber, tag, msgType)
            : FixReject.Garbled(FixRejectText.GarbledMessage, msgType);
    }
}
