using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Writing and sending: the header in QuickFIX/n's order (8, 9, 35, then header fields ascending, then body), the
/// store before the socket, and an overflow buffer for what the connection cannot take yet.
/// </summary>
public sealed partial class FixSession
{
    private const int MaxExtraHeaderFields = 32;
    private const int FlushChunk = 64 * 1024;

    private readonly byte[] _sendBuffer;
    private readonly byte[] _extraHeaderBytes = new byte[2048];
    private readonly int[] _extraHeaderTags = new int[MaxExtraHeaderFields];
    private readonly int[] _extraHeaderStarts = new int[MaxExtraHeaderFields];
    private readonly int[] _extraHeaderLengths = new int[MaxExtraHeaderFields];

    /// <summary>Sequenced bytes the connection refused, sent before anything else (cold; grows when needed).</summary>
    private byte[] _pending = [];
    private int _pendingLength;

    /// <summary>
    /// Sends an application message: the session writes the header, <paramref name="body"/> the rest; the message
    /// is stored under its MsgSeqNum before it goes to the connection. Nothing is sent (and no sequence number
    /// used) unless the result is <see cref="FixSendStatus.Sent"/>.
    /// </summary>
    /// <param name="msgType">MsgType (35), e.g. <c>"D"u8</c>.</param>
    public FixSendStatus TrySend<TBody>(ReadOnlySpan<byte> msgType, ref TBody body)
        where TBody : struct, IFixBody, allows ref struct
    {
        if (_connection is not { } connection || !IsLoggedOn)
        {
            return FixSendStatus.NotLoggedOn;
        }

        if (_pendingLength > 0)
        {
            FlushPending(connection);
            if (_pendingLength > 0)
            {
                _counters.Increment(FixSessionCounter.SendsRefused);
                return FixSendStatus.BackPressured;
            }
        }

        var status = SendRaw(msgType, ref body, new OutboundHeader());
        if (status == FixSendStatus.Sent && !IsAdminForApplication(MsgTypes.Pack(msgType)))
        {
            _counters.Increment(FixSessionCounter.AppMessagesSent);
        }

        return status;
    }

    /// <summary>
    /// Writes, stores (unless the header carries its own MsgSeqNum: gap fills reuse old numbers) and sends.
    /// QuickFIX/n's <c>SendRaw</c>.
    /// </summary>
    private FixSendStatus SendRaw<TBody>(ReadOnlySpan<byte> msgType, ref TBody body, in OutboundHeader header)
        where TBody : struct, IFixBody, allows ref struct
    {
        var sequenced = header.SeqNum == 0;
        var seqNum = sequenced ? _store.NextSenderMsgSeqNum : header.SeqNum;
        var isLogout = msgType.Length == 1 && msgType[0] == (byte)'5';
        if (sequenced && (seqNum <= 0 || (seqNum == int.MaxValue && !isLogout)))
        {
            return RefuseExhausted(isLogout);
        }

        var length = WriteFrame(msgType, seqNum, ref body, in header);
        if (length < 0)
        {
            _log.OnEvent("Message too large for the send buffer: not sent");
            return FixSendStatus.TooLarge;
        }

        var frame = _sendBuffer.AsSpan(0, length);
        if (sequenced)
        {
            if (_settings.PersistMessages && !_store.Append(seqNum, frame))
            {
                _log.OnEvent("Message store refused the message: not sent");
                return FixSendStatus.StoreFailed;
            }

            if (seqNum < int.MaxValue)
            {
                _store.IncrNextSenderMsgSeqNum(); // the last number stays the next one: nothing after that Logout is sent
            }
        }

        Transmit(frame);
        return FixSendStatus.Sent;
    }

    /// <summary>Our own MsgSeqNum space is used up: say so once with the Logout that may take the last number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private FixSendStatus RefuseExhausted(bool isLogout)
    {
        _counters.Increment(FixSessionCounter.SendsRefused);
        if (!isLogout && _connection is not null)
        {
            SequenceNumbersExhausted();
        }

        return FixSendStatus.SequenceNumbersExhausted;
    }

    /// <summary>Logs and hands a finished frame to the connection (or to the overflow behind what waits there).</summary>
    private void Transmit(ReadOnlySpan<byte> frame)
    {
        _lastSentNanos = _now;
        _counters.Increment(FixSessionCounter.MessagesSent);
        _counters.CountSent(frame);
        _log.OnOutgoing(frame);
        if (_connection is not { } connection)
        {
            return;
        }

        if (_pendingLength == 0)
        {
            var sent = connection.TrySend(frame);
            if (sent >= 0 || sent == SendStatus.NotConnected)
            {
                return;
            }

            _counters.Increment(FixSessionCounter.BackPressureEvents);
        }

        AppendPending(frame);
    }

    /// <summary>Pushes the overflow to the connection in chunks; returns the bytes handed over or a negative status.</summary>
    private int FlushPending(IConnection connection)
    {
        var flushed = 0;
        while (_pendingLength > 0)
        {
            var chunk = Math.Min(_pendingLength, FlushChunk);
            var sent = connection.TrySend(_pending.AsSpan(0, chunk));
            if (sent < 0)
            {
                return flushed > 0 ? flushed : sent;
            }

            _pending.AsSpan(chunk, _pendingLength - chunk).CopyTo(_pending);
            _pendingLength -= chunk;
            flushed += chunk;
        }

        return flushed;
    }

