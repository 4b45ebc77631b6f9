using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>Lookups that must succeed in a test: they assert, then hand back a non-null definition.</summary>
internal static class DictionaryLookups
{
    public static MessageDef Message(this DataDictionary dictionary, string msgType)
    {
        dictionary.TryGetMessage(msgType, out var message).Should().BeTrue("{0} defines MsgType {1}", dictionary, msgType);
        return message!;
    }

    public static FieldDef Field(this DataDictionary dictionary, int tag)
    {
        dictionary.TryGetField(tag, out var field).Should().BeTrue("{0} defines tag {1}", dictionary, tag);
        return field!;
    }

    public static FieldDef Field(this DataDictionary dictionary, string name)
    {
        dictionary.TryGetField(name, out var field).Should().BeTrue("{0} defines field {1}", dictionary, name);
        return field!;
    }

    public static GroupDef Group(this FieldScope scope, int counterTag)
    {
        scope.TryGetGroup(counterTag, out var group).Should().BeTrue("{0} has group {1}", scope, counterTag);
        return group!;
    }
}
