namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A session's log of the raw messages it received and sent, and of its events (logon, logout, rejects, errors).
/// All three methods are called on the session's thread. <see cref="OnIncoming"/> and <see cref="OnOutgoing"/> are
/// on the hot path: an implementation copies the bytes and returns, without allocating, locking or waiting.
/// Passwords (554, 925) must never reach a log's output.
/// </summary>
public interface IFixMessageLog : IDisposable
{
    void OnIncoming(ReadOnlySpan<byte> frame);

    void OnOutgoing(ReadOnlySpan<byte> frame);

    /// <summary>Cold: a human-readable line about the session.</summary>
    void OnEvent(string text);
}

/// <summary>Logs nothing.</summary>
public sealed class NullFixMessageLog : IFixMessageLog
{
    public static readonly NullFixMessageLog Instance = new();

    public void OnIncoming(ReadOnlySpan<byte> frame) { }

    public void OnOutgoing(ReadOnlySpan<byte> frame) { }

    public void OnEvent(string text) { }

    public void Dispose() { }
}
