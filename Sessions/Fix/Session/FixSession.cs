using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Time;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// One FIX session (FIX 4.0 to FIXT.1.1), initiator or acceptor: logon and logout, heartbeats and test requests,
/// sequence numbers, gap recovery (ResendRequest, SequenceReset, resending from the store), PossDup and SendingTime
/// checks, CompID and BeginString checks, validation rejects and schedules, with QuickFIX/n's observable behaviour.
/// </summary>
/// <remarks>
/// <para>Driven by one agent thread: <see cref="DoWork(long)"/> reads the connection's bytes, frames and handles
/// messages, and runs the timers. Everything, including <see cref="TrySend{TBody}"/>, must be called on that thread.</para>
/// <para>The partial files split the session by concern: inbound dispatch, verification, outbound writing, resend
/// servicing, rejects and timers.</para>
/// </remarks>
public sealed partial class FixSession : IDisposable
{
    private const long NanosPerSecond = 1_000_000_000L;

    /// <summary>Frames handled per duty cycle before the timers get a turn.</summary>
    private const int MaxFramesPerCycle = 64;

    private readonly FixSessionSettings _settings;
    private readonly IFixApplication _app;
    private readonly IFixMessageStore _store;
    private readonly IFixMessageLog _log;
    private readonly IFixMessageValidator? _validator;
    private readonly IEpochClock _clock;
    private readonly DataFieldPairs _dataFields;
    private readonly FixFieldTable _fields = new();
    private readonly InboundQueue _queue = new();
    private readonly FixSessionCounters _counters = new();

    // Identity as bytes, compared and written without strings.
    private readonly byte[] _beginString;
    private readonly byte[] _senderCompId;
    private readonly byte[] _targetCompId;
    private readonly byte[] _senderSubId;
    private readonly byte[] _senderLocationId;
    private readonly byte[] _targetSubId;
    private readonly byte[] _targetLocationId;
    private readonly byte[] _defaultApplVerId;
    private readonly bool _isFixt;
    private readonly bool _isFix41OrLater;
    private readonly bool _isFix42OrLater;
    private readonly bool _isFix43OrLater;
    private readonly bool _isAfterFix42;
    private readonly TimestampPrecision _precision;
    private readonly long _logonTimeoutNanos;
    private readonly long _logoutTimeoutNanos;

    private IConnection? _connection;
    private long _now;

    // Session state (QuickFIX/n's SessionState).
    private bool _enabled = true;
    private bool _receivedLogon;
    private bool _sentLogon;
    private bool _sentLogout;
    private bool _receivedReset;
    private bool _sentReset;
    private string _logoutReason = "";
    private int _testRequestCounter;
    private int _heartBtInt;
    private long _heartBtIntNanos;
    private long _lastReceivedNanos;
    private long _lastSentNanos;
    private ResendRange _resendRange;

    /// <summary>
    /// The lowest MsgSeqNum processed from the gap queue since the last ResendRequest: a GapFill that starts at or
    /// after it replaces messages already taken from the queue, and must still move the expected number on.
    /// </summary>
    private int _queueReplayFrom = int.MaxValue;

    public FixSession(FixSessionSettings settings, IFixApplication application, IFixMessageStore store,
        IFixMessageLog? log = null, IFixMessageValidator? validator = null, IEpochClock? clock = null,
        DataFieldPairs? dataFields = null)
    {
        _settings = settings;
        _app = application;
        _store = store;
        _log = log ?? NullFixMessageLog.Instance;
        _validator = validator;
        _clock = clock ?? SystemEpochClock.Instance;
        _dataFields = dataFields ?? validator?.DataFieldPairs ?? DataFieldPairs.Standard;

        var id = settings.Id;
        _beginString = Encoding.ASCII.GetBytes(id.BeginString);
        _senderCompId = Encoding.ASCII.GetBytes(id.SenderCompID);
        _targetCompId = Encoding.ASCII.GetBytes(id.TargetCompID);
        _senderSubId = Encoding.ASCII.GetBytes(id.SenderSubID);
        _senderLocationId = Encoding.ASCII.GetBytes(id.SenderLocationID);
        _targetSubId = Encoding.ASCII.GetBytes(id.TargetSubID);
        _targetLocationId = Encoding.ASCII.GetBytes(id.TargetLocationID);
        _defaultApplVerId = Encoding.ASCII.GetBytes(settings.DefaultApplVerId);
        _isFixt = id.IsFixt;
        _isFix41OrLater = string.CompareOrdinal(id.BeginString, "FIX.4.1") >= 0;
        _isFix42OrLater = string.CompareOrdinal(id.BeginString, "FIX.4.2") >= 0;
        _isFix43OrLater = string.CompareOrdinal(id.BeginString, "FIX.4.3") >= 0;
        _isAfterFix42 = string.CompareOrdinal(id.BeginString, "FIX.4.2") > 0;
        _precision = _isFix42OrLater ? settings.TimestampPrecision : TimestampPrecision.Seconds;
        _logonTimeoutNanos = settings.LogonTimeoutSeconds * NanosPerSecond;
        _logoutTimeoutNanos = settings.LogoutTimeoutSeconds * NanosPerSecond;
        _sendBuffer = new byte[settings.MaxMessageSize];
        SetHeartBtInt(settings.HeartBtInt);
        _resendRange.Reset();

        _now = _clock.NowNanos();
        _lastReceivedNanos = _now;
        _lastSentNanos = _now;
        if (!settings.Schedule.IsSessionTime(_now) || settings.Schedule.IsNewSession(_store.CreationTimeNanos, _now))
        {
            ResetStore("New session");
        }

        _app.OnCreate(this);
        _log.OnEvent("Created session");
    }

