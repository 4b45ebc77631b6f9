using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>One entry of a repeating group: fields [Start, End) of the message's field table.</summary>
public readonly ref struct GroupEntry
{
    private readonly FixMessage _message;

    internal GroupEntry(FixMessage message, GroupDef group, int start, int end)
    {
        _message = message;
        Group = group;
        Start = start;
        End = end;
    }

    public GroupDef Group { get; }

    public int Start { get; }

    public int End { get; }

    public int FieldCount => End - Start;

    /// <summary>Index of <paramref name="tag"/> among this entry's own fields (not those of nested groups), or -1.</summary>
    public int IndexOf(int tag)
    {
        for (var i = Start; i < End; i++)
        {
            var t = _message.TagAt(i);
            if (t == tag)
            {
                return i;
            }

            if (Group.TryGetMember(t, out var member) && member.Group is { } nested)
            {
                i = GroupReader.SkipGroup(_message, nested, i + 1) - 1;
            }
        }

        return -1;
    }

    public bool TryGetValue(int tag, out ReadOnlySpan<byte> value)
    {
        var i = IndexOf(tag);
        value = i >= 0 ? _message.ValueAt(i) : default;
        return i >= 0;
    }

    /// <summary>A reader over the nested group opened by <paramref name="counterTag"/> in this entry.</summary>
    public bool TryGetGroup(int counterTag, out GroupReader reader)
    {
        var index = IndexOf(counterTag);
        if (index < 0 || !Group.TryGetGroup(counterTag, out var nested))
        {
            reader = default;
            return false;
        }

        reader = new GroupReader(_message, nested, index);
        return true;
    }
}
