namespace Gateway.Sessions.Transport;

/// <summary>
/// What <see cref="IConnection.TrySend"/> returns besides the count of bytes accepted. A send is all or nothing:
/// either every byte is accepted (sent, or queued in the connection's backlog) or none is.
/// </summary>
public static class SendStatus
{
    /// <summary>
    /// The backlog of bytes the kernel has not taken yet is at its limit: nothing was accepted. Retry after
    /// <see cref="IConnection.Poll"/> or <see cref="IConnection.Flush"/> has drained it.
    /// </summary>
    public const int BackPressured = -1;

    /// <summary>The connection is not open (TLS handshake in progress, closed, or failed): nothing was accepted.</summary>
    public const int NotConnected = -2;

    public static string Describe(int status) => status switch
    {
        >= 0 => "Ok",
        BackPressured => nameof(BackPressured),
        NotConnected => nameof(NotConnected),
        _ => "Unknown",
    };
}
