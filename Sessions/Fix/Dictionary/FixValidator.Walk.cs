using System.Numerics;
using System.Runtime.CompilerServices;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>The single pass over a message's fields (see <see cref="FixValidator"/>).</summary>
public sealed partial class FixValidator
{
    private const int UserDefinedTagMin = 5000;

    /// <summary>
    /// Walks every field once, in wire order. Returns false with <paramref name="structureReject"/> set when a group's
    /// structure is broken (QuickFIX/n fails such a message while parsing, before any other check).
    /// "Seen" sets are bitsets over the member numbers of each level, taken from a reusable scratch stack
    /// (not stackalloc: a method with stackalloc is never re-jitted with profile data, and the walk gains ~25% from it).
    /// </summary>
    private bool Walk(in FixMessage message, MessageDef? body, ref ValidationFindings f, out FixReject structureReject)
    {
        var header = _transport.Header;
        var trailer = _transport.Trailer;
        _bitsTop = 0;
        var seenHeader = RentBits(header.BitWords);
        var seenTrailer = RentBits(trailer.BitWords);
        var seenBody = RentBits(body?.BitWords ?? 1);

        var tags = message.Fields.Tags;
        var expectingHeader = true;
        var expectingBody = true;
        var bodyFirst = body is not null && !_bodiesMayHoldHeaderTags;
        _strangerCount = 0;
        structureReject = default;
        for (var i = 0; i < tags.Length;)
        {
            var tag = tags[i];

            // Most fields are body fields: one lookup settles it when no message reuses a header or trailer tag.
            var number = bodyFirst ? body!.NumberOf(tag) : 0;
            var section = SectionBody;
            if (number == 0)
            {
                var code = _sectionByTag.Get(tag);
                section = (byte)(code & 3);
                number = code >> 2;
            }

            // One call site for the three sections rather than one inlined copy each (the walk's code: 9.3 -> 6.3 KB).
            FieldScope scope;
            DataDictionary dictionary;
            Span<ulong> seen;
            ref var issue = ref f.Body;
            ref var repeated = ref f.BodyRepeated;
            ref var groups = ref f.BodyGroups;
            if (section == SectionBody)
            {
                if (!expectingBody)
                {
                    f.OutOfOrder.OfferFirst(tag, SessionRejectReason.TagSpecifiedOutOfRequiredOrder);
                }

                expectingHeader = false;
                if (body is null)
                {
                    // Unknown MsgType: that is what gets reported, whatever the body holds.
                    i++;
                    continue;
                }

                if (number == 0)
                {
                    number = body.NumberOf(tag);
                }

                scope = body;
                dictionary = _application;
                seen = seenBody;
            }
            else if (section == SectionHeader)
            {
                if (!expectingHeader)
                {
                    f.OutOfOrder.OfferFirst(tag, SessionRejectReason.TagSpecifiedOutOfRequiredOrder);
                }

                scope = header;
                dictionary = _transport;
                seen = seenHeader;
                issue = ref f.Header;
                repeated = ref f.HeaderRepeated;
                groups = ref f.HeaderGroups;
            }
            else
            {
                expectingHeader = false;
                expectingBody = false;
                scope = trailer;
                dictionary = _transport;
                seen = seenTrailer;
                issue = ref f.Trailer;
                repeated = ref f.TrailerRepeated;
                groups = ref f.TrailerGroups;
            }

            i = TopLevelField(message, i, tag, number, scope, dictionary, section, seen, ref issue, ref repeated, ref groups, ref structureReject);
            if (i < 0)
            {
                return false;
            }
        }

        FirstMissingRequired(header, seenHeader, ref f.HeaderRequired);
        FirstMissingRequired(trailer, seenTrailer, ref f.TrailerRequired);
        if (body is not null)
        {
            FirstMissingRequired(body, seenBody, ref f.BodyRequired);
        }

        return true;
    }

