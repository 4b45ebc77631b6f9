using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Config;

/// <summary>
/// The keys of a QuickFIX settings file, spelled as QuickFIX/n spells them (lookups ignore case), each with its
/// default beside it when QuickFIX/n has one (<c>…Default</c>); a key without a default is required where it applies.
/// Our own extensions are at the end.
/// </summary>
public static class SettingNames
{
    // ---- Session identity -------------------------------------------------------------------------------------
    /// <summary>FIX.4.0 … FIX.4.4 or FIXT.1.1.</summary>
    public const string BeginString = "BeginString";
    public const string SenderCompID = "SenderCompID";
    public const string SenderSubID = "SenderSubID";
    public const string SenderLocationID = "SenderLocationID";
    public const string TargetCompID = "TargetCompID";
    public const string TargetSubID = "TargetSubID";
    public const string TargetLocationID = "TargetLocationID";
    public const string SessionQualifier = "SessionQualifier";

    /// <summary>FIXT.1.1 only: FIX.5.0SP2 … FIX.4.0 or an ApplVerID (1128) value.</summary>
    public const string DefaultApplVerID = "DefaultApplVerID";

    /// <summary><c>initiator</c> or <c>acceptor</c>.</summary>
    public const string ConnectionType = "ConnectionType";

    // ---- Schedule ---------------------------------------------------------------------------------------------
    /// <summary>HH:mm:ss in <see cref="TimeZone"/> (UTC if none). Required unless <see cref="NonStopSession"/>.</summary>
    public const string StartTime = "StartTime";
    public const string EndTime = "EndTime";

    /// <summary>Weekly sessions: an English day name or any prefix of it of two letters or more (mo, mon, monday).</summary>
    public const string StartDay = "StartDay";
    public const string EndDay = "EndDay";

    /// <summary>Y: the session never ends, StartTime/EndTime are ignored.</summary>
    public const string NonStopSession = "NonStopSession";
    public const bool NonStopSessionDefault = false;

    /// <summary>Y: StartTime/EndTime are in the machine's local time zone. Not with <see cref="TimeZone"/>.</summary>
    public const string UseLocalTime = "UseLocalTime";
    public const bool UseLocalTimeDefault = false;

    /// <summary>Time zone id of StartTime/EndTime (IANA, e.g. America/New_York). Default: UTC.</summary>
    public const string TimeZone = "TimeZone";

    // ---- Session behaviour ------------------------------------------------------------------------------------
    /// <summary>Heartbeat interval in seconds that an initiator asks for in its Logon.</summary>
    public const string HeartBtInt = "HeartBtInt";

    public const string ResetOnLogon = "ResetOnLogon";
    public const bool ResetOnLogonDefault = false;
    public const string ResetOnLogout = "ResetOnLogout";
    public const bool ResetOnLogoutDefault = false;
    public const string ResetOnDisconnect = "ResetOnDisconnect";
    public const bool ResetOnDisconnectDefault = false;

    /// <summary>Y: reload the store at logon (hot fail-over).</summary>
    public const string RefreshOnLogon = "RefreshOnLogon";
    public const bool RefreshOnLogonDefault = false;

    /// <summary>Seconds to wait for the Logon answer.</summary>
    public const string LogonTimeout = "LogonTimeout";
    public const int LogonTimeoutDefault = 10;

    /// <summary>Seconds to wait for the Logout answer.</summary>
    public const string LogoutTimeout = "LogoutTimeout";
    public const int LogoutTimeoutDefault = 2;

    public const string SendRedundantResendRequests = "SendRedundantResendRequests";
    public const bool SendRedundantResendRequestsDefault = false;

    /// <summary>Y: resend session-level Rejects (35=3) on a ResendRequest instead of gap-filling them.</summary>
    public const string ResendSessionLevelRejects = "ResendSessionLevelRejects";
    public const bool ResendSessionLevelRejectsDefault = false;

    public const string MillisecondsInTimeStamp = "MillisecondsInTimeStamp";
    public const bool MillisecondsInTimeStampDefault = true;

