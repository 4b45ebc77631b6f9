using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Venues.Ouch;

public sealed partial class OuchVenueAdapter
{
    private void On50(ReadOnlySpan<byte> m, bool apply)
    {
        if (m.IsEmpty)
        {
            Unrecognised(OuchVenueCounter.MalformedMessages, "empty message"u8, apply);
            return;
        }

        var type = m[0];
        var fixedLength = Ouch50Layout.OutboundFixedLength(type);
        if (fixedLength == 0)
        {
            Unrecognised(OuchVenueCounter.UnknownMessages, "unknown OUCH 5.0 message type"u8, apply);
            return;
        }

        if (!Ouch50Layout.IsComplete(m, fixedLength))
        {
            Unrecognised(OuchVenueCounter.MalformedMessages, "short OUCH 5.0 message"u8, apply);
            return;
        }

        if (type != Ouch50Layout.SystemEventType)
        {
            // Optional fields are not used yet: walk them so a bad one is counted, never read past.
            var appendage = new OuchAppendage(OuchAppendage.Of(m, fixedLength));
            while (appendage.TryNext(out _, out _))
            {
            }

            if (appendage.IsMalformed)
            {
                Counters.Increment(OuchVenueCounter.MalformedAppendages);
            }
        }

        var timestamp = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(m[Ouch50Layout.TimestampOffset..]);
        switch (type)
        {
            case Ouch50Layout.AcceptedType:
                var accepted = new Ouch50Accepted(m);
                OnAccepted(apply, timestamp, accepted.UserRefNum, accepted.Quantity, accepted.Price, accepted.OrderReferenceNumber);
                break;
            case Ouch50Layout.ExecutedType:
                var executed = new Ouch50Executed(m);
                OnExecuted(apply, timestamp, executed.UserRefNum, executed.Quantity, executed.Price, executed.MatchNumber);
                break;
            case Ouch50Layout.CanceledType:
                var canceled = new Ouch50Canceled(m);
                OnCanceled(apply, timestamp, canceled.UserRefNum, canceled.Quantity, canceled.Reason);
                break;
            case Ouch50Layout.ReplacedType:
                var replaced = new Ouch50Replaced(m);
                OnReplaced(apply, timestamp, replaced.UserRefNum, replaced.OrigUserRefNum, replaced.Quantity, replaced.Price,
                    replaced.OrderReferenceNumber);
                break;
            case Ouch50Layout.RejectedType:
                var rejected = new Ouch50Rejected(m);
                Span<byte> text = stackalloc byte[24];
                "reject code "u8.CopyTo(text);
                System.Buffers.Text.Utf8Formatter.TryFormat(rejected.Reason, text[12..], out var digits);
                OnRejected(apply, timestamp, rejected.UserRefNum, rejected.Reason, text[..(12 + digits)]);
                break;
            case Ouch50Layout.CancelRejectType:
                OnCancelReject(apply, timestamp, new Ouch50CancelReject(m).UserRefNum);
                break;
            case Ouch50Layout.CancelPendingType:
                OnStatus(apply, timestamp, new Ouch50CancelPending(m).UserRefNum, OuchVenueCounter.CancelsPending, "cancel pending"u8);
                break;
            case Ouch50Layout.PriorityUpdateType:
                OnStatus(apply, timestamp, new Ouch50PriorityUpdate(m).UserRefNum, OuchVenueCounter.PriorityUpdates, "priority update"u8);
                break;
            case Ouch50Layout.OrderModifiedType:
                var modified = new Ouch50OrderModified(m);
                OnOrderModified(apply, timestamp, modified.UserRefNum, modified.Side, modified.Quantity);
                break;
            case Ouch50Layout.BrokenTradeType:
                var broken = new Ouch50BrokenTrade(m);
                OnBrokenTrade(apply, timestamp, broken.UserRefNum, broken.MatchNumber, broken.Reason);
                break;
            case Ouch50Layout.MassCancelResponseType:
            case Ouch50Layout.DisableOrderEntryResponseType:
            case Ouch50Layout.EnableOrderEntryResponseType:
                Counters.Increment(OuchVenueCounter.AccountResponses);
                break;
            case Ouch50Layout.AccountQueryResponseType:
                OnAccountQueryResponse(apply, new Ouch50AccountQueryResponse(m).NextUserRefNum);
                break;
            case Ouch50Layout.SystemEventType:
                Counters.Increment(OuchVenueCounter.SystemEvents);
                break;
            default: // OutboundFixedLength knows no other type
                Unrecognised(OuchVenueCounter.UnknownMessages, "unhandled OUCH 5.0 message type"u8, apply);
                break;
        }
    }
}