    /// <summary>One field at the top level of a section, and the group it opens if it is a NumInGroup counter.
    /// Returns the index after it, or -1 if a group's structure is broken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TopLevelField(
        in FixMessage message,
        int i,
        int tag,
        int number,
        FieldScope scope,
        DataDictionary dictionary,
        byte section,
        Span<ulong> seen,
        ref FieldIssue issue,
        ref FieldIssue repeated,
        ref GroupIssues groups,
        ref FixReject structureReject)
    {
        ref readonly var member = ref scope.MemberAt(number);
        if (number != 0 ? TestAndSet(seen, number) : SeenStrangerBefore(tag, section))
        {
            repeated.OfferFirst(tag, SessionRejectReason.TagAppearsMoreThanOnce);
        }

        var field = number != 0 ? member.Field : dictionary.FindField(tag);
        var reason = CheckField(message, i, tag, field, isMember: number != 0, checkMembership: section == SectionBody);
        i++;
        if (member.Group is { } group)
        {
            var value = message.ValueAt(i - 1);
            var entryIssues = default(GroupIssues);
            i = WalkGroup(message, i, group, ref entryIssues, out var entries, ref structureReject);
            if (i < 0)
            {
                return -1;
            }

            groups.OfferFirst(entryIssues);
            if (reason < 0 && CountMismatch(tag, value, entries))
            {
                reason = SessionRejectReason.IncorrectNumInGroupCount;
            }
        }

        if (reason >= 0)
        {
            issue.OfferLowestTag(tag, reason);
        }

        return i;
    }

    /// <summary>
    /// The entries of one repeating group, starting just after its counter. An entry starts at the delimiter and
    /// runs while fields are members of the group (a nested counter takes its own entries with it); the first
    /// non-member ends the group. Returns the index after the group, or -1 if its structure is broken.
    /// </summary>
    private int WalkGroup(in FixMessage message, int i, GroupDef group, ref GroupIssues issues, out int entries, ref FixReject structureReject)
    {
        var seen = RentBits(group.BitWords);
        var tags = message.Fields.Tags;
        var entry = default(GroupIssues);
        var nested = default(GroupIssues);
        var lastNumber = 0;
        entries = 0;
        while (i < tags.Length)
        {
            var tag = tags[i];
            var number = group.NumberOf(tag);
            if (tag == group.DelimiterTag)
            {
                if (entries > 0)
                {
                    FinishEntry(group, seen, ref entry, ref nested, ref issues);
                }

                entries++;
                ClearSmall(seen);
                lastNumber = 0;
            }
            else if (number == 0)
            {
                break;
            }
            else if (entries == 0)
            {
                structureReject = FixReject.GroupStructure(FixRejectText.GroupDoesNotStartWithDelimiter, group.CounterTag, group.DelimiterTag, message.MsgType);
                return -1;
            }
            else if (IsSet(seen, number))
            {
                structureReject = FixReject.GroupStructure(FixRejectText.GroupRepeatsTagWithoutDelimiter, group.CounterTag, tag, message.MsgType);
                return -1;
            }
            else if (number < lastNumber && _validateUnorderedGroupFields)
            {
                structureReject = FixReject.Session(SessionRejectReason.RepeatingGroupFieldsOutOfOrder, tag, message.MsgType);
                return -1;
            }

            lastNumber = number;
            TestAndSet(seen, number);
            ref readonly var member = ref group.MemberAt(number);
            var reason = CheckField(message, i, tag, member.Field, isMember: true, checkMembership: false);
            i++;
            if (member.Group is { } inner)
            {
                var value = message.ValueAt(i - 1);
                var innerIssues = default(GroupIssues);
                i = WalkGroup(message, i, inner, ref innerIssues, out var innerEntries, ref structureReject);
                if (i < 0)
                {
                    return -1;
                }

                nested.OfferFirst(innerIssues);
                if (reason < 0 && CountMismatch(tag, value, innerEntries))
                {
                    reason = SessionRejectReason.IncorrectNumInGroupCount;
                }
            }

            if (reason >= 0)
            {
                entry.Field.OfferLowestTag(tag, reason);
            }
        }

        if (entries > 0)
        {
            FinishEntry(group, seen, ref entry, ref nested, ref issues);
        }

        _bitsTop -= group.BitWords;
        return i;
    }

    /// <summary>Scratch bits for one level's "seen" set, cleared; released in reverse order (a stack).</summary>
    private Span<ulong> RentBits(int words)
    {
        if (_bitsTop + words > _bits.Length)
        {
            GrowBits(words);
        }

        var bits = _bits.AsSpan(_bitsTop, words);
        _bitsTop += words;
        ClearSmall(bits);
        return bits;
    }

    /// <summary>Zeroes a "seen" set: one or two words as a rule, where Span.Clear's out-of-line call costs more
    /// than the stores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearSmall(Span<ulong> bits)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            bits[w] = 0;
        }
    }

    // Cold: only a dictionary nested deeper than the pool was sized for gets here; the pool then stays larger.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowBits(int words) => Array.Resize(ref _bits, Math.Max(_bits.Length * 2, _bitsTop + words));

    /// <summary>Closes one group entry: its own problems rank before those of its nested groups.</summary>
    private static void FinishEntry(GroupDef group, Span<ulong> seen, ref GroupIssues entry, ref GroupIssues nested, ref GroupIssues issues)
    {
        if (!group.HasRequired && !entry.Field.IsSet && !nested.Field.IsSet && !nested.Required.IsSet)
        {
            return;
        }

        FirstMissingRequired(group, seen, ref entry.Required);
        entry.OfferFirst(nested);
        issues.OfferFirst(entry);
        entry = default;
        nested = default;
    }

    /// <summary>
    /// The first failing check of one field, in QuickFIX/n's order, as a SessionRejectReason; -1 if it passes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CheckField(in FixMessage message, int i, int tag, FieldDef? field, bool isMember, bool checkMembership)
    {
        var fields = message.Fields;
        var start = fields.StartAt(i);
        var length = fields.LengthAt(i);
        if (field is null || !isMember || length == 0)
        {
            return CheckUnusualField(tag, message.Frame.Slice(start, length), field, isMember, checkMembership);
        }

        // A defined, non-empty member: the common case, settled by the check chosen when the dictionary loaded.
        switch (field.ValueCheck)
        {
            case ValueCheck.None:
                return -1;
            case ValueCheck.Char:
                return length == 1 ? -1 : SessionRejectReason.IncorrectDataFormat;
            case ValueCheck.CharEnum:
                if (length != 1)
                {
                    return SessionRejectReason.IncorrectDataFormat;
                }

                return field.AllowsChar(message.Frame[start]) || !ChecksEnumOf(tag) ? -1 : SessionRejectReason.ValueIsIncorrect;
            case ValueCheck.Int:
                return IsShortUnsigned(message.Frame.Slice(start, length)) || FixValue.IsValid(field.Type, message.Frame.Slice(start, length))
                    ? -1
                    : SessionRejectReason.IncorrectDataFormat;
            case ValueCheck.TextEnum:
                return field.Enums!.Contains(message.Frame.Slice(start, length)) || !ChecksEnumOf(tag) ? -1 : SessionRejectReason.ValueIsIncorrect;
            case ValueCheck.IntEnum:
                var number = message.Frame.Slice(start, length);
                if (!IsShortUnsigned(number) && !FixValue.IsValid(field.Type, number))
                {
                    return SessionRejectReason.IncorrectDataFormat;
                }

                return field.Enums!.Contains(number) || !ChecksEnumOf(tag) ? -1 : SessionRejectReason.ValueIsIncorrect;
            case ValueCheck.Float:
                return FixValue.IsFloat(message.Frame.Slice(start, length)) ? -1 : SessionRejectReason.IncorrectDataFormat;
            case ValueCheck.Timestamp:
                return FixValue.IsUtcTimestamp(message.Frame.Slice(start, length), ref _lastValidDate) ? -1 : SessionRejectReason.IncorrectDataFormat;
            default:
                return CheckValue(message.Frame.Slice(start, length), tag, field);
        }
    }

    /// <summary>1 to 9 digits, no sign: an Int whatever they are.</summary>
    private static bool IsShortUnsigned(ReadOnlySpan<byte> value)
    {
        if (value.Length > 9)
        {
            return false;
        }

        foreach (var b in value)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the enumeration of <paramref name="tag"/> is enforced under the settings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ChecksEnumOf(int tag) => !_allowUnknownFieldValues && (tag < UserDefinedTagMin || _validateUserDefinedFields);

    /// <summary>Format, then enumeration, of a value no precomputed check covers.</summary>
    private int CheckValue(ReadOnlySpan<byte> value, int tag, FieldDef field)
    {
        if (field.HasFormatCheck && !FixValue.IsValid(field.Type, value))
        {
            return SessionRejectReason.IncorrectDataFormat;
        }

        if (field.Enums is { } enums && ChecksEnumOf(tag) && !EnumChecks.Allows(enums, field.IsMultipleValue, value))
        {
            return SessionRejectReason.ValueIsIncorrect;
        }

        return -1;
    }

    /// <summary>CheckField for an empty value, an unknown tag or a field that is not a member of its level.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CheckUnusualField(int tag, ReadOnlySpan<byte> value, FieldDef? field, bool isMember, bool checkMembership)
    {
        if (value.IsEmpty)
        {
            if (_validateFieldsHaveValues)
            {
                return SessionRejectReason.TagSpecifiedWithoutValue;
            }
        }
        else if (field is not null && field.HasFormatCheck && !FixValue.IsValid(field.Type, value))
        {
            return SessionRejectReason.IncorrectDataFormat;
        }

        if (tag >= UserDefinedTagMin && !_validateUserDefinedFields)
        {
            return -1;
        }

        if (field is null)
        {
            return _allowUnknownMsgFields ? -1 : SessionRejectReason.InvalidTagNumber;
        }

        if (field.Enums is { } enums && !_allowUnknownFieldValues && !EnumChecks.Allows(enums, field.IsMultipleValue, value))
        {
            return SessionRejectReason.ValueIsIncorrect;
        }

        if (checkMembership && !isMember && !_allowUnknownMsgFields)
        {
            return SessionRejectReason.TagNotDefinedForMessageType;
        }

        return -1;
    }

    /// <summary>NumInGroup declared vs entries present. A user-defined counter is not checked when user-defined
    /// fields are not validated; a count that is not a number cannot match.</summary>
    private bool CountMismatch(int tag, ReadOnlySpan<byte> value, int entries)
    {
        if (tag >= UserDefinedTagMin && !_validateUserDefinedFields)
        {
            return false;
        }

        // The declared count, read as digits; anything else (sign, junk, absurd length) cannot match.
        if (value.IsEmpty || value.Length > 9)
        {
            return true;
        }

        var declared = 0;
        foreach (var b in value)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return true;
            }

            declared = (declared * 10) + (int)digit;
        }

        return declared != entries;
    }

    /// <summary>
    /// For a tag that is not a member of its level (unknown, or not allowed in this message): did it already appear
    /// at the top level of this section? Such tags are rare (they are errors unless unknown fields are allowed),
    /// so they are kept in a short list for this message rather than in the per-level bitsets.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool SeenStrangerBefore(int tag, byte section)
    {
        var key = ((long)tag << 8) | section;
        for (var j = 0; j < _strangerCount; j++)
        {
            if (_strangers[j] == key)
            {
                return true;
            }
        }

        if (_strangerCount < _strangers.Length)
        {
            _strangers[_strangerCount++] = key;
        }

        return false;
    }

    private static void FirstMissingRequired(FieldScope scope, ReadOnlySpan<ulong> seen, ref FieldIssue missing)
    {
        var required = scope.RequiredBits;
        for (var w = 0; w < required.Length; w++)
        {
            var absent = required[w] & ~seen[w];
            if (absent != 0)
            {
                var number = (w << 6) + BitOperations.TrailingZeroCount(absent);
                missing.OfferFirst(scope.MemberAt(number).Tag, SessionRejectReason.RequiredTagMissing);
                return;
            }
        }
    }

    /// <summary>Sets bit <paramref name="number"/>; returns whether it was already set.</summary>
    private static bool TestAndSet(Span<ulong> bits, int number)
    {
        ref var word = ref bits[number >> 6];
        var mask = 1UL << (number & 63);
        var wasSet = (word & mask) != 0;
        word |= mask;
        return wasSet;
    }

    private static bool IsSet(Span<ulong> bits, int number) => (bits[number >> 6] & (1UL << (number & 63))) != 0;
}