    /// <summary>Second, Millisecond, Microsecond or Nanosecond (or 0, 3, 6, 9 digits).</summary>
    public const string TimeStampPrecision = "TimeStampPrecision";
    public const TimestampPrecision TimeStampPrecisionDefault = TimestampPrecision.Millis;

    /// <summary>Y: put LastMsgSeqNumProcessed (369) in every header.</summary>
    public const string EnableLastMsgSeqNumProcessed = "EnableLastMsgSeqNumProcessed";
    public const bool EnableLastMsgSeqNumProcessedDefault = false;

    /// <summary>Most messages asked for in one ResendRequest; 0 means no limit.</summary>
    public const string MaxMessagesInResendRequest = "MaxMessagesInResendRequest";
    public const int MaxMessagesInResendRequestDefault = 0;

    public const string SendLogoutBeforeDisconnectFromTimeout = "SendLogoutBeforeDisconnectFromTimeout";
    public const bool SendLogoutBeforeDisconnectFromTimeoutDefault = false;

    /// <summary>Y: ignore a ResendRequest that has PossDupFlag (43) Y.</summary>
    public const string IgnorePossDupResendRequests = "IgnorePossDupResendRequests";
    public const bool IgnorePossDupResendRequestsDefault = false;

    /// <summary>N: accept PossDup messages and SequenceResets without OrigSendingTime (122).</summary>
    public const string RequiresOrigSendingTime = "RequiresOrigSendingTime";
    public const bool RequiresOrigSendingTimeDefault = true;

    // ---- Validation -------------------------------------------------------------------------------------------
    public const string UseDataDictionary = "UseDataDictionary";
    public const bool UseDataDictionaryDefault = true;

    /// <summary>FIX 4.x dictionary file.</summary>
    public const string DataDictionary = "DataDictionary";

    /// <summary>FIXT.1.1: the transport (session messages) dictionary file.</summary>
    public const string TransportDataDictionary = "TransportDataDictionary";

    /// <summary>FIXT.1.1: the application dictionary; <c>AppDataDictionary.FIX.4.4=…</c> adds one per version.</summary>
    public const string AppDataDictionary = "AppDataDictionary";

    public const string ValidateFieldsOutOfOrder = "ValidateFieldsOutOfOrder";
    public const bool ValidateFieldsOutOfOrderDefault = true;
    public const string ValidateFieldsHaveValues = "ValidateFieldsHaveValues";
    public const bool ValidateFieldsHaveValuesDefault = true;
    public const string ValidateUserDefinedFields = "ValidateUserDefinedFields";
    public const bool ValidateUserDefinedFieldsDefault = true;

    /// <summary>Y: fields below 5000 unknown to the dictionary (outside groups) are accepted.</summary>
    public const string AllowUnknownMsgFields = "AllowUnknownMsgFields";
    public const bool AllowUnknownMsgFieldsDefault = false;

    public const string ValidateLengthAndChecksum = "ValidateLengthAndChecksum";
    public const bool ValidateLengthAndChecksumDefault = true;

    /// <summary>Y: reject messages whose CompIDs do not match the session's.</summary>
    public const string CheckCompID = "CheckCompID";
    public const bool CheckCompIDDefault = true;

    /// <summary>Y: reject messages whose SendingTime is more than <see cref="MaxLatency"/> from now.</summary>
    public const string CheckLatency = "CheckLatency";
    public const bool CheckLatencyDefault = true;

    /// <summary>Seconds.</summary>
    public const string MaxLatency = "MaxLatency";
    public const int MaxLatencyDefault = 120;

    // ---- Initiator --------------------------------------------------------------------------------------------
    public const string SocketConnectHost = "SocketConnectHost";

    /// <summary>Fail-over alternatives are <c>SocketConnectHost1</c>/<c>SocketConnectPort1</c>, 2, … consecutive.</summary>
    public const string SocketConnectPort = "SocketConnectPort";

    /// <summary>Seconds between reconnection attempts.</summary>
    public const string ReconnectInterval = "ReconnectInterval";
    public const int ReconnectIntervalDefault = 30;

    // ---- Acceptor ---------------------------------------------------------------------------------------------
    public const string SocketAcceptHost = "SocketAcceptHost";
    public const string SocketAcceptHostDefault = "0.0.0.0";
    public const string SocketAcceptPort = "SocketAcceptPort";