    public FixSessionId Id => _settings.Id;

    public FixSessionSettings Settings => _settings;

    public bool IsInitiator => _settings.IsInitiator;

    public bool IsAcceptor => !_settings.IsInitiator;

    public FixSessionCounters Counters => _counters;

    public IFixMessageStore Store => _store;

    /// <summary>True once both Logons have been exchanged, until the connection goes.</summary>
    public bool IsLoggedOn => _receivedLogon && _sentLogon;

    public bool HasConnection => _connection is not null;

    /// <summary>False after <see cref="Logout"/>: the session logs out and an initiator stops reconnecting.</summary>
    public bool IsEnabled => _enabled;

    public int NextSenderMsgSeqNum => _store.NextSenderMsgSeqNum;

    public int NextTargetMsgSeqNum => _store.NextTargetMsgSeqNum;

    /// <summary>The heartbeat interval in force, in seconds (the initiator's, once logged on).</summary>
    public int HeartBtInt => _heartBtInt;

    /// <summary>The time the session last read from its clock (the start of the current duty cycle).</summary>
    public long NowNanos => _now;

    /// <summary>True if the schedule lets the session be up at this time.</summary>
    public bool IsSessionTime(long nowNanos) => _settings.Schedule.IsSessionTime(nowNanos);

    /// <summary>An initiator that is enabled, in session time and not connected wants a connection.</summary>
    public bool WantsConnection(long nowNanos) =>
        _settings.IsInitiator && _enabled && _connection is null && _settings.Schedule.IsSessionTime(nowNanos);

    /// <summary>
    /// Hands the session its connection: an acceptor's, after the host saw a Logon for this session (the Logon is
    /// still unconsumed in <see cref="IConnection.Received"/>), or an initiator's, after connecting.
    /// </summary>
    public void Attach(IConnection connection)
    {
        if (_connection is not null)
        {
            throw new InvalidOperationException($"{Id} already has a connection");
        }

        _now = _clock.NowNanos();
        if (!_settings.Schedule.IsSessionTime(_now))
        {
            ResetStore("Out of SessionTime (Attach)");
        }

        _connection = connection;
        _pendingLength = 0;
        _lastReceivedNanos = _now;
        _lastSentNanos = _now;
        _log.OnEvent("Connected");
    }

    /// <summary>Enables the session again after <see cref="Logout"/> (an initiator reconnects).</summary>
    public void Logon()
    {
        _enabled = true;
        _logoutReason = "";
    }

    /// <summary>Logs out (Logout with the reason as Text) at the next duty cycle and stays down until <see cref="Logon"/>.</summary>
    public void Logout(string reason = "")
    {
        _enabled = false;
        _logoutReason = reason;
    }

    /// <summary>
    /// Starts a new sequence epoch: if logged on, sends a Logout with <paramref name="logoutText"/>; disconnects;
    /// then both sequence numbers go back to 1 and the stored messages are dropped.
    /// </summary>
    public void Reset(string reason, string? logoutText = null)
    {
        if (IsLoggedOn)
        {
            GenerateLogout(logoutText);
        }

        Disconnect("Resetting...");
        ResetStore(reason);
    }

    /// <summary>One duty cycle with the session's own clock.</summary>
    public int DoWork() => DoWork(_clock.NowNanos());

    /// <summary>
    /// One duty cycle: flushes what waits to be sent, reads and handles the frames that arrived, and runs the
    /// timers (logon, heartbeat, test request, logout, schedule). Returns the amount of work done.
    /// </summary>
    public int DoWork(long nowNanos)
    {
        _now = nowNanos;
        var work = 0;
        if (_connection is { } connection)
        {
            work += FlushPending(connection);
            work += ReadFrames(connection);
        }

        work += CheckTimers();
        return work;
    }

    /// <summary>
    /// Closes the connection (what was sent still goes out before the FIN) and clears the connection's state; the
    /// application hears <see cref="IFixApplication.OnLogout"/> if a Logon had been sent or received.
    /// </summary>
    public void Disconnect(string reason)
    {
        if (_connection is { } connection)
        {
            _log.OnEvent("Disconnecting: " + reason);
            FlushPending(connection);
            connection.Dispose();
            _connection = null;
            _pendingLength = 0;
            _counters.Increment(FixSessionCounter.Disconnects);
        }

        if (_receivedLogon || _sentLogon)
        {
            _receivedLogon = false;
            _sentLogon = false;
            _counters.Increment(FixSessionCounter.Logouts);
            _app.OnLogout(this);
        }

        _sentLogout = false;
        _receivedReset = false;
        _sentReset = false;
        _queue.Clear();
        _logoutReason = "";
        if (_settings.ResetOnDisconnect)
        {
            ResetStore("ResetOnDisconnect");
        }

        _resendRange.Reset();
        _queueReplayFrom = int.MaxValue;
    }

    /// <summary>Disconnects and closes the session's store and message log (which it owns).</summary>
    public void Dispose()
    {
        Disconnect("Disposed");
        _store.Dispose();
        _log.Dispose();
    }

    public override string ToString() => Id.ToString();

    private void ResetStore(string reason)
    {
        _store.Reset(_now);
        _log.OnEvent("Session reset: " + reason);
    }

    private void SetHeartBtInt(int seconds)
    {
        _heartBtInt = seconds;
        _heartBtIntNanos = seconds * NanosPerSecond;
    }

    private void IncrementTarget() => _store.IncrNextTargetMsgSeqNum();
}
