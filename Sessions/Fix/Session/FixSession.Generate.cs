using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

/// <summary>The admin messages the session writes itself (QuickFIX/n's <c>Generate*</c>).</summary>
public sealed partial class FixSession
{
    /// <summary>An initiator's Logon, with ResetSeqNumFlag when it starts a new sequence epoch.</summary>
    private void GenerateLogon()
    {
        if (_settings.RefreshOnLogon)
        {
            _store.Refresh();
        }

        if (_settings.ResetOnLogon)
        {
            ResetStore("ResetOnLogon");
        }

        var sendReset = ShouldSendReset() || (_resetOnNextLogon && _isFix41OrLater);
        _resetOnNextLogon = false;
        if (sendReset && !_receivedReset)
        {
            ResetStore("ResetSeqNumFlag");
        }

        if (!_receivedReset)
        {
            _sentReset = sendReset;
        }

        _lastReceivedNanos = _now;
        _testRequestCounter = 0;
        var body = new LogonBody
        {
            Session = this,
            HeartBtInt = _heartBtInt,
            ResetSeqNumFlag = sendReset,
            Username = _settings.Username,
            Password = _settings.Password,
            DefaultApplVerId = _isFixt ? _defaultApplVerId : default,
        };
        _sentLogon = SendRaw("A"u8, ref body, new OutboundHeader()) == FixSendStatus.Sent;
        _log.OnEvent(_sentLogon ? "Initiated logon request" : "Error during logon request initiation");
    }

    /// <summary>An acceptor's answer to a Logon: never with ResetSeqNumFlag, with the initiator's HeartBtInt.</summary>
    private void GenerateLogonReply(in FixMessage logon)
    {
        if (!_receivedReset)
        {
            _sentReset = false;
        }

        var body = new LogonBody
        {
            Session = this,
            HeartBtInt = _heartBtInt,
            DefaultApplVerId = _isFixt ? _defaultApplVerId : default,
        };
        var header = new OutboundHeader { LastMsgSeqNumProcessed = SeqNumOf(in logon) };
        _sentLogon = SendRaw("A"u8, ref body, header) == FixSendStatus.Sent;
    }

    private bool ShouldSendReset() =>
        _isFix41OrLater
        && (_settings.ResetOnLogon || _settings.ResetOnLogout || _settings.ResetOnDisconnect)
        && _store.NextSenderMsgSeqNum == 1
        && _store.NextTargetMsgSeqNum == 1;

    private void GenerateLogout(string? text = null, int lastMsgSeqNumProcessed = 0)
    {
        var body = new LogoutBody { Text = text };
        var header = new OutboundHeader { LastMsgSeqNumProcessed = lastMsgSeqNumProcessed };
        _sentLogout = SendRaw("5"u8, ref body, header) == FixSendStatus.Sent && _connection is not null;
    }

    private void GenerateHeartbeat()
    {
        var body = new IdBody(SessionTags.TestReqId, default);
        SendRaw("0"u8, ref body, new OutboundHeader());
        _counters.Increment(FixSessionCounter.HeartbeatsSent);
    }

    /// <summary>The answer to a TestRequest: its TestReqID (112) back.</summary>
    private void GenerateHeartbeat(in FixMessage testRequest)
    {
        var body = new IdBody(SessionTags.TestReqId, testRequest.GetValue(SessionTags.TestReqId));
        var header = new OutboundHeader { LastMsgSeqNumProcessed = SeqNumOf(in testRequest) };
        SendRaw("0"u8, ref body, header);
        _counters.Increment(FixSessionCounter.HeartbeatsSent);
    }

    private void GenerateTestRequest(ReadOnlySpan<byte> id)
    {
        var body = new IdBody(SessionTags.TestReqId, id);
        SendRaw("1"u8, ref body, new OutboundHeader());
        _counters.Increment(FixSessionCounter.TestRequestsSent);
    }

    /// <summary>
    /// Asks for the gap before <paramref name="seqNum"/>: to infinity (16=0, or 999999 before FIX 4.2) or, with
    /// MaxMessagesInResendRequest, the first chunk of it.
    /// </summary>
    private void GenerateResendRequest(int seqNum)
    {
        var begin = _store.NextTargetMsgSeqNum;
        var endRange = seqNum - 1;
        int chunkEnd;
        if (_settings.MaxMessagesInResendRequest > 0)
        {
            chunkEnd = Math.Min(endRange, begin + _settings.MaxMessagesInResendRequest - 1);
        }
        else
        {
            endRange = _isFix42OrLater ? 0 : 999_999;
            chunkEnd = endRange;
        }

        if (SendResendRequest(begin, chunkEnd, seqNum))
        {
            _resendRange.Set(begin, endRange, seqNum, chunkEnd == 0 ? ResendRange.NotSet : chunkEnd);
            _queueReplayFrom = int.MaxValue;
        }
    }