    /// <summary>QuickFIX C++: SO_REUSEADDR on the listening socket.</summary>
    public const string SocketReuseAddress = "SocketReuseAddress";
    public const bool SocketReuseAddressDefault = true;

    // ---- Sockets ----------------------------------------------------------------------------------------------
    public const string SocketNodelay = "SocketNodelay";
    public const bool SocketNodelayDefault = true;
    public const string SocketSendBufferSize = "SocketSendBufferSize";
    public const int SocketSendBufferSizeDefault = 8192;
    public const string SocketReceiveBufferSize = "SocketReceiveBufferSize";
    public const int SocketReceiveBufferSizeDefault = 8192;
    public const string SocketSendTimeout = "SocketSendTimeout";
    public const int SocketSendTimeoutDefault = 0;
    public const string SocketReceiveTimeout = "SocketReceiveTimeout";
    public const int SocketReceiveTimeoutDefault = 0;

    // ---- Storage and logs -------------------------------------------------------------------------------------
    /// <summary>N: keep no sent messages; ResendRequests are answered with gap fills.</summary>
    public const string PersistMessages = "PersistMessages";
    public const bool PersistMessagesDefault = true;

    /// <summary>Directory of the message store's files.</summary>
    public const string FileStorePath = "FileStorePath";

    /// <summary>Directory of the message and event logs.</summary>
    public const string FileLogPath = "FileLogPath";
    public const string DebugFileLogPath = "DebugFileLogPath";

    /// <summary>QuickFIX C++ (acceptance settings): print to the screen. Read and ignored.</summary>
    public const string Verbose = "Verbose";

    // ---- TLS --------------------------------------------------------------------------------------------------
    /// <summary>Default: Y if <see cref="SSLCertificate"/> is given, else N.</summary>
    public const string SSLEnable = "SSLEnable";

    /// <summary>Default: the SocketConnectHost.</summary>
    public const string SSLServerName = "SSLServerName";

    /// <summary>SslProtocols names; default: the OS default.</summary>
    public const string SSLProtocols = "SSLProtocols";
    public const string SSLValidateCertificates = "SSLValidateCertificates";
    public const bool SSLValidateCertificatesDefault = true;
    public const string SSLCheckCertificateRevocation = "SSLCheckCertificateRevocation";
    public const bool SSLCheckCertificateRevocationDefault = true;

    /// <summary>A .pfx file (with its private key) or a certificate's subject name.</summary>
    public const string SSLCertificate = "SSLCertificate";
    public const string SSLCertificatePassword = "SSLCertificatePassword";
    public const string SSLRequireClientCertificate = "SSLRequireClientCertificate";
    public const bool SSLRequireClientCertificateDefault = true;
    public const string SSLCACertificate = "SSLCACertificate";

    // ---- Our extensions ---------------------------------------------------------------------------------------
    /// <summary>Sent in the Logon as Username (553).</summary>
    public const string Username = "Username";

    /// <summary>Sent in the Logon as Password (554); never written to a log.</summary>
    public const string Password = "Password";

    /// <summary>When the file store forces its writes to the disk: Never (the OS decides), EveryMessage, IntervalMillis.</summary>
    public const string FsyncPolicy = "FsyncPolicy";
    public const string FsyncPolicyDefault = "Never";

    /// <summary>With FsyncPolicy=IntervalMillis: milliseconds between background flushes.</summary>
    public const string FsyncIntervalMillis = "FsyncIntervalMillis";
    public const int FsyncIntervalMillisDefault = 100;

    /// <summary>What the session thread does when idle: BusySpin, Yield, Backoff or Sleep.</summary>
    public const string IdleStrategy = "IdleStrategy";
    public const string IdleStrategyDefault = "Backoff";

    /// <summary>The CPU the session thread is pinned to; absent or -1: not pinned.</summary>
    public const string Cpu = "Cpu";
    public const int CpuDefault = -1;

    /// <summary>Bytes of the ring between a session thread and its file log's writer thread.</summary>
    public const string MessageLogRingBytes = "MessageLogRingBytes";
    public const int MessageLogRingBytesDefault = 4 * 1024 * 1024;
}
