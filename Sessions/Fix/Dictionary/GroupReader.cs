using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// Iterates the entries of one repeating group of a scanned message, by the dictionary's structure. Each entry is
/// a range of field indexes [Start, End) in the message's field table, nested groups included, so an application
/// can read it with <see cref="GroupEntry.TryGetValue"/> or copy it as a whole when re-serialising.
/// <code>
///  ...|453=2|448=A|447=D|452=1|802=1|523=X|803=1|448=B|447=D|452=3|60=...
///        ^counter ^entry 1 ─────────────────────────┘^entry 2 ────┘ ^End
/// </code>
/// Meant for messages that passed <see cref="FixValidator"/>; on a malformed one it stops where the structure
/// stops matching. Allocation-free.
/// <code>
/// if (GroupReader.TryFind(message, nos, 453, out var parties))
///     while (parties.MoveNext())
///         if (parties.Current.TryGetValue(448, out var partyId)) ...
/// </code>
/// </summary>
public ref struct GroupReader
{
    private readonly FixMessage _message;
    private int _next;

    /// <param name="counterIndex">Index of the NumInGroup field in the message's field table.</param>
    public GroupReader(FixMessage message, GroupDef group, int counterIndex)
    {
        _message = message;
        Group = group;
        CounterIndex = counterIndex;
        _next = counterIndex + 1;
        End = _next;
        Current = default;
    }

    public GroupDef Group { get; }

    public int CounterIndex { get; }

    /// <summary>The count the message declares (the NumInGroup value), or -1 if it is not a number.</summary>
    public readonly int DeclaredCount =>
        System.Buffers.Text.Utf8Parser.TryParse(_message.ValueAt(CounterIndex), out int n, out _) ? n : -1;

    public GroupEntry Current { get; private set; }

    /// <summary>The index just after the last entry read so far; after the last <see cref="MoveNext"/>, just after the group.</summary>
    public int End { get; private set; }

    /// <summary>
    /// Finds the group opened by <paramref name="counterTag"/> at the top level of a message of type
    /// <paramref name="definition"/> (its first occurrence in the message).
    /// </summary>
    public static bool TryFind(FixMessage message, MessageDef definition, int counterTag, out GroupReader reader)
    {
        var index = message.IndexOf(counterTag);
        if (index < 0 || !definition.TryGetGroup(counterTag, out var group))
        {
            reader = default;
            return false;
        }

        reader = new GroupReader(message, group, index);
        return true;
    }

    public bool MoveNext()
    {
        if (_next >= _message.FieldCount || _message.TagAt(_next) != Group.DelimiterTag)
        {
            return false;
        }

        var start = _next;
        _next = SkipEntry(_message, Group, start);
        End = _next;
        Current = new GroupEntry(_message, Group, start, _next);
        return true;
    }

    /// <summary>The index after the entry that starts at <paramref name="start"/> (a delimiter).</summary>
    internal static int SkipEntry(in FixMessage message, GroupDef group, int start)
    {
        var i = start;
        var count = message.FieldCount;
        while (i < count)
        {
            var tag = message.TagAt(i);
            if ((i != start && tag == group.DelimiterTag) || !group.TryGetMember(tag, out var member))
            {
                break;
            }

            i++;
            if (member.Group is { } nested)
            {
                i = SkipGroup(message, nested, i);
            }
        }

        return i;
    }

    /// <summary>The index after all entries of <paramref name="group"/> that start at <paramref name="i"/>.</summary>
    internal static int SkipGroup(in FixMessage message, GroupDef group, int i)
    {
        while (i < message.FieldCount && message.TagAt(i) == group.DelimiterTag)
        {
            i = SkipEntry(message, group, i);
        }

        return i;
    }
}