    private void AppendPending(ReadOnlySpan<byte> frame)
    {
        if (_pending.Length - _pendingLength < frame.Length)
        {
            Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _pendingLength + frame.Length + FlushChunk));
        }

        frame.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += frame.Length;
    }

    /// <summary>
    /// Writes 8, 9, 35, the header fields ascending (the session's and the body's extras merged), the body and the
    /// trailer into the send buffer. Returns the frame length, or <see cref="FixWriter.BufferTooSmall"/>.
    /// </summary>
    private int WriteFrame<TBody>(ReadOnlySpan<byte> msgType, int seqNum, ref TBody body, in OutboundHeader header)
        where TBody : struct, IFixBody, allows ref struct
    {
        var extras = new FixHeaderFields(_extraHeaderBytes, _extraHeaderTags, _extraHeaderStarts, _extraHeaderLengths);
        body.WriteHeader(ref extras);
        if (extras.Overflowed)
        {
            return FixWriter.BufferTooSmall;
        }

        extras.SortByTag();
        var next = 0;
        var w = new FixWriter(_sendBuffer);
        w.Begin(_beginString, msgType);
        AddExtrasBelow(ref w, in extras, ref next, SessionTags.MsgSeqNum);
        w.Add(SessionTags.MsgSeqNum, seqNum);
        if (header.PossDup)
        {
            AddExtrasBelow(ref w, in extras, ref next, SessionTags.PossDupFlag);
            w.Add(SessionTags.PossDupFlag, 'Y');
        }

        AddExtrasBelow(ref w, in extras, ref next, SessionTags.SenderCompId);
        w.Add(SessionTags.SenderCompId, _senderCompId);
        AddOwn(ref w, in extras, ref next, SessionTags.SenderSubId, _senderSubId);
        AddExtrasBelow(ref w, in extras, ref next, SessionTags.SendingTime);
        w.AddTimestamp(SessionTags.SendingTime, _now, _precision);
        AddExtrasBelow(ref w, in extras, ref next, SessionTags.TargetCompId);
        w.Add(SessionTags.TargetCompId, _targetCompId);
        AddOwn(ref w, in extras, ref next, SessionTags.TargetSubId, _targetSubId);
        if (header.OrigSendingTime != 0)
        {
            AddExtrasBelow(ref w, in extras, ref next, SessionTags.OrigSendingTime);
            w.AddTimestamp(SessionTags.OrigSendingTime, header.OrigSendingTime, _precision);
        }

        AddOwn(ref w, in extras, ref next, SessionTags.SenderLocationId, _senderLocationId);
        AddOwn(ref w, in extras, ref next, SessionTags.TargetLocationId, _targetLocationId);
        if (_settings.EnableLastMsgSeqNumProcessed)
        {
            AddExtrasBelow(ref w, in extras, ref next, SessionTags.LastMsgSeqNumProcessed);
            var last = header.LastMsgSeqNumProcessed != 0
                ? header.LastMsgSeqNumProcessed
                : _store.NextTargetMsgSeqNum - 1;
            w.Add(SessionTags.LastMsgSeqNumProcessed, last);
        }

        AddExtrasBelow(ref w, in extras, ref next, int.MaxValue);
        body.WriteBody(ref w);
        return w.Finish();
    }

    /// <summary>Writes the extras with tags below <paramref name="tag"/>; an extra with that very tag is dropped.</summary>
    private static void AddExtrasBelow(ref FixWriter w, in FixHeaderFields extras, ref int next, int tag)
    {
        while (next < extras.Count && extras.TagAt(next) <= tag)
        {
            if (extras.TagAt(next) < tag)
            {
                w.Add(extras.TagAt(next), extras.ValueAt(next));
            }

            next++;
        }
    }

    /// <summary>
    /// A sub or location ID: the configured one wins; when none is configured an extra with the tag (a reject's
    /// reverse route) goes out in its place.
    /// </summary>
    private static void AddOwn(ref FixWriter w, in FixHeaderFields extras, ref int next, int tag, byte[] own)
    {
        if (own.Length == 0)
        {
            return;
        }

        AddExtrasBelow(ref w, in extras, ref next, tag);
        w.Add(tag, own);
    }
}

/// <summary>How the session fills its own header fields for one outbound message.</summary>
internal readonly struct OutboundHeader
{
    /// <summary>0: the next sender MsgSeqNum (stored and counted). Otherwise reused as is: nothing stored.</summary>
    public int SeqNum { get; init; }

    public bool PossDup { get; init; }

    /// <summary>OrigSendingTime (122) in epoch nanoseconds; 0 for none.</summary>
    public long OrigSendingTime { get; init; }

    /// <summary>LastMsgSeqNumProcessed (369) when enabled; 0 for the next expected inbound number minus one.</summary>
    public int LastMsgSeqNumProcessed { get; init; }
}
