using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Fix.Session;

/// <summary>Session-level Reject (35=3) and BusinessMessageReject (35=j), worded and versioned as QuickFIX/n's.</summary>
public sealed partial class FixSession
{
    /// <summary>
    /// Rejects <paramref name="msg"/>: RefSeqNum (45), Text (58), RefTagID (371), RefMsgType (372) and
    /// SessionRejectReason (373) as the FIX version allows, routing fields reversed. Moves the expected sequence
    /// number on if the message was the expected one (not for Logon and SequenceReset). Before a Logon has been
    /// received nothing can be sent: the connection is dropped instead.
    /// </summary>
    private void GenerateReject(in FixMessage msg, int reason, int refTagId, string? text = null)
    {
        var msgType = msg.GetValue(SessionTags.MsgType);
        var hasSeqNum = msg.TryGetInt(SessionTags.MsgSeqNum, out var seqNum);
        var packedType = msg.MsgType;
        if (packedType != MsgTypes.Logon && packedType != MsgTypes.SequenceReset && hasSeqNum
            && seqNum == _store.NextTargetMsgSeqNum)
        {
            IncrementTarget();
        }

        if (!_receivedLogon)
        {
            Disconnect("Tried to send a reject while not logged on");
            return;
        }

        var description = text ?? SessionRejectReason.Describe(reason);
        var body = new RejectBody(msg)
        {
            RefSeqNum = hasSeqNum ? seqNum : -1,
            RefMsgType = _isFix42OrLater ? msgType : default,
            Reason = (_isFix42OrLater && reason <= SessionRejectReason.InvalidMsgType) || _isAfterFix42 ? reason : -1,
            ReverseRouteFrom41 = _isFix41OrLater,
        };

        if (refTagId != 0 || reason == SessionRejectReason.InvalidTagNumber)
        {
            if (reason == SessionRejectReason.InvalidMsgType && _isFix43OrLater)
            {
                body.Text = description;
            }
            else if (_isFix42OrLater)
            {
                body.HasRefTagId = true;
                body.RefTagId = refTagId;
                body.Text = description;
            }
            else
            {
                body.Text = reason == SessionRejectReason.InvalidMsgType ? description : $"{description} ({refTagId})";
            }
        }
        else
        {
            body.Text = description;
        }

        _log.OnEvent($"Message {seqNum} Rejected: {description} (Field={refTagId})");
        SendRaw("3"u8, ref body, new OutboundHeader());
        _counters.Increment(FixSessionCounter.RejectsSent);
    }

    /// <summary>
    /// BusinessMessageReject (FIX 4.2 on; a Reject before): RefSeqNum, Text, RefMsgType, BusinessRejectReason.
    /// Always moves the expected sequence number on.
    /// </summary>
    private void GenerateBusinessMessageReject(in FixMessage msg, int reason, string? text = null)
    {
        var seqNum = SeqNumOf(in msg);
        var description = text ?? BusinessRejectReason.Describe(reason);
        IncrementTarget();
        if (_isFix42OrLater)
        {
            var body = new BusinessRejectBody
            {
                RefSeqNum = seqNum,
                Text = description,
                RefMsgType = msg.GetValue(SessionTags.MsgType),
                Reason = reason,
            };
            SendRaw("j"u8, ref body, new OutboundHeader());
        }
        else
        {
            // Before 4.2 there is no 35=j: a Reject with the text in sentence case.
            var sentence = description.Length == 0
                ? description
                : char.ToUpperInvariant(description[0]) + description[1..].ToLowerInvariant();
            var body = new BusinessRejectBody { RefSeqNum = seqNum, Text = sentence, Reason = -1 };
            SendRaw("3"u8, ref body, new OutboundHeader());
        }

        _log.OnEvent($"Reject sent for Message: {seqNum} Reason:{description}");
        _counters.Increment(FixSessionCounter.BusinessRejectsSent);
    }

    /// <summary>A Reject's body, and its header's reversed routing fields (QuickFIX/n's <c>ReverseRoute</c>).</summary>
    private ref struct RejectBody(FixMessage source) : IFixBody
    {
        private readonly FixMessage _source = source;

        public int RefSeqNum;
        public string? Text;
        public bool HasRefTagId;
        public int RefTagId;
        public ReadOnlySpan<byte> RefMsgType;
        public int Reason;
        public bool ReverseRouteFrom41;

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
            // Theirs becomes ours: sub and location IDs swap sides (the session's configured ones win), and
            // OnBehalfOf/DeliverTo swap. Empty values are not reversed.
            Reverse(ref header, SessionTags.SenderSubId, SessionTags.TargetSubId);
            Reverse(ref header, SessionTags.TargetSubId, SessionTags.SenderSubId);
            Reverse(ref header, SessionTags.SenderLocationId, SessionTags.TargetLocationId);
            Reverse(ref header, SessionTags.TargetLocationId, SessionTags.SenderLocationId);
            Reverse(ref header, SessionTags.OnBehalfOfCompId, SessionTags.DeliverToCompId);
            Reverse(ref header, SessionTags.OnBehalfOfSubId, SessionTags.DeliverToSubId);
            Reverse(ref header, SessionTags.DeliverToCompId, SessionTags.OnBehalfOfCompId);
            Reverse(ref header, SessionTags.DeliverToSubId, SessionTags.OnBehalfOfSubId);
            if (ReverseRouteFrom41)
            {
                Reverse(ref header, SessionTags.OnBehalfOfLocationId, SessionTags.DeliverToLocationId);
                Reverse(ref header, SessionTags.DeliverToLocationId, SessionTags.OnBehalfOfLocationId);
            }
        }

        public readonly void WriteBody(ref FixWriter writer)
        {
            if (RefSeqNum >= 0)
            {
                writer.Add(SessionTags.RefSeqNum, RefSeqNum);
            }

            if (!string.IsNullOrEmpty(Text))
            {
                writer.AddString(SessionTags.Text, Text);
            }

            if (HasRefTagId)
            {
                writer.Add(SessionTags.RefTagId, RefTagId);
            }

            if (!RefMsgType.IsEmpty)
            {
                writer.Add(SessionTags.RefMsgType, RefMsgType);
            }

            if (Reason >= 0)
            {
                writer.Add(SessionTags.SessionRejectReason, Reason);
            }
        }

        private readonly void Reverse(ref FixHeaderFields header, int from, int to)
        {
            if (_source.TryGetValue(from, out var value) && !value.IsEmpty)
            {
                header.Add(to, value);
            }
        }
    }

    private ref struct BusinessRejectBody : IFixBody
    {
        public int RefSeqNum;
        public string? Text;
        public ReadOnlySpan<byte> RefMsgType;
        public int Reason;

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
        }

        public readonly void WriteBody(ref FixWriter writer)
        {
            writer.Add(SessionTags.RefSeqNum, RefSeqNum);
            if (!string.IsNullOrEmpty(Text))
            {
                writer.AddString(SessionTags.Text, Text);
            }

            if (!RefMsgType.IsEmpty)
            {
                writer.Add(SessionTags.RefMsgType, RefMsgType);
            }

            if (Reason >= 0)
            {
                writer.Add(SessionTags.BusinessRejectReason, Reason);
            }
        }
    }
}
