using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Store;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Answering a ResendRequest (QuickFIX/n's <c>NextResendRequest</c>): application messages come back from the store
/// with PossDupFlag=Y and OrigSendingTime; admin messages are replaced by SequenceReset-GapFill, consecutive ones
/// merged into one. Cold path: it reads the store and may allocate.
/// </summary>
public sealed partial class FixSession
{
    private readonly List<StoredMessage> _resendBatch = [];
    private readonly FixFieldTable _resendFields = new();
    private int[] _resendHeaderOrder = new int[32];

    private void NextResendRequest(in FixMessage request)
    {
        _counters.Increment(FixSessionCounter.ResendRequestsReceived);
        if (!Verify(in request, checkTooHigh: false, checkTooLow: false))
        {
            return;
        }

        var requestSeqNum = SeqNumOf(in request);
        if (!(_settings.IgnorePossDupResendRequests && request.Has(SessionTags.PossDupFlag)))
        {
            if (!request.TryGetInt(SessionTags.BeginSeqNo, out var begin) || !request.TryGetInt(SessionTags.EndSeqNo, out var end))
            {
                _log.OnEvent("ResendRequest without a valid BeginSeqNo or EndSeqNo: ignored");
                return;
            }

            _log.OnEvent($"Got resend request from {begin} to {end}");
            ServiceResendRequest(begin, end, requestSeqNum);
        }

        if (requestSeqNum == _store.NextTargetMsgSeqNum)
        {
            IncrementTarget();
        }
    }

    private void ServiceResendRequest(int begin, int end, int requestSeqNum)
    {
        if (end is 999_999 or 0)
        {
            end = _store.NextSenderMsgSeqNum - 1;
        }

        if (!_settings.PersistMessages)
        {
            end = Math.Min(end + 1, _store.NextSenderMsgSeqNum);
            GenerateSequenceReset(begin, end, requestSeqNum);
            return;
        }

        _resendBatch.Clear();
        _store.Get(begin, end, _resendBatch);
        var current = begin;
        var gapBegin = 0;
        foreach (var stored in _resendBatch)
        {
            var seqNum = stored.SeqNum;
            if (current != seqNum && gapBegin == 0)
            {
                gapBegin = current;
            }

            _resendFields.Scan(stored.Frame, _dataFields);
            var msgType = _resendFields.MsgType;
            if (MsgTypes.IsAdmin(msgType) && !(_settings.ResendSessionLevelRejects && msgType == MsgTypes.Reject))
            {
                if (gapBegin == 0)
                {
                    gapBegin = seqNum;
                }
            }
            else
            {
                if (gapBegin != 0)
                {
                    GenerateSequenceReset(gapBegin, seqNum, requestSeqNum);
                }

                Resend(new FixMessage(stored.Frame, _resendFields));
                gapBegin = 0;
            }

            current = seqNum + 1;
        }

        _resendBatch.Clear();
        var next = _store.NextSenderMsgSeqNum;
        end = Math.Min(end + 1, next);
        if (gapBegin == 0)
        {
            gapBegin = current;
        }

        if (end > gapBegin)
        {
            GenerateSequenceReset(gapBegin, end, requestSeqNum);
        }
    }

    /// <summary>
    /// Sends a stored message again under its own MsgSeqNum: its header fields in ascending order with
    /// PossDupFlag=Y, a new SendingTime and OrigSendingTime set to the original SendingTime; its body as stored.
    /// </summary>
    private void Resend(in FixMessage stored)
    {
        var fields = stored.Fields;
        var headerCount = CollectResendHeader(in stored);
        var w = new FixWriter(_sendBuffer);
        w.Begin(stored.ValueAt(0), stored.ValueAt(2));
        var possDupDone = false;
        var sendingTimeDone = false;
        var origDone = false;
        for (var i = 0; i <= headerCount; i++)
        {
            var tag = i < headerCount ? fields.TagAt(_resendHeaderOrder[i]) : int.MaxValue;
            if (!possDupDone && tag > SessionTags.PossDupFlag)
            {
                w.Add(SessionTags.PossDupFlag, 'Y');
                possDupDone = true;
            }

            if (!sendingTimeDone && tag > SessionTags.SendingTime)
            {
                w.AddTimestamp(SessionTags.SendingTime, _now, _precision);
                sendingTimeDone = true;
            }

            if (!origDone && tag > SessionTags.OrigSendingTime)
            {
                w.Add(SessionTags.OrigSendingTime, stored.GetValue(SessionTags.SendingTime));
                origDone = true;
            }

            if (i < headerCount)
            {
                w.Add(tag, stored.ValueAt(_resendHeaderOrder[i]));
            }
        }

        for (var i = 3; i < fields.Count; i++)
        {
            var tag = fields.TagAt(i);
            if (!HeaderTags.Contains(tag) && !HeaderTags.IsTrailer(tag))
            {
                w.Add(tag, stored.ValueAt(i));
            }
        }

        var length = w.Finish();
        if (length < 0)
        {
            _log.OnEvent("Stored message too large to resend");
            return;
        }

        Transmit(_sendBuffer.AsSpan(0, length));
        _counters.Increment(FixSessionCounter.MessagesResent);
    }

    /// <summary>
    /// The indices of the stored message's header fields to copy (all but 8, 9, 35 and the ones a resend replaces),
    /// ordered by tag. Returns their count.
    /// </summary>
    private int CollectResendHeader(in FixMessage stored)
    {
        var fields = stored.Fields;
        var count = 0;
        for (var i = 3; i < fields.Count; i++)
        {
            var tag = fields.TagAt(i);
            if (!HeaderTags.Contains(tag) || tag is SessionTags.PossDupFlag or SessionTags.SendingTime
                    or SessionTags.OrigSendingTime)
            {
                continue;
            }

            if (count == _resendHeaderOrder.Length)
            {
                Array.Resize(ref _resendHeaderOrder, count * 2);
            }

            // Insertion by tag, stable for equal tags (header groups keep their order).
            var j = count - 1;
            while (j >= 0 && fields.TagAt(_resendHeaderOrder[j]) > tag)
            {
                _resendHeaderOrder[j + 1] = _resendHeaderOrder[j];
                j--;
            }

            _resendHeaderOrder[j + 1] = i;
            count++;
        }

        return count;
    }
}
