using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Fix.Session;

public enum FixAppResultKind : byte
{
    Accepted = 0,

    /// <summary>BusinessMessageReject (35=j) with 380=3 "Unsupported Message Type" (a Reject before FIX 4.2).</summary>
    UnsupportedMessageType,

    /// <summary>BusinessMessageReject (35=j) with the given 380 reason (a Reject before FIX 4.2).</summary>
    BusinessReject,

    /// <summary>Session-level Reject (35=3) with the given 373 reason and RefTagID.</summary>
    SessionReject,

    /// <summary>Refuse a Logon: Logout with the text, then disconnect.</summary>
    RejectLogon,
}

/// <summary>
/// What the application made of an inbound message. <see cref="Accepted"/> is the default and costs nothing; the
/// others make the session answer the way QuickFIX/n answers the matching exception.
/// </summary>
public readonly struct FixAppResult
{
    private FixAppResult(FixAppResultKind kind, int reason, int refTagId, string? text)
    {
        Kind = kind;
        Reason = reason;
        RefTagId = refTagId;
        Text = text;
    }

    public static FixAppResult Accepted => default;

    public static FixAppResult UnsupportedMessageType =>
        new(FixAppResultKind.UnsupportedMessageType, BusinessRejectReason.UnsupportedMessageType, 0, null);

    public FixAppResultKind Kind { get; }

    /// <summary>SessionRejectReason (373) or BusinessRejectReason (380).</summary>
    public int Reason { get; }

    /// <summary>RefTagID (371) of a session Reject; 0 for none.</summary>
    public int RefTagId { get; }

    /// <summary>Text (58); null for the standard wording of <see cref="Reason"/>.</summary>
    public string? Text { get; }

    public bool IsAccepted => Kind == FixAppResultKind.Accepted;

    /// <summary>E.g. 380=5 ConditionallyRequiredFieldMissing, as QuickFIX/n answers a missing field.</summary>
    public static FixAppResult BusinessReject(int reason, string? text = null) =>
        new(FixAppResultKind.BusinessReject, reason, 0, text);

    /// <summary>E.g. 373=5 with the offending tag, as QuickFIX/n answers IncorrectTagValue.</summary>
    public static FixAppResult SessionReject(int reason, int refTagId = 0, string? text = null) =>
        new(FixAppResultKind.SessionReject, reason, refTagId, text);

    public static FixAppResult RejectLogon(string text) => new(FixAppResultKind.RejectLogon, 0, 0, text);
}
