using Gateway.Sessions.Fix.Codec;
using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>
/// A session Reject (3) or BusinessMessageReject (j) from the venue → the report of the request it refuses.
/// </summary>
/// <remarks>
/// <code>
///  3  45=RefSeqNum|[372=RefMsgType]|[373=SessionRejectReason]|[58=Text]
///  j  45=RefSeqNum|372=RefMsgType|[379=BusinessRejectRefID]|380=BusinessRejectReason|[58=Text]
/// </code>
/// RefSeqNum is looked up (with RefMsgType, when given, agreeing: after a sequence reset a slot may be stale) in the <see cref="SentRequestRing"/>: a new order → Rejected; a cancel → CancelRejected;
/// a replace → CancelRejected with ForReplace. A BusinessMessageReject whose RefSeqNum is not there (sent before a
/// restart) is matched by BusinessRejectRefID (379) as our ClOrdID when RefMsgType is D, F or G. A Reject of one
/// of our admin messages (372 = 0..5, A) is nothing for the order thread: not reported. Anything else: Unrecognised.
/// ReasonCode is 373 or 380.
/// </remarks>
internal static class FixRejectDecoder
{
    /// <summary>False when there is nothing to report.</summary>
    public static bool Decode(in FixMessage m, SentRequestRing sent, ref VenueReport r)
    {
        FixReportDecoder.ReadCommon(in m, ref r);
        var isSessionReject = m.MsgType == MsgTypes.Reject;
        m.TryGetInt(isSessionReject ? 373 : 380, out r.ReasonCode);
        var refMsgType = m.TryGetValue(372, out var refType) ? MsgTypes.Pack(refType) : MsgTypes.Unknown;
        m.TryGetLong(45, out var refSeqNum);
        if (sent.TryFind(refSeqNum, out var kind, out r.ClOrdId, out r.OrigClOrdId)
            && (refMsgType == MsgTypes.Unknown || refMsgType == MsgTypeOf(kind)))
        {
            SetKind(ref r, kind);
            return true;
        }

        if (refMsgType != MsgTypes.Unknown && MsgTypes.IsAdmin(refMsgType))
        {
            return false;
        }

        if (!isSessionReject && m.TryGetValue(379, out var refId) && FixReportDecoder.TryParseClOrdId(refId, out r.ClOrdId))
        {
            switch (refMsgType)
            {
                case MsgTypes.NewOrderSingle:
                    SetKind(ref r, VenueRequestKind.NewOrder);
                    return true;
                case MsgTypes.OrderCancelRequest:
                    SetKind(ref r, VenueRequestKind.Cancel);
                    return true;
                case MsgTypes.OrderCancelReplaceRequest:
                    SetKind(ref r, VenueRequestKind.Replace);
                    return true;
            }
        }

        r.ClOrdId = 0;
        FixReportText.Unrecognised(ref r, isSessionReject ? "Reject of "u8 : "BMReject of "u8, 45, m.GetValue(45));
        return true;
    }

    private static ulong MsgTypeOf(VenueRequestKind kind) => kind switch
    {
        VenueRequestKind.NewOrder => MsgTypes.NewOrderSingle,
        VenueRequestKind.Cancel => MsgTypes.OrderCancelRequest,
        _ => MsgTypes.OrderCancelReplaceRequest,
    };

    private static void SetKind(ref VenueReport r, VenueRequestKind kind)
    {
        r.Kind = kind == VenueRequestKind.NewOrder ? VenueReportKind.Rejected : VenueReportKind.CancelRejected;
        r.ForReplace = kind == VenueRequestKind.Replace;
    }
}
