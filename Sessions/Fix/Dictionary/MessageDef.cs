namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>A message type: name, MsgType (35), admin or application, and its body's fields.</summary>
public sealed class MessageDef : FieldScope
{
    internal MessageDef(string name, string msgType, bool isAdmin, IReadOnlyList<FieldMember> members)
        : base(name, members)
    {
        MsgType = msgType;
        PackedMsgType = Codec.MsgTypes.Pack(msgType);
        IsAdmin = isAdmin;
    }

    public string MsgType { get; }

    /// <summary>MsgType packed as <see cref="Codec.MsgTypes.Pack(ReadOnlySpan{byte})"/> does.</summary>
    public ulong PackedMsgType { get; }

    /// <summary>msgcat="admin" (session-level) rather than "app".</summary>
    public bool IsAdmin { get; }
}
