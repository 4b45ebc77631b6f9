using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Fix.Session;

/// <summary>Handlers of inbound admin messages (QuickFIX/n's <c>NextLogon</c>, <c>NextLogout</c>, ...).</summary>
public sealed partial class FixSession
{
    private void NextLogon(in FixMessage logon)
    {
        var resetRequested = logon.TryGetBool(SessionTags.ResetSeqNumFlag, out var flag) && flag;
        _receivedReset = resetRequested;
        if (resetRequested)
        {
            _log.OnEvent("Sequence numbers reset due to ResetSeqNumFlag=Y");
            if (!_sentReset)
            {
                ResetStore("Reset requested by counterparty");
            }
        }

        if (IsAcceptor && _settings.ResetOnLogon)
        {
            ResetStore("ResetOnLogon");
        }

        if (_settings.RefreshOnLogon)
        {
            _store.Refresh();
        }

        if (!Verify(in logon, checkTooHigh: false, checkTooLow: true))
        {
            return;
        }

        _receivedLogon = true;
        _log.OnEvent("Received logon");
        if (IsAcceptor)
        {
            if (!logon.TryGetInt(SessionTags.HeartBtInt, out var heartBtInt) || heartBtInt < 0)
            {
                Disconnect("Required field missing from logon");
                return;
            }

            SetHeartBtInt(heartBtInt);
            GenerateLogonReply(in logon);
            _log.OnEvent("Responding to logon request");
        }

        _sentReset = false;
        _receivedReset = false;
        if (!logon.TryGetInt(SessionTags.MsgSeqNum, out var seqNum))
        {
            Disconnect("Logon without a valid MsgSeqNum");
            return;
        }

        if (seqNum > _store.NextTargetMsgSeqNum && !resetRequested)
        {
            DoTargetTooHigh(in logon, seqNum);
        }
        else
        {
            IncrementTarget();
        }

        if (IsLoggedOn)
        {
            _counters.Increment(FixSessionCounter.Logons);
            _app.OnLogon(this);
        }
    }

    private void NextLogout(in FixMessage logout)
    {
        if (!Verify(in logout, checkTooHigh: false, checkTooLow: false))
        {
            return;
        }

        string reason;
        if (!_sentLogout)
        {
            reason = "Received logout request";
            GenerateLogout(null, logout.TryGetInt(SessionTags.MsgSeqNum, out var seq) ? seq : 0);
        }
        else
        {
            reason = "Received logout response";
        }

        IncrementTarget();
        if (_settings.ResetOnLogout)
        {
            ResetStore("ResetOnLogout");
        }

        Disconnect(reason);
    }

    private void NextHeartbeat(in FixMessage heartbeat)
    {
        if (Verify(in heartbeat, checkTooHigh: true, checkTooLow: true))
        {
            IncrementTarget();
        }
    }

    private void NextTestRequest(in FixMessage testRequest)
    {
        if (!Verify(in testRequest, checkTooHigh: true, checkTooLow: true))
        {
            return;
        }

        GenerateHeartbeat(in testRequest);
        IncrementTarget();
    }

    private void NextSequenceReset(in FixMessage sequenceReset)
    {
        _counters.Increment(FixSessionCounter.SequenceResetsReceived);
        var isGapFill = sequenceReset.TryGetBool(SessionTags.GapFillFlag, out var gapFill) && gapFill;
        if (!sequenceReset.TryGetInt(SessionTags.NewSeqNo, out var newSeqNo))
        {
            GenerateReject(in sequenceReset, SessionRejectReason.RequiredTagMissing, SessionTags.NewSeqNo);
            return;
        }

        _log.OnEvent($"Received SequenceReset FROM: {_store.NextTargetMsgSeqNum} TO: {newSeqNo}");
        if (newSeqNo < _store.NextTargetMsgSeqNum)
        {
            GenerateReject(in sequenceReset, SessionRejectReason.ValueIsIncorrect, 0);
            return;
        }

        if (newSeqNo == int.MaxValue)
        {
            // The message after it could not be numbered: refuse the value rather than let the counter wrap.
            GenerateReject(in sequenceReset, SessionRejectReason.ValueIsIncorrect, SessionTags.NewSeqNo);
            return;
        }

        if (!Verify(in sequenceReset, checkTooHigh: isGapFill, checkTooLow: isGapFill))
        {
            return;
        }

        if (newSeqNo > _store.NextTargetMsgSeqNum)
        {
            _store.SetNextTargetMsgSeqNum(newSeqNo);
        }
    }

    /// <summary>A validation failure: session Reject (35=3) or BusinessMessageReject (35=j) as the validator says.</summary>
    private void OnValidationFailure(in FixMessage msg, in FixValidationFailure failure)
    {
        switch (failure.Outcome)
        {
            case FixValidationOutcome.Garbled:
                IgnoreInvalid(msg.MsgType);
                break;
            case FixValidationOutcome.IncorrectBeginString:
                OnIncorrectBeginString(in msg);
                break;
            case FixValidationOutcome.BusinessReject:
                GenerateBusinessMessageReject(in msg, failure.Reason, failure.Text);
                break;
            default:
                var refTag = failure.HasRefTagId ? failure.RefTagId : 0;
                GenerateReject(in msg, failure.Reason, refTag, failure.Text);
                break;
        }
    }

    // Operator actions (the admin console), on the session's thread like everything else here.

    /// <summary>Set by <see cref="ResetSequenceNumbers"/>: the next Logon carries ResetSeqNumFlag=Y.</summary>
    private bool _resetOnNextLogon;

    /// <summary>When the session last sent / received a message (UTC epoch nanoseconds, its clock).</summary>
    public long LastSentNanos => _lastSentNanos;

    public long LastReceivedNanos => _lastReceivedNanos;

    /// <summary>
    /// Operator reset: logs out if logged on, disconnects, sets both sequence numbers to 1, and the next Logon
    /// (at once for an enabled initiator) carries ResetSeqNumFlag=Y so the counterparty resets too.
    /// </summary>
    public void ResetSequenceNumbers(string reason)
    {
        Reset(reason, "Sequence numbers reset by operator");
        _resetOnNextLogon = true;
    }

    /// <summary>Operator: the next MsgSeqNum to send and/or to expect (at least 1); a gap either way is recovered by the usual resend.</summary>
    public void SetNextSequenceNumbers(int? nextSender, int? nextTarget)
    {
        if (nextSender is < 1 || nextTarget is < 1)
        {
            throw new ArgumentOutOfRangeException(nextSender is < 1 ? nameof(nextSender) : nameof(nextTarget), "A sequence number is at least 1.");
        }

        if (nextSender is { } sender)
        {
            _store.SetNextSenderMsgSeqNum(sender);
        }

        if (nextTarget is { } target)
        {
            _store.SetNextTargetMsgSeqNum(target);
        }

        _log.OnEvent($"Sequence numbers set by operator: next sender {_store.NextSenderMsgSeqNum}, next target {_store.NextTargetMsgSeqNum}");
    }

    /// <summary>Operator: sends a TestRequest (35=1) with this TestReqID; false when not logged on.</summary>
    public bool SendTestRequest(string testReqId)
    {
        if (!IsLoggedOn)
        {
            return false;
        }

        GenerateTestRequest(global::System.Text.Encoding.ASCII.GetBytes(testReqId));
        return true;
    }
}
