namespace Gateway.Simulators.Fix;

/// <summary>
/// What the simulated venue did, written by the engine thread only and readable from any thread.
/// <see cref="Fills"/> counts ExecutionReports of trades (a trade between two client orders counts twice).
/// </summary>
public sealed class VenueCounters
{
    private long _orders;
    private long _accepted;
    private long _fills;
    private long _rejects;
    private long _cancels;
    private long _replaces;
    private long _cancelRejects;
    private long _unsupported;
    private long _sendFailures;
    private long _heldBack;
    private long _drops;
    private long _gaps;

    /// <summary>NewOrderSingles received.</summary>
    public long Orders => Volatile.Read(ref _orders);

    /// <summary>Orders accepted into a book (ExecType New).</summary>
    public long Accepted => Volatile.Read(ref _accepted);

    public long Fills => Volatile.Read(ref _fills);

    /// <summary>Orders rejected (ExecType 8): bad fields, unknown symbol, the reject ratio.</summary>
    public long Rejects => Volatile.Read(ref _rejects);

    /// <summary>Orders canceled: on request, IOC/market remainders, unfilled FOK.</summary>
    public long Cancels => Volatile.Read(ref _cancels);

    public long Replaces => Volatile.Read(ref _replaces);

    /// <summary>OrderCancelRejects sent (cancel and replace requests refused).</summary>
    public long CancelRejects => Volatile.Read(ref _cancelRejects);

    /// <summary>Application messages answered with a BusinessMessageReject (unsupported type, missing field).</summary>
    public long Unsupported => Volatile.Read(ref _unsupported);

    /// <summary>Reports the session would not send (the client was not logged on, store failure): dropped.</summary>
    public long SendFailures => Volatile.Read(ref _sendFailures);

    /// <summary>Sends the session refused as back-pressured (the gateway reads slower than the venue writes): the report waits and is sent again.</summary>
    public long HeldBack => Volatile.Read(ref _heldBack);

    /// <summary>Connections the simulator dropped (after N messages or on demand).</summary>
    public long Drops => Volatile.Read(ref _drops);

    /// <summary>Sequence gaps the simulator made (each one skips some outgoing MsgSeqNums).</summary>
    public long Gaps => Volatile.Read(ref _gaps);

    internal void Order() => Bump(ref _orders);

    internal void Accept() => Bump(ref _accepted);

    internal void Fill() => Bump(ref _fills);

    internal void Reject() => Bump(ref _rejects);

    internal void Cancel() => Bump(ref _cancels);

    internal void Replace() => Bump(ref _replaces);

    internal void CancelReject() => Bump(ref _cancelRejects);

    internal void Unsupport() => Bump(ref _unsupported);

    internal void SendFailure() => Bump(ref _sendFailures);

    internal void HoldBack() => Bump(ref _heldBack);

    internal void Drop() => Bump(ref _drops);

    internal void Gap() => Bump(ref _gaps);

    public override string ToString() =>
        $"orders={Orders} accepted={Accepted} fills={Fills} rejects={Rejects} cancels={Cancels} replaces={Replaces} " +
        $"cancelRejects={CancelRejects} unsupported={Unsupported} sendFailures={SendFailures} heldBack={HeldBack} drops={Drops} gaps={Gaps}";

    // One writer (the engine thread): a plain add published with a volatile write, no interlocked instruction.
    private static void Bump(ref long counter) => Volatile.Write(ref counter, counter + 1);
}
