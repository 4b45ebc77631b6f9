using System.Runtime.CompilerServices;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// The fast pass over a well-formed message: nearly every message a session receives is valid, and proving that
/// takes far less than finding out exactly what is wrong with one. The pass answers only "certainly valid" or "look
/// closer"; on "look closer" the full walk (<see cref="Walk"/>) starts over and finds what QuickFIX would report,
/// so a reject is always the full walk's. Per field, in one loop over the field table:
/// <code>
///  slot    = layout.SlotByTag[tag]            0 (not a top-level member of this message)  → look closer
///  section = slot.Section                      lower than the last one (header after body) → look closer
///  seen    = test-and-set bit slot             already set (repeated tag)                  → look closer
///  value   = slot.Check (char, enum bits, int, float, timestamp, ...) fails                → look closer
///  group   = slot.Group: the full walk's WalkGroup; any issue or a wrong NumInGroup count  → look closer
/// </code>
/// and at the end the required bits of header, body and trailer against the seen bits (one compare per 64 slots).
/// It accepts a subset of what the full walk accepts: each test above is one the full walk makes for the same field.
/// </summary>
public sealed partial class FixValidator
{
    private readonly MessageLayout?[] _singleByteLayouts = new MessageLayout?[256];
    private readonly Dictionary<ulong, MessageLayout> _multiByteLayouts = [];
    private ulong[] _slotsSeen = new ulong[4];

    /// <summary>Tests turn the fast pass off to compare its answers with the full walk's.</summary>
    internal bool FastPassEnabled { get; set; } = true;

    /// <summary>True if the fast pass proves the message valid; false if the full walk must look.</summary>
    private bool PassesFast(in FixMessage message, MessageDef definition)
    {
        var layout = LayoutFor(definition);
        if (!layout.IsComplete)
        {
            return false;
        }

        var slotByTag = layout.SlotByTag;
        var slots = layout.Slots;
        var seen = SlotsSeen(layout.Words);
        var fields = message.Fields;
        var tags = fields.Tags;
        var starts = fields.Starts;
        var lengths = fields.Lengths;
        var frame = message.Frame;
        var section = MessageLayout.Header;
        _bitsTop = 0;
        for (var i = 0; i < tags.Length;)
        {
            var tag = tags[i];
            if ((uint)tag >= (uint)slotByTag.Length)
            {
                return false;
            }

            int number = slotByTag[tag];
            ref readonly var slot = ref slots[number];
            if (number == 0 || slot.Section < section || TestAndSet(seen, number))
            {
                return false;
            }

            section = slot.Section;
            var value = frame.Slice(starts[i], lengths[i]);
            if (!PassesValueCheck(in slot, value))
            {
                return false;
            }

            i++;
            if (slot.Group is { } group)
            {
                var issues = default(GroupIssues);
                FixReject ignored = default;
                i = WalkGroup(message, i, group, ref issues, out var entries, ref ignored);
                if (i < 0 || issues.Field.IsSet || issues.Required.IsSet || CountMismatch(tag, value, entries))
                {
                    return false;
                }
            }
        }

        var required = layout.Required;
        for (var w = 0; w < required.Length; w++)
        {
            if ((required[w] & ~seen[w]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value test of <see cref="CheckField"/> for a non-empty member, as a yes/no.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PassesValueCheck(in MessageLayout.Slot slot, ReadOnlySpan<byte> value)
    {
        switch (slot.Check)
        {
            case ValueCheck.None:
                return true;
            case ValueCheck.Char:
                return value.Length == 1;
            case ValueCheck.CharEnum:
                return value.Length == 1 && value[0] is var b && b < 128
                    && ((b < 64 ? slot.CharEnumLow : slot.CharEnumHigh) & (1UL << (b & 63))) != 0;
            case ValueCheck.Int:
                return IsShortUnsigned(value) || FixValue.IsValid(slot.Field.Type, value);
            case ValueCheck.Float:
                return FixValue.IsFloat(value);
            case ValueCheck.Timestamp:
                return FixValue.IsUtcTimestamp(value, ref _lastValidDate);
            case ValueCheck.TextEnum:
                return slot.Field.Enums!.Contains(value);
            case ValueCheck.IntEnum:
                return (IsShortUnsigned(value) || FixValue.IsValid(slot.Field.Type, value)) && slot.Field.Enums!.Contains(value);
            default:
                return CheckValue(value, slot.Field.Tag, slot.Field) < 0;
        }
    }

    /// <summary>The "seen" bits of one message's slots, cleared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<ulong> SlotsSeen(int words)
    {
        if (words > _slotsSeen.Length)
        {
            _slotsSeen = new ulong[words]; // cold: a message type with more slots than any before
        }

        var seen = _slotsSeen.AsSpan(0, words);
        ClearSmall(seen);
        return seen;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private MessageLayout LayoutFor(MessageDef definition)
    {
        var msgType = definition.PackedMsgType;
        if (msgType <= 0xFF)
        {
            if (_singleByteLayouts[msgType] is { } layout)
            {
                return layout;
            }
        }
        else if (_multiByteLayouts.TryGetValue(msgType, out var layout))
        {
            return layout;
        }

        return BuildLayout(definition);
    }

    // Cold: once per message type and validator.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private MessageLayout BuildLayout(MessageDef definition)
    {
        var layout = MessageLayout.Build(
            definition,
            _transport.Header,
            _transport.Trailer,
            tag => _sectionByTag.Get(tag) is var code && code != 0 ? code & 3 : -1,
            ChecksEnumOf);
        var msgType = definition.PackedMsgType;
        if (msgType <= 0xFF)
        {
            _singleByteLayouts[msgType] = layout;
        }
        else
        {
            _multiByteLayouts[msgType] = layout;
        }

        return layout;
    }
}
