namespace Gateway.Simulators.Ouch;

/// <summary>
/// What the simulated OUCH venue did, written by the engine thread only and readable from any thread.
/// <see cref="Executions"/> counts Executed messages (a trade between two client orders counts twice).
/// </summary>
public sealed class OuchSimulatorCounters
{
    private long _orders;
    private long _accepted;
    private long _rejects;
    private long _executions;
    private long _cancels;
    private long _replaces;
    private long _replaceRejects;
    private long _cancelRejects;
    private long _duplicates;
    private long _ignored;
    private long _malformed;
    private long _unsupported;
    private long _logins;
    private long _drops;
    private long _gaps;
    private long _endOfSessions;

    /// <summary>Enter Order messages received (duplicates included).</summary>
    public long Orders => Volatile.Read(ref _orders);

    public long Accepted => Volatile.Read(ref _accepted);

    /// <summary>Enter Orders answered with Rejected (bad fields, the reject ratio).</summary>
    public long Rejects => Volatile.Read(ref _rejects);

    public long Executions => Volatile.Read(ref _executions);

    /// <summary>Canceled messages: on request (in full or in part), IOC remainders.</summary>
    public long Cancels => Volatile.Read(ref _cancels);

    public long Replaces => Volatile.Read(ref _replaces);

    /// <summary>Replace Orders answered with Rejected on the replacement token / UserRefNum.</summary>
    public long ReplaceRejects => Volatile.Read(ref _replaceRejects);

    /// <summary>OUCH 5.0 Cancel Reject messages sent.</summary>
    public long CancelRejects => Volatile.Read(ref _cancelRejects);

    /// <summary>
    /// Enter / Replace Orders ignored because their token (4.2) was used before today, or their UserRefNum (5.0) was not
    /// above the last one: retransmissions, never entered twice.
    /// </summary>
    public long Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Requests the spec ignores silently: a 4.2 cancel of an order that is not live, a cancel that reduces nothing.</summary>
    public long Ignored => Volatile.Read(ref _ignored);

    /// <summary>Messages too short for their type: ignored.</summary>
    public long Malformed => Volatile.Read(ref _malformed);

    /// <summary>Message types the dialect does not take: ignored.</summary>
    public long Unsupported => Volatile.Read(ref _unsupported);

    public long Logins => Volatile.Read(ref _logins);

    /// <summary>Connections the simulator dropped (after N messages or on demand).</summary>
    public long Drops => Volatile.Read(ref _drops);

    /// <summary>Logins answered past the requested sequence number (the login-gap fault).</summary>
    public long Gaps => Volatile.Read(ref _gaps);

    public long EndOfSessions => Volatile.Read(ref _endOfSessions);

    internal void Order() => Bump(ref _orders);

    internal void Accept() => Bump(ref _accepted);

    internal void Reject() => Bump(ref _rejects);

    internal void Execution() => Bump(ref _executions);

    internal void Cancel() => Bump(ref _cancels);

    internal void Replace() => Bump(ref _replaces);

    internal void ReplaceReject() => Bump(ref _replaceRejects);

    internal void CancelReject() => Bump(ref _cancelRejects);

    internal void Duplicate() => Bump(ref _duplicates);

    internal void Ignore() => Bump(ref _ignored);

    internal void Malform() => Bump(ref _malformed);

    internal void Unsupport() => Bump(ref _unsupported);

    internal void Login() => Bump(ref _logins);

    internal void Drop() => Bump(ref _drops);

    internal void Gap() => Bump(ref _gaps);

    internal void EndOfSession() => Bump(ref _endOfSessions);

    public override string ToString() =>
        $"orders={Orders} accepted={Accepted} rejects={Rejects} executions={Executions} cancels={Cancels} " +
        $"replaces={Replaces} replaceRejects={ReplaceRejects} cancelRejects={CancelRejects} duplicates={Duplicates} " +
        $"ignored={Ignored} malformed={Malformed} unsupported={Unsupported} logins={Logins} drops={Drops} gaps={Gaps} " +
        $"endOfSessions={EndOfSessions}";

    // One writer (the engine thread): a plain add published with a volatile write, no interlocked instruction.
    private static void Bump(ref long counter) => Volatile.Write(ref counter, counter + 1);
}
