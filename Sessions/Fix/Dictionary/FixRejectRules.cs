namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// Which fields a session-level Reject (35=3) carries, by the session's BeginString, as QuickFIX/n writes them
/// (Session.GenerateReject). The acceptance scripts depend on these: in FIX.4.2 a "Tag appears more than once"
/// reject has 371 and 372 but no 373, because 4.2 defines reasons only up to 11.
/// Body fields are written in ascending tag order: 45, 58, 371, 372, 373.
/// </summary>
public static class FixRejectRules
{
    /// <summary>RefMsgType (372): from FIX.4.2 on, when the rejected message had a MsgType.</summary>
    public static bool IncludesRefMsgType(FixVersion session, in FixReject reject) =>
        session >= FixVersion.Fix42 && reject.RefMsgType != 0;

    /// <summary>SessionRejectReason (373): in FIX.4.2 only for reasons up to 11 (Invalid MsgType); always after.</summary>
    public static bool IncludesReason(FixVersion session, in FixReject reject) =>
        (session == FixVersion.Fix42 && reject.Reason <= SessionRejectReason.InvalidMsgType) || session > FixVersion.Fix42;

    /// <summary>RefTagID (371): from FIX.4.2 on, except that from FIX.4.3 an Invalid MsgType reject names no tag.</summary>
    public static bool IncludesRefTagId(FixVersion session, in FixReject reject) =>
        reject.HasRefTagId
        && session >= FixVersion.Fix42
        && !(reject.Reason == SessionRejectReason.InvalidMsgType && session >= FixVersion.Fix43);

    /// <summary>Before FIX.4.2 there is no 371: QuickFIX appends " (tag)" to the Text instead (not for Invalid MsgType).</summary>
    public static bool AppendsTagToText(FixVersion session, in FixReject reject) =>
        reject.HasRefTagId && session < FixVersion.Fix42 && reject.Reason != SessionRejectReason.InvalidMsgType;
}
