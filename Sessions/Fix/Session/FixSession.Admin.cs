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
}
