namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// A repeating group: its NumInGroup counter, its delimiter (the first field of every entry) and the fields of an
/// entry, nested groups included. A group defined in a component is one object shared by every message using it.
/// </summary>
public sealed class GroupDef : FieldScope
{
    internal GroupDef(FieldDef counter, IReadOnlyList<FieldMember> members)
        : base(counter.Name, members)
    {
        if (members.Count == 0)
        {
            throw new DataDictionaryException($"group '{counter.Name}' has no fields");
        }

        Counter = counter;
        DelimiterTag = members[0].Tag;
    }

    public FieldDef Counter { get; }

    public int CounterTag => Counter.Tag;

    /// <summary>The field that starts every entry: the first field of the group in the dictionary.</summary>
    public int DelimiterTag { get; }
}
