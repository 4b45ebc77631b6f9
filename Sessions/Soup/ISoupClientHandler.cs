namespace Gateway.Sessions.Soup;

/// <summary>What a <see cref="SoupClientSession"/> tells its application, on the session's thread.</summary>
public interface ISoupClientHandler
{
    /// <summary>Logged in: <paramref name="nextSequence"/> is the number of the next sequenced message.</summary>
    void OnLoginAccepted(ReadOnlySpan<byte> session, long nextSequence);

    /// <summary>The server refused the login; the session does not reconnect until <see cref="SoupClientSession.Enable"/>.</summary>
    void OnLoginRejected(SoupLoginRejectReason reason);

    /// <summary>One sequenced message; valid during the call only.</summary>
    void OnSequencedData(long sequence, ReadOnlySpan<byte> message);

    /// <summary>The server ended the session (no more messages today); the session does not reconnect.</summary>
    void OnEndOfSession();

    /// <summary>The connection went down (after a login or not).</summary>
    void OnDisconnected();
}

/// <summary>What a <see cref="SoupServerSession"/> tells its application, on the session's thread.</summary>
public interface ISoupServerHandler
{
    void OnLogin(long nextSequence);

    /// <summary>One unsequenced message from the client; valid during the call only.</summary>
    void OnUnsequencedData(ReadOnlySpan<byte> message);

    void OnLogout();

    void OnDisconnected();
}

public enum SoupSendResult : byte
{
    Sent = 1,

    /// <summary>The connection's backlog is full: try again on a later duty cycle.</summary>
    BackPressured = 2,

    /// <summary>Not logged in: nothing was sent.</summary>
    NotConnected = 3,

    /// <summary>The message is larger than the session's maximum packet: nothing was sent.</summary>
    TooLarge = 4,
}

public enum SoupClientState : byte
{
    /// <summary>No connection; one is made (with back-off) when the session has a connector.</summary>
    Disconnected,

    /// <summary>Connected, Login Request sent, waiting for the answer.</summary>
    LoginSent,

    LoggedIn,

    /// <summary>The server refused the login: stopped until <see cref="SoupClientSession.Enable"/>, so no retry storm.</summary>
    Rejected,

    /// <summary>The server sent End of Session: stopped until <see cref="SoupClientSession.Enable"/>.</summary>
    EndOfSession,

    /// <summary>This side logged out: stopped until <see cref="SoupClientSession.Enable"/>.</summary>
    LoggedOut,
}

public enum SoupServerState : byte
{
    /// <summary>No connection attached.</summary>
    Idle,

    AwaitingLogin,
    LoggedIn,
}
