using Gateway.Venues.Ouch.Codec42;

namespace Gateway.Venues.Ouch;

public sealed partial class OuchVenueAdapter
{
    private void On42(ReadOnlySpan<byte> m, bool apply)
    {
        if (m.IsEmpty)
        {
            Unrecognised(OuchVenueCounter.MalformedMessages, "empty message"u8, apply);
            return;
        }

        var type = m[0];
        var length = Ouch42Layout.OutboundLength(type);
        if (length == 0)
        {
            Unrecognised(OuchVenueCounter.UnknownMessages, "unknown OUCH 4.2 message type"u8, apply);
            return;
        }

        if (m.Length < length)
        {
            Unrecognised(OuchVenueCounter.MalformedMessages, "short OUCH 4.2 message"u8, apply);
            return;
        }

        var timestamp = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(m[Ouch42Layout.TimestampOffset..]);
        switch (type)
        {
            case Ouch42Layout.AcceptedType:
                var accepted = new Ouch42Accepted(m);
                OnAccepted(apply, timestamp, Token(accepted.Token), accepted.Shares, accepted.Price, accepted.OrderReferenceNumber);
                break;
            case Ouch42Layout.ExecutedType:
                var executed = new Ouch42Executed(m);
                OnExecuted(apply, timestamp, Token(executed.Token), executed.ExecutedShares, executed.ExecutionPrice, executed.MatchNumber);
                break;
            case Ouch42Layout.CanceledType:
                var canceled = new Ouch42Canceled(m);
                OnCanceled(apply, timestamp, Token(canceled.Token), canceled.DecrementShares, canceled.Reason);
                break;
            case Ouch42Layout.ReplacedType:
                var replaced = new Ouch42Replaced(m);
                var order = replaced.Order;
                OnReplaced(apply, timestamp, Token(order.Token), Token(replaced.PreviousToken), order.Shares, order.Price,
                    order.OrderReferenceNumber);
                break;
            case Ouch42Layout.RejectedType:
                var rejected = new Ouch42Rejected(m);
                OnRejected(apply, timestamp, Token(rejected.Token), rejected.Reason, OuchMapping.RejectText42(rejected.Reason));
                break;
            case Ouch42Layout.CancelRejectType:
                OnCancelReject(apply, timestamp, Token(new Ouch42TokenEvent(m).Token));
                break;
            case Ouch42Layout.CancelPendingType:
                OnStatus(apply, timestamp, Token(new Ouch42TokenEvent(m).Token), OuchVenueCounter.CancelsPending, "cancel pending"u8);
                break;
            case Ouch42Layout.PriorityUpdateType:
                OnStatus(apply, timestamp, Token(new Ouch42PriorityUpdate(m).Token), OuchVenueCounter.PriorityUpdates, "priority update"u8);
                break;
            case Ouch42Layout.OrderModifiedType:
                var modified = new Ouch42OrderModified(m);
                OnOrderModified(apply, timestamp, Token(modified.Token), modified.Side, modified.Shares);
                break;
            case Ouch42Layout.BrokenTradeType:
                var broken = new Ouch42BrokenTrade(m);
                OnBrokenTrade(apply, timestamp, Token(broken.Token), broken.MatchNumber, broken.Reason);
                break;
            case Ouch42Layout.SystemEventType:
                Counters.Increment(OuchVenueCounter.SystemEvents);
                break;
            default: // OutboundLength knows no other type
                Unrecognised(OuchVenueCounter.UnknownMessages, "unhandled OUCH 4.2 message type"u8, apply);
                break;
        }
    }

    private static long Token(ReadOnlySpan<byte> field) => OuchMapping.ParseToken42(field);
}
