namespace Gateway.Operations.Search;

/// <summary>One message from a session's log, decoded field by field.</summary>
/// <param name="Direction"><c>in</c> (from the venue) or <c>out</c> (to it).</param>
/// <param name="Protocol"><c>FIX.4.2</c>, <c>FIX.4.4</c>, <c>FIXT.1.1</c>, <c>OUCH4.2</c>, <c>OUCH5.0</c>.</param>
/// <param name="Raw">The message as logged (FIX with SOH shown as <c>|</c>; OUCH as hex).</param>
public sealed record FoundMessage(
    DateTimeOffset Time,
    string Session,
    string Direction,
    string Protocol,
    string MsgType,
    string MsgTypeName,
    string Raw,
    IReadOnlyList<FoundField> Fields);

/// <param name="Tag">The FIX tag; for OUCH the field's byte offset in the message.</param>
/// <param name="ValueName">The enum value's name from the dictionary (<c>BUY</c> for 54=1), when it has one.</param>
public sealed record FoundField(int Tag, string Name, string Value, string? ValueName);
