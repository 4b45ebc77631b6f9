namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// One message type flattened for the validator's fast pass (<see cref="FixValidator"/>): every field allowed at the
/// top level of the header, the body and the trailer gets a slot, and a tag finds its slot in one array load.
/// <code>
///  slotByTag  ushort[maxTag + 1]      tag → slot number, 0 = not a top-level member (the full walk decides)
///               [8]=1 [9]=2 [35]=3 ... [34]=7 ... [11]=31 [453]=40 ... [10]=n
///  slots      Slot[n + 1]              slot → section, value check, enum bits, field, group it opens
///  required   ulong[words]             bit s set = slot s is required (header, body and trailer alike)
///  seen       (the validator's scratch) bit s set = slot s was met; a second meeting is a repeated tag
/// </code>
/// Header slots come first, then the trailer's, then the body's, so a tag the header and a body both list is the
/// header's, as the full walk resolves it. Built once per validator and message type, on first use (cold).
/// </summary>
internal sealed class MessageLayout
{
    /// <summary>Sections in wire order: a field of a lower section after one of a higher is out of order.</summary>
    public const byte Header = 0;
    public const byte Body = 1;
    public const byte Trailer = 2;

    /// <summary>Tags up to this (the user-defined ranges 5000-9999 and 20000-39999 included) get slots; a message
    /// with a member beyond it is validated by the full walk when it meets that tag.</summary>
    public const int MaxSlotTag = 39_999;

    private MessageLayout(MessageDef definition, ushort[] slotByTag, Slot[] slots, ulong[] required, bool complete)
    {
        Definition = definition;
        SlotByTag = slotByTag;
        Slots = slots;
        Required = required;
        IsComplete = complete;
    }

    public MessageDef Definition { get; }

    /// <summary>False if a required member has no slot (a tag beyond <see cref="MaxSlotTag"/>, or listed twice):
    /// the fast pass cannot prove it present, so every message of the type goes to the full walk.</summary>
    public bool IsComplete { get; }

    public ushort[] SlotByTag { get; }

    public Slot[] Slots { get; }

    public ulong[] Required { get; }

    public int Words => Required.Length;

    /// <summary>One top-level field of the message: what the fast pass checks when it meets it.</summary>
    internal readonly struct Slot(byte section, ValueCheck check, FieldDef field, GroupDef? group)
    {
        public readonly byte Section = section;

        /// <summary>The field's <see cref="ValueCheck"/>, with the enumeration part dropped where the settings do not
        /// enforce it (see <see cref="FixValidator"/>.ChecksEnumOf).</summary>
        public readonly ValueCheck Check = check;

        public readonly ulong CharEnumLow = field.CharEnumLow;
        public readonly ulong CharEnumHigh = field.CharEnumHigh;
        public readonly FieldDef Field = field;
        public readonly GroupDef? Group = group;
    }

    /// <param name="sectionOf">The header/trailer section of a tag as the full walk sees it, or -1 for a body tag.</param>
    /// <param name="checksEnumOf">Whether the settings enforce the enumeration of a tag.</param>
    public static MessageLayout Build(
        MessageDef body, FieldScope header, FieldScope trailer, Func<int, int> sectionOf, Func<int, bool> checksEnumOf)
    {
        var members = new List<(FieldMember Member, byte Section)>();
        foreach (var member in header.Members)
        {
            members.Add((member, Header));
        }

        foreach (var member in trailer.Members)
        {
            members.Add((member, Trailer));
        }

        var complete = true;
        foreach (var member in body.Members)
        {
            // A header or trailer tag listed in a body (or one QuickFIX always takes as header) is never a body slot;
            // if the body requires it, the full walk reports it missing from the body, so leave such types to it.
            if (sectionOf(member.Tag) < 0)
            {
                members.Add((member, Body));
            }
            else
            {
                complete &= !member.Required;
            }
        }

        var maxTag = 0;
        foreach (var (member, _) in members)
        {
            maxTag = Math.Max(maxTag, member.Tag);
        }

        var slotByTag = new ushort[Math.Min(maxTag, MaxSlotTag) + 1];
        var slots = new Slot[members.Count + 1];
        var required = new ulong[(members.Count >> 6) + 1];
        for (var i = 0; i < members.Count; i++)
        {
            var (member, section) = members[i];
            var number = i + 1;
            if (member.Tag >= slotByTag.Length || slotByTag[member.Tag] != 0 || number > ushort.MaxValue)
            {
                // Beyond the dense range, or listed twice: a field with the tag goes to the full walk.
                complete &= !member.Required;
                continue;
            }

            slotByTag[member.Tag] = (ushort)number;
            slots[number] = new Slot(section, EffectiveCheck(member.Field, checksEnumOf(member.Tag)), member.Field, member.Group);
            if (member.Required)
            {
                required[number >> 6] |= 1UL << (number & 63);
            }
        }

        return new MessageLayout(body, slotByTag, slots, required, complete);
    }

    private static ValueCheck EffectiveCheck(FieldDef field, bool checksEnum) => (field.ValueCheck, checksEnum) switch
    {
        (_, true) => field.ValueCheck,
        (ValueCheck.CharEnum, false) => ValueCheck.Char,
        (ValueCheck.IntEnum, false) => ValueCheck.Int,
        (ValueCheck.TextEnum, false) => ValueCheck.None,
        _ => field.ValueCheck,
    };
}
