using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Fix.Session;

/// <summary>QuickFIX/n's <c>Verify</c>: CompIDs, sequence number, SendingTime, then the application's callback.</summary>
public sealed partial class FixSession
{
    /// <summary>
    /// Checks an inbound message and hands it to the application. False means it was answered (queued, rejected,
    /// logged out, ...) and must not move the expected sequence number on.
    /// </summary>
    private bool Verify(in FixMessage msg, bool checkTooHigh, bool checkTooLow)
    {
        if (!msg.TryGetValue(SessionTags.SenderCompId, out var sender)
            || !msg.TryGetValue(SessionTags.TargetCompId, out var target))
        {
            Disconnect("Verify failed: SenderCompID or TargetCompID missing");
            return false;
        }

        if (_settings.CheckCompId && !(sender.SequenceEqual(_targetCompId) && target.SequenceEqual(_senderCompId)))
        {
            GenerateReject(in msg, SessionRejectReason.CompIdProblem, 0);
            GenerateLogout();
            return false;
        }

        if (checkTooHigh || checkTooLow)
        {
            if (!msg.TryGetInt(SessionTags.MsgSeqNum, out var seqNum))
            {
                Disconnect("Verify failed: MsgSeqNum missing or not a number");
                return false;
            }

            var expected = _store.NextTargetMsgSeqNum;
            if (checkTooHigh && seqNum > expected)
            {
                DoTargetTooHigh(in msg, seqNum);
                return false;
            }

            if (checkTooLow && seqNum < expected)
            {
                DoTargetTooLow(in msg, seqNum);
                return false;
            }

            if (_resendRange.IsRequested)
            {
                TrackResendProgress(in msg, seqNum);
            }
        }

        if (!IsGoodTime(in msg, out var timeReadable))
        {
            if (!timeReadable)
            {
                Disconnect("Verify failed: SendingTime missing or not a timestamp");
                return false;
            }

            _log.OnEvent("Sending time accuracy problem");
            GenerateReject(in msg, SessionRejectReason.SendingTimeAccuracyProblem, 0);
            GenerateLogout();
            return false;
        }

        _lastReceivedNanos = _now;
        _testRequestCounter = 0;
        return Deliver(in msg);
    }

    /// <summary>Hands a verified message to the application and carries out its answer.</summary>
    private bool Deliver(in FixMessage msg)
    {
        FixAppResult result;
        if (IsAdminForApplication(msg.MsgType))
        {
            result = _app.FromAdmin(this, in msg);
        }
        else
        {
            _counters.Increment(FixSessionCounter.AppMessagesReceived);
            result = _app.FromApp(this, in msg);
        }

        if (result.IsAccepted)
        {
            return true;
        }

        OnApplicationRefused(in msg, in result);
        return false;
    }

    private void OnApplicationRefused(in FixMessage msg, in FixAppResult result)
    {
        switch (result.Kind)
        {
            case FixAppResultKind.UnsupportedMessageType:
            case FixAppResultKind.BusinessReject:
                _log.OnEvent("Message refused by the application");
                GenerateBusinessMessageReject(in msg, result.Reason, result.Text);
                break;
            case FixAppResultKind.SessionReject:
                GenerateReject(in msg, result.Reason, result.RefTagId, result.Text);
                break;
            case FixAppResultKind.RejectLogon:
                GenerateLogout(result.Text);
                Disconnect("Logon rejected: " + result.Text);
                break;
        }
    }

    /// <summary>Admin types as QuickFIX/n's application callbacks see them: the session types and XMLnonFIX (n).</summary>
    private static bool IsAdminForApplication(ulong msgType) =>
        MsgTypes.IsAdmin(msgType) || msgType == MsgTypes.XmlNonFix;

    /// <summary>
    /// Moves the outstanding ResendRequest along: done once the trigger number (or the range's end) arrives; with
    /// MaxMessagesInResendRequest, the next chunk is requested when the current one has arrived.
    /// </summary>
    private void TrackResendProgress(in FixMessage msg, int seqNum)
    {
        ref var range = ref _resendRange;
        if (seqNum >= Math.Max(range.EndSeqNo, range.TriggerSeqNo))
        {
            _log.OnEvent($"ResendRequest for messages FROM: {range.BeginSeqNo} TO: {range.EndSeqNo} has been satisfied.");
            range.Reset();
        }
        else if (seqNum >= range.ChunkEndSeqNo)
        {
            var newStart = range.ChunkEndSeqNo + 1;
            var newChunkEnd = Math.Min(range.EndSeqNo, range.ChunkEndSeqNo + _settings.MaxMessagesInResendRequest);
            SendResendRequest(newStart, newChunkEnd, seqNum);
            range.UpdateChunk(newStart, newChunkEnd);
        }
        else if (seqNum >= range.BeginSeqNo)
        {
            range.IsResendStarted = true;
        }
    }

