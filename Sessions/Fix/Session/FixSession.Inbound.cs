using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Fix.Session;

public sealed partial class FixSession
{
    /// <summary>Reads what arrived, then frames and handles complete messages (bounded per duty cycle).</summary>
    private int ReadFrames(IConnection connection)
    {
        var read = connection.Poll();
        var work = read > 0 ? 1 : 0;
        var frames = 0;
        while (frames < MaxFramesPerCycle && ReferenceEquals(_connection, connection))
        {
            var received = connection.Received;
            if (received.IsEmpty)
            {
                break;
            }

            var frame = FrameReader.Read(received);
            if (frame.Kind == FrameKind.NeedMore)
            {
                if (read == ConnectionStatus.ReceiveBufferFull)
                {
                    Disconnect("Message larger than the receive buffer");
                    return work + 1;
                }

                break;
            }

            frames++;
            if (frame.Kind == FrameKind.Bad)
            {
                OnBadFrame(received[..frame.Consumed]);
            }
            else
            {
                OnFrame(received.Slice(frame.Start, frame.Length));
            }

            connection.Consume(frame.Consumed);
        }

        if (ConnectionStatus.IsTerminal(read) && ReferenceEquals(_connection, connection))
        {
            Disconnect("Connection closed by peer: " + ConnectionStatus.Describe(read));
            work++;
        }

        return work + frames;
    }

    /// <summary>A frame with a wrong BodyLength or CheckSum, or garbage: ignored, unless it was a Logon.</summary>
    private void OnBadFrame(ReadOnlySpan<byte> dropped)
    {
        _counters.Increment(FixSessionCounter.GarbledFramesDropped);
        _log.OnEvent("Garbled message dropped");
        if (!_receivedLogon && dropped.IndexOf("\u000135=A\u0001"u8) >= 0)
        {
            Disconnect("Logon message is not valid");
        }
    }

    /// <summary>One complete frame: QuickFIX/n's <c>Next(string)</c>, the message and then whatever it unqueued.</summary>
    private void OnFrame(ReadOnlySpan<byte> frame)
    {
        _counters.Increment(FixSessionCounter.MessagesReceived);
        _log.OnIncoming(frame);
        _fields.Scan(frame, _dataFields);
        _counters.CountReceived(_fields.MsgType);
        ProcessMessage(new FixMessage(frame, _fields));
        ProcessQueued();
    }

    /// <summary>
    /// Handles one message (QuickFIX/n's <c>Next(MessageBuilder)</c>): structure, BeginString, validation, then the
    /// handler for its type. Every outcome is a specific answer or a counted drop; nothing throws.
    /// </summary>
    private void ProcessMessage(in FixMessage msg)
    {
        var schedule = _settings.Schedule;
        if (!schedule.IsSessionTime(_now))
        {
            Reset("Out of SessionTime (message)", "Message received outside of session time");
            return;
        }

        if (schedule.IsNewSession(_store.CreationTimeNanos, _now))
        {
            ResetStore("New session (detected on a message)");
        }

        var msgType = msg.MsgType;
        if (_validator is not null)
        {
            // The validator checks structure and BeginString too, in QuickFIX/n's order.
            if (!_validator.Validate(in msg, out var failure))
            {
                OnValidationFailure(in msg, in failure);
                return;
            }
        }
        else if (!HasValidStructure(in msg))
        {
            IgnoreInvalid(msgType);
            return;
        }
        else if (!msg.ValueAt(0).SequenceEqual(_beginString))
        {
            OnIncorrectBeginString(in msg);
            return;
        }

        switch (msgType)
        {
            case MsgTypes.Logon:
                NextLogon(in msg);
                return;
            case MsgTypes.Logout:
                NextLogout(in msg);
                return;
        }

        if (!IsLoggedOn)
        {
            Disconnect("Received a message other than Logon when not logged on");
            return;
        }

        switch (msgType)
        {
            case MsgTypes.Heartbeat:
                NextHeartbeat(in msg);
                break;
            case MsgTypes.TestRequest:
                NextTestRequest(in msg);
                break;
            case MsgTypes.SequenceReset:
                NextSequenceReset(in msg);
                break;
            case MsgTypes.ResendRequest:
                NextResendRequest(in msg);
                break;
            default:
                if (Verify(in msg, checkTooHigh: true, checkTooLow: true))
                {
                    if (msgType == MsgTypes.Reject)
                    {
                        // The venue refused one of ours: support staff watch this number.
                        _counters.Increment(FixSessionCounter.RejectsReceived);
                    }

                    IncrementTarget();
                }

                break;
        }
    }

    /// <summary>A message that cannot be a FIX message: counted and ignored, unless it claimed to be a Logon.</summary>
    private void IgnoreInvalid(ulong msgType)
    {
        _counters.Increment(FixSessionCounter.InvalidMessagesIgnored);
        _log.OnEvent("Invalid message ignored");
        if (msgType == MsgTypes.Logon)
        {
            Disconnect("Logon message is not valid");
        }
    }

    /// <summary>Not our BeginString: a Logout says so (a Logout is still honoured), QuickFIX/n's UnsupportedVersion.</summary>
    private void OnIncorrectBeginString(in FixMessage msg)
    {
        if (msg.MsgType == MsgTypes.Logout)
        {
            NextLogout(in msg);
            return;
        }

        GenerateLogout("Incorrect BeginString (" + msg.GetString(SessionTags.BeginString) + ")");
        IncrementTarget();
    }

    /// <summary>
    /// 8, 9, 35 first, and a scan that reached the end (a bad tag or an empty value is a reject for the validator,
    /// not a broken frame).
    /// </summary>
    private bool HasValidStructure(in FixMessage msg)
    {
        var fields = msg.Fields;
        if (fields.Count < 3 || fields.TagAt(0) != SessionTags.BeginString || fields.TagAt(1) != SessionTags.BodyLength
            || fields.TagAt(2) != SessionTags.MsgType)
        {
            return false;
        }

        return fields.Error is FixScanError.None or FixScanError.InvalidTagNumber or FixScanError.TagWithoutValue;
    }

    /// <summary>Messages that arrived ahead of sequence, now next in line (QuickFIX/n's <c>NextQueued</c>).</summary>
    private void ProcessQueued()
    {
        while (_connection is not null && _queue.Count > 0)
        {
            var next = _store.NextTargetMsgSeqNum;
            if (!_queue.TryDequeue(next, out var buffer, out var length))
            {
                return;
            }

            try
            {
                _counters.Increment(FixSessionCounter.QueuedMessagesProcessed);
                _queueReplayFrom = Math.Min(_queueReplayFrom, next);
                var frame = buffer.AsSpan(0, length);
                _fields.Scan(frame, _dataFields);
                var msgType = _fields.MsgType;
                if (msgType is MsgTypes.Logon or MsgTypes.ResendRequest)
                {
                    // Already acted on when they arrived.
                    IncrementTarget();
                }
                else
                {
                    ProcessMessage(new FixMessage(frame, _fields));
                }
            }
            finally
            {
                InboundQueue.Release(buffer);
            }
        }
    }
}
