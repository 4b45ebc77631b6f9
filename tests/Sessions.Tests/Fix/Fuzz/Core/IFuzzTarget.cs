namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// The acceptor session under fuzzing, seen from the counterparty's side: bytes in, bytes out, the session's
/// sequence numbers and connection, and what its application was handed. Everything runs on the caller's thread.
/// </summary>
internal interface IFuzzTarget : IDisposable
{
    long NowNanos { get; }

    void AdvanceClock(TimeSpan span);

    /// <summary>One write from the counterparty (the session reads it in one read where the transport allows).</summary>
    void Write(byte[] bytes);

    /// <summary>Lets the session work until it has nothing left to do.</summary>
    void Run();

    /// <summary>The bytes the session sent since the last call, as Latin-1 text.</summary>
    string TakeReceived();

    bool SessionConnected { get; }

    /// <summary>The counterparty closes its end.</summary>
    void ClosePeer();

    /// <summary>A new connection from the counterparty (nothing sent on it yet), unless one is open.</summary>
    void Reconnect();

    int NextTargetMsgSeqNum { get; }

    int NextSenderMsgSeqNum { get; }

    /// <summary>Frames handed to FromApp so far (SOH as '|').</summary>
    IReadOnlyList<string> App { get; }

    /// <summary>Frames handed to FromAdmin so far (SOH as '|').</summary>
    IReadOnlyList<string> Admin { get; }
}
