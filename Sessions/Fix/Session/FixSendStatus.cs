namespace Gateway.Sessions.Fix.Session;

/// <summary>What <see cref="FixSession.TrySend{TBody}"/> did. Only <see cref="Sent"/> used a sequence number.</summary>
public enum FixSendStatus : byte
{
    /// <summary>Stored under its MsgSeqNum and handed to the connection.</summary>
    Sent = 0,

    /// <summary>No connection, or the Logon exchange is not complete: nothing was sent.</summary>
    NotLoggedOn,

    /// <summary>The connection cannot take more bytes now: nothing was sent; retry after a duty cycle.</summary>
    BackPressured,

    /// <summary>The message did not fit in the send buffer (<see cref="FixSessionSettings.MaxMessageSize"/>).</summary>
    TooLarge,

    /// <summary>The message store refused the message (I/O failure): nothing was sent.</summary>
    StoreFailed,

    /// <summary>
    /// The next MsgSeqNum would be past 2^31 - 1: only a Logout may still use the last number, then the session
    /// ends until an operator resets its sequence numbers.
    /// </summary>
    SequenceNumbersExhausted,
}
