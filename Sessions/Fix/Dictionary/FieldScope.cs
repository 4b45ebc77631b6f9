namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>A field's place in a message, group, header or trailer: the field, whether it is required there,
/// and, for a NumInGroup counter, the group it opens.</summary>
public readonly record struct FieldMember(FieldDef Field, bool Required, GroupDef? Group)
{
    public int Tag => Field.Tag;
}

/// <summary>
/// The fields allowed at one level of a message — a message body, a repeating group's entry, the header or the
/// trailer — in dictionary order, with components already expanded. Members are numbered 1..N in dictionary
/// order; the validator keeps "seen" and "required" sets as bitsets over those numbers.
/// </summary>
public class FieldScope
{
    private readonly FieldMember[] _members; // [0] unused: member numbers start at 1
    private readonly TagIndex _index;

    internal FieldScope(string name, IReadOnlyList<FieldMember> members)
    {
        if (members.Count >= ushort.MaxValue)
        {
            throw new DataDictionaryException($"'{name}' has too many fields ({members.Count})");
        }

        Name = name;
        Members = members;
        _members = new FieldMember[members.Count + 1];
        var entries = new List<(int Tag, int Index)>(members.Count);
        var required = new List<int>();
        BitWords = (members.Count >> 6) + 1;
        RequiredBits = new ulong[BitWords];
        for (var i = 0; i < members.Count; i++)
        {
            var number = i + 1;
            _members[number] = members[i];
            entries.Add((members[i].Tag, number));
            if (members[i].Required)
            {
                required.Add(members[i].Tag);
                RequiredBits[number >> 6] |= 1UL << (number & 63);
            }
        }

        _index = new TagIndex(entries);
        RequiredTags = required;
        HasRequired = required.Count > 0;
    }

    public string Name { get; }

    /// <summary>Members in dictionary order.</summary>
    public IReadOnlyList<FieldMember> Members { get; }

    /// <summary>Tags of required members, in dictionary order (the order QuickFIX reports the first missing one).</summary>
    public IReadOnlyList<int> RequiredTags { get; }

    internal int BitWords { get; }

    internal bool HasRequired { get; }

    /// <summary>Bit n set = member number n is required.</summary>
    internal ulong[] RequiredBits { get; }

    public bool Contains(int tag) => _index.Get(tag) != 0;

    public bool TryGetMember(int tag, out FieldMember member)
    {
        var number = _index.Get(tag);
        member = _members[number];
        return number != 0;
    }

    /// <summary>The repeating group opened by NumInGroup field <paramref name="counterTag"/> at this level.</summary>
    public bool TryGetGroup(int counterTag, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out GroupDef group)
    {
        group = _members[_index.Get(counterTag)].Group;
        return group is not null;
    }

    /// <summary>Member number (1..N) of <paramref name="tag"/>, or 0 if it is not a member.</summary>
    internal int NumberOf(int tag) => _index.Get(tag);

    internal ref readonly FieldMember MemberAt(int number) => ref _members[number];

    public override string ToString() => Name;
}