    /// <summary>Ahead of sequence: keep it for later and ask for the gap, unless that request is already out.</summary>
    private void DoTargetTooHigh(in FixMessage msg, int seqNum)
    {
        _counters.Increment(FixSessionCounter.SequenceGaps);
        _log.OnEvent($"MsgSeqNum too high, expecting {_store.NextTargetMsgSeqNum} but received {seqNum}");
        _queue.Enqueue(seqNum, msg.Frame);
        if (_resendRange.IsRequested && !_settings.SendRedundantResendRequests && seqNum >= _resendRange.BeginSeqNo)
        {
            return;
        }

        GenerateResendRequest(seqNum);
    }

    /// <summary>Behind sequence: a PossDup duplicate is checked and ignored; anything else ends the session.</summary>
    private void DoTargetTooLow(in FixMessage msg, int seqNum)
    {
        var possDup = msg.TryGetBool(SessionTags.PossDupFlag, out var flag) && flag;
        if (!possDup)
        {
            _counters.Increment(FixSessionCounter.SequenceTooLow);
            var text = $"MsgSeqNum too low, expecting {_store.NextTargetMsgSeqNum} but received {seqNum}";
            GenerateLogout(text);
            Disconnect(text);
            return;
        }

        _counters.Increment(FixSessionCounter.PossDupsIgnored);
        if (DoPossDup(in msg))
        {
            ObeyReplayedGapFill(in msg, seqNum);
        }
    }

    /// <summary>
    /// PossDupFlag=Y: OrigSendingTime (122) must be there and not after SendingTime. Returns true if the message
    /// passed (and is simply a duplicate).
    /// </summary>
    private bool DoPossDup(in FixMessage msg)
    {
        if (msg.MsgType == MsgTypes.SequenceReset && !_settings.RequiresOrigSendingTime)
        {
            return true;
        }

        if (!msg.Has(SessionTags.OrigSendingTime))
        {
            GenerateReject(in msg, SessionRejectReason.RequiredTagMissing, SessionTags.OrigSendingTime);
            return false;
        }

        if (!msg.TryGetTimestamp(SessionTags.OrigSendingTime, out var orig)
            || !msg.TryGetTimestamp(SessionTags.SendingTime, out var sending))
        {
            Disconnect("Verify failed: OrigSendingTime or SendingTime is not a timestamp");
            return false;
        }

        if (orig > sending)
        {
            GenerateReject(in msg, SessionRejectReason.SendingTimeAccuracyProblem, 0);
            GenerateLogout();
            return false;
        }

        return true;
    }

    /// <summary>
    /// A replayed GapFill below the expected number whose range runs past it: the messages it replaces were taken
    /// from the gap queue meanwhile, so its NewSeqNo still counts (QuickFIX/n issue 309).
    /// </summary>
    private void ObeyReplayedGapFill(in FixMessage msg, int seqNum)
    {
        if (msg.MsgType != MsgTypes.SequenceReset || seqNum < _queueReplayFrom
            || !(msg.TryGetBool(SessionTags.GapFillFlag, out var gapFill) && gapFill)
            || !msg.TryGetInt(SessionTags.NewSeqNo, out var newSeqNo) || newSeqNo <= _store.NextTargetMsgSeqNum)
        {
            return;
        }

        _log.OnEvent($"GapFill {seqNum} replaces queued messages: next expected {newSeqNo}");
        _store.SetNextTargetMsgSeqNum(newSeqNo);
    }

    /// <summary>SendingTime within MaxLatency of now (CheckLatency=Y).</summary>
    private bool IsGoodTime(in FixMessage msg, out bool readable)
    {
        readable = true;
        if (!_settings.CheckLatency)
        {
            return true;
        }

        if (!msg.TryGetTimestamp(SessionTags.SendingTime, out var sendingTime))
        {
            readable = false;
            return false;
        }

        var drift = Math.Abs(_now - sendingTime);
        return drift <= _settings.MaxLatencySeconds * NanosPerSecond;
    }
}
