using System.Buffers.Text;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>What the session should do with a message that failed validation.</summary>
public enum FixRejectKind : byte
{
    /// <summary>The message is valid.</summary>
    None = 0,

    /// <summary>Answer with a session-level Reject (35=3): 45, 58, 371, 372, 373.</summary>
    SessionReject,

    /// <summary>Answer with a BusinessMessageReject (35=j): 45, 58, 372, 380.</summary>
    BusinessReject,

    /// <summary>Not a usable FIX message (first three fields not 8, 9, 35; unparsable tag): ignore it, do not
    /// increment the expected sequence number; log it (and disconnect if it claimed to be a Logon).</summary>
    Garbled,

    /// <summary>BeginString is not the session's: QuickFIX logs out with "Incorrect BeginString (value)".</summary>
    IncorrectBeginString,
}

/// <summary>
/// The outcome of validating one message: a small value with no references except a static text table, so
/// producing it never allocates. Which of 371/372/373 a Reject carries depends on the session's FIX version;
/// <see cref="FixRejectRules"/> has QuickFIX/n's rules.
/// </summary>
public readonly struct FixReject
{
    private FixReject(FixRejectKind kind, int reason, int refTagId, bool hasRefTagId, ulong refMsgType, FixRejectText text, int textArgument)
    {
        Kind = kind;
        Reason = reason;
        RefTagId = refTagId;
        HasRefTagId = hasRefTagId;
        RefMsgType = refMsgType;
        TextId = text;
        TextArgument = textArgument;
    }

    public static FixReject None => default;

    public FixRejectKind Kind { get; }

    public bool IsNone => Kind == FixRejectKind.None;

    /// <summary>SessionRejectReason (373) for a session reject, BusinessRejectReason (380) for a business reject.</summary>
    public int Reason { get; }

    /// <summary>RefTagID (371). Meaningful only if <see cref="HasRefTagId"/> (tag 0 itself can be the culprit).</summary>
    public int RefTagId { get; }

    public bool HasRefTagId { get; }

    /// <summary>RefMsgType (372), packed as <see cref="Codec.MsgTypes.Pack(ReadOnlySpan{byte})"/>; 0 if the message had
    /// no MsgType, <see cref="Codec.MsgTypes.Unknown"/> if it was longer than 8 bytes (copy 35's bytes instead).</summary>
    public ulong RefMsgType { get; }

    public FixRejectText TextId { get; }

    /// <summary>The second number in a templated text (the delimiter or repeated tag); 0 otherwise.</summary>
    public int TextArgument { get; }

    /// <summary>
    /// Text (58). A static string for every text except the two group-structure texts, which QuickFIX/n formats
    /// with tag numbers; those allocate here, so a session writing 58 should use <see cref="WriteText"/>.
    /// </summary>
    public string Text => IsTemplated
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, FixRejectTexts.Get(TextId), RefTagId, TextArgument)
        : FixRejectTexts.Get(TextId);

    private bool IsTemplated =>
        TextId is FixRejectText.GroupDoesNotStartWithDelimiter or FixRejectText.GroupRepeatsTagWithoutDelimiter;

    /// <summary>Writes the full Text (58) value as ASCII without allocating; returns the bytes written, or -1 if
    /// <paramref name="destination"/> is too small (128 bytes always suffice).</summary>
    public int WriteText(Span<byte> destination)
    {
        var template = FixRejectTexts.GetBytes(TextId);
        if (!IsTemplated)
        {
            return template.TryCopyTo(destination) ? template.Length : -1;
        }

        var written = 0;
        while (!template.IsEmpty)
        {
            var brace = template.IndexOf((byte)'{');
            var literal = brace < 0 ? template : template[..brace];
            if (!literal.TryCopyTo(destination[written..]))
            {
                return -1;
            }

            written += literal.Length;
            if (brace < 0)
            {
                break;
            }

            var number = template[brace + 1] == (byte)'0' ? RefTagId : TextArgument;
            if (!Utf8Formatter.TryFormat(number, destination[written..], out var digits))
            {
                return -1;
            }

            written += digits;
            template = template[(brace + 3)..];
        }

        return written;
    }

    internal static FixReject Session(int reason, int refTagId, ulong refMsgType) =>
        new(FixRejectKind.SessionReject, reason, refTagId, true, refMsgType, FixRejectTexts.ForSessionReason(reason), 0);

    internal static FixReject SessionWithoutTag(int reason, ulong refMsgType) =>
        new(FixRejectKind.SessionReject, reason, 0, false, refMsgType, FixRejectTexts.ForSessionReason(reason), 0);

    internal static FixReject GroupStructure(FixRejectText text, int counterTag, int secondTag, ulong refMsgType) =>
        new(FixRejectKind.SessionReject, SessionRejectReason.Other, counterTag, true, refMsgType, text, secondTag);

    internal static FixReject Business(int reason, ulong refMsgType) =>
        new(FixRejectKind.BusinessReject, reason, 0, false, refMsgType, FixRejectTexts.ForBusinessReason(reason), 0);

    internal static FixReject Garbled(FixRejectText text, ulong refMsgType) =>
        new(FixRejectKind.Garbled, -1, 0, false, refMsgType, text, 0);

    internal static FixReject WrongBeginString(ulong refMsgType) =>
        new(FixRejectKind.IncorrectBeginString, -1, 0, false, refMsgType, FixRejectText.IncorrectBeginString, 0);

    public override string ToString() => Kind switch
    {
        FixRejectKind.None => "valid",
        FixRejectKind.SessionReject => $"Reject 373={Reason} 371={(HasRefTagId ? RefTagId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} 58={Text}",
        FixRejectKind.BusinessReject => $"BusinessMessageReject 380={Reason} 58={Text}",
        _ => $"{Kind}: {Text}",
    };
}
