using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// What one FIX session does, with QuickFIX/n's setting names and defaults. Built once from a <c>.cfg</c> section
/// (<see cref="FromSection"/>) or by hand in tests; read-only afterwards.
/// </summary>
public sealed record FixSessionSettings
{
    public required FixSessionId Id { get; init; }

    public bool IsInitiator { get; init; }

    /// <summary>HeartBtInt (108) an initiator asks for, in seconds; an acceptor takes the initiator's.</summary>
    public int HeartBtInt { get; init; } = 30;

    public int LogonTimeoutSeconds { get; init; } = SettingNames.LogonTimeoutDefault;

    public int LogoutTimeoutSeconds { get; init; } = SettingNames.LogoutTimeoutDefault;

    public bool ResetOnLogon { get; init; }

    public bool ResetOnLogout { get; init; }

    public bool ResetOnDisconnect { get; init; }

    public bool RefreshOnLogon { get; init; }

    public bool SendRedundantResendRequests { get; init; }

    public bool ResendSessionLevelRejects { get; init; }

    public bool CheckCompId { get; init; } = true;

    public bool CheckLatency { get; init; } = true;

    public int MaxLatencySeconds { get; init; } = SettingNames.MaxLatencyDefault;

    /// <summary>Precision of SendingTime and OrigSendingTime we write (FIX 4.0/4.1 always whole seconds).</summary>
    public TimestampPrecision TimestampPrecision { get; init; } = TimestampPrecision.Millis;

    public bool EnableLastMsgSeqNumProcessed { get; init; }

    /// <summary>0: one ResendRequest for the whole gap; otherwise the gap is requested in chunks of this size.</summary>
    public int MaxMessagesInResendRequest { get; init; }

    public bool SendLogoutBeforeTimeoutDisconnect { get; init; }

    public bool IgnorePossDupResendRequests { get; init; }

    public bool RequiresOrigSendingTime { get; init; } = true;

    /// <summary>False: sent messages are not stored and every ResendRequest is answered with one gap fill.</summary>
    public bool PersistMessages { get; init; } = true;

    /// <summary>DefaultApplVerID (1137) sent in a FIXT.1.1 Logon, e.g. "9" for FIX.5.0SP2.</summary>
    public string DefaultApplVerId { get; init; } = "";

    /// <summary>Username (553) an initiator sends in its Logon. Never logged.</summary>
    public string Username { get; init; } = "";

    /// <summary>Password (554) an initiator sends in its Logon. Never logged.</summary>
    public string Password { get; init; } = "";

    public SessionSchedule Schedule { get; init; } = SessionSchedule.NonStop;

    /// <summary>Initiator: where to connect and how long to wait between attempts.</summary>
    public string SocketConnectHost { get; init; } = "127.0.0.1";

    public int SocketConnectPort { get; init; }

    public int ReconnectIntervalSeconds { get; init; } = SettingNames.ReconnectIntervalDefault;

    /// <summary>Largest message the session writes (the send buffer's size).</summary>
    public int MaxMessageSize { get; init; } = 64 * 1024;

    /// <summary>Reads a session's settings from its <c>.cfg</c> section (defaults as QuickFIX/n's).</summary>
    public static FixSessionSettings FromSection(SettingsSection s)
    {
        var id = s.SessionId ?? throw new ArgumentException("not a [SESSION] section", nameof(s));
        var connectionType = s.GetString(SettingNames.ConnectionType, "acceptor");
        var isInitiator = connectionType.Equals("initiator", StringComparison.OrdinalIgnoreCase);
        return new FixSessionSettings
        {
            Id = id,
            IsInitiator = isInitiator,
            HeartBtInt = isInitiator ? s.GetInt(SettingNames.HeartBtInt) : s.GetInt(SettingNames.HeartBtInt, 30),
            LogonTimeoutSeconds = s.GetInt(SettingNames.LogonTimeout, SettingNames.LogonTimeoutDefault),
            LogoutTimeoutSeconds = s.GetInt(SettingNames.LogoutTimeout, SettingNames.LogoutTimeoutDefault),
            ResetOnLogon = s.GetBool(SettingNames.ResetOnLogon, SettingNames.ResetOnLogonDefault),
            ResetOnLogout = s.GetBool(SettingNames.ResetOnLogout, SettingNames.ResetOnLogoutDefault),
            ResetOnDisconnect = s.GetBool(SettingNames.ResetOnDisconnect, SettingNames.ResetOnDisconnectDefault),
            RefreshOnLogon = s.GetBool(SettingNames.RefreshOnLogon, SettingNames.RefreshOnLogonDefault),
            SendRedundantResendRequests = s.GetBool(
                SettingNames.SendRedundantResendRequests, SettingNames.SendRedundantResendRequestsDefault),
            ResendSessionLevelRejects = s.GetBool(
                SettingNames.ResendSessionLevelRejects, SettingNames.ResendSessionLevelRejectsDefault),
            CheckCompId = s.GetBool(SettingNames.CheckCompID, SettingNames.CheckCompIDDefault),
            CheckLatency = s.GetBool(SettingNames.CheckLatency, SettingNames.CheckLatencyDefault),
            MaxLatencySeconds = s.GetInt(SettingNames.MaxLatency, SettingNames.MaxLatencyDefault),
            TimestampPrecision = s.GetTimestampPrecision(),
            EnableLastMsgSeqNumProcessed = s.GetBool(
                SettingNames.EnableLastMsgSeqNumProcessed, SettingNames.EnableLastMsgSeqNumProcessedDefault),
            MaxMessagesInResendRequest = s.GetInt(
                SettingNames.MaxMessagesInResendRequest, SettingNames.MaxMessagesInResendRequestDefault),
            SendLogoutBeforeTimeoutDisconnect = s.GetBool(
                SettingNames.SendLogoutBeforeDisconnectFromTimeout, SettingNames.SendLogoutBeforeDisconnectFromTimeoutDefault),
            IgnorePossDupResendRequests = s.GetBool(
                SettingNames.IgnorePossDupResendRequests, SettingNames.IgnorePossDupResendRequestsDefault),
            RequiresOrigSendingTime = s.GetBool(
                SettingNames.RequiresOrigSendingTime, SettingNames.RequiresOrigSendingTimeDefault),
            PersistMessages = s.GetBool(SettingNames.PersistMessages, SettingNames.PersistMessagesDefault),
            DefaultApplVerId = ApplVerIds.ToWire(s.GetString(SettingNames.DefaultApplVerID, "")),
            Username = s.GetString(SettingNames.Username, ""),
            Password = s.GetString(SettingNames.Password, ""),
            Schedule = SessionSchedule.FromSection(s),
            SocketConnectHost = s.GetString(SettingNames.SocketConnectHost, "127.0.0.1"),
            SocketConnectPort = isInitiator ? s.GetInt(SettingNames.SocketConnectPort) : 0,
            ReconnectIntervalSeconds = s.GetInt(SettingNames.ReconnectInterval, SettingNames.ReconnectIntervalDefault),
        };
    }
}