    private bool SendResendRequest(int begin, int end, int lastMsgSeqNumProcessed)
    {
        var body = new ResendRequestBody { BeginSeqNo = begin, EndSeqNo = end };
        var header = new OutboundHeader { LastMsgSeqNumProcessed = lastMsgSeqNumProcessed };
        var sent = SendRaw("2"u8, ref body, header) == FixSendStatus.Sent;
        _counters.Increment(FixSessionCounter.ResendRequestsSent);
        _log.OnEvent($"Sent ResendRequest FROM: {begin} TO: {end}");
        return sent;
    }

    /// <summary>A SequenceReset-GapFill that takes the place of messages <paramref name="begin"/> to NewSeqNo-1.</summary>
    private void GenerateSequenceReset(int begin, int newSeqNo, int lastMsgSeqNumProcessed)
    {
        var body = new SequenceResetBody { NewSeqNo = newSeqNo };
        var header = new OutboundHeader
        {
            SeqNum = begin,
            PossDup = true,
            OrigSendingTime = _now,
            LastMsgSeqNumProcessed = lastMsgSeqNumProcessed,
        };
        SendRaw("4"u8, ref body, header);
        _counters.Increment(FixSessionCounter.GapFillsSent);
    }

    private static int SeqNumOf(in FixMessage msg) => msg.TryGetInt(SessionTags.MsgSeqNum, out var seq) ? seq : 0;

    private ref struct LogonBody : IFixBody
    {
        public FixSession Session;
        public int HeartBtInt;
        public bool ResetSeqNumFlag;
        public string? Username;
        public string? Password;
        public ReadOnlySpan<byte> DefaultApplVerId;

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
        }

        public readonly void WriteBody(ref FixWriter writer)
        {
            writer.Add(SessionTags.EncryptMethod, 0);
            writer.Add(SessionTags.HeartBtInt, HeartBtInt);
            if (ResetSeqNumFlag)
            {
                writer.Add(SessionTags.ResetSeqNumFlag, 'Y');
            }

            if (!string.IsNullOrEmpty(Username))
            {
                writer.AddString(SessionTags.Username, Username);
            }

            if (!string.IsNullOrEmpty(Password))
            {
                writer.AddString(SessionTags.Password, Password);
            }

            if (!DefaultApplVerId.IsEmpty)
            {
                writer.Add(SessionTags.DefaultApplVerId, DefaultApplVerId);
            }

            Session._app.OnSendingLogon(Session, ref writer);
        }
    }

    private struct LogoutBody : IFixBody
    {
        public string? Text;

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
        }

        public readonly void WriteBody(ref FixWriter writer)
        {
            if (!string.IsNullOrEmpty(Text))
            {
                writer.AddString(SessionTags.Text, Text);
            }
        }
    }

    /// <summary>A body of at most one field: Heartbeat and TestRequest (TestReqID 112).</summary>
    private readonly ref struct IdBody(int tag, ReadOnlySpan<byte> value) : IFixBody
    {
        private readonly ReadOnlySpan<byte> _value = value;

        public void WriteHeader(ref FixHeaderFields header)
        {
        }

        public void WriteBody(ref FixWriter writer)
        {
            if (!_value.IsEmpty)
            {
                writer.Add(tag, _value);
            }
        }
    }

    private struct ResendRequestBody : IFixBody
    {
        public int BeginSeqNo;
        public int EndSeqNo;

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
        }

        public readonly void WriteBody(ref FixWriter writer)
        {
            writer.Add(SessionTags.BeginSeqNo, BeginSeqNo);
            writer.Add(SessionTags.EndSeqNo, EndSeqNo);
        }
    }

    private struct SequenceResetBody : IFixBody
    {
        public int NewSeqNo;

        public readonly void WriteHeader(ref FixHeaderFields header)
        {
        }

        public readonly void WriteBody(ref FixWriter writer)
        {
            writer.Add(SessionTags.NewSeqNo, NewSeqNo);
            writer.Add(SessionTags.GapFillFlag, 'Y');
        }
    }
}
