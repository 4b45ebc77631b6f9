using System.Collections.Concurrent;
using Gateway.RiskChecks.Admin;

namespace Gateway.Pipeline;

public enum PipelineCommandKind : byte
{
    KillSwitch = 1,
    MassCancel = 2,
}

/// <summary>A console action for the order thread.</summary>
public readonly record struct PipelineCommand(
    PipelineCommandKind Kind, KillSwitchLevel Level, int Id, bool On, int StrategyId = -1, int AccountId = -1,
    int InstrumentId = -1, int VenueId = -1);

/// <summary>
/// The console's way to the order thread (kill switch, mass cancel): any thread enqueues; the order thread applies
/// the commands between orders. Cold path: a concurrent queue is fine here; the order thread only pays for an empty
/// check per duty cycle.
/// </summary>
public sealed class PipelineAdmin
{
    private readonly ConcurrentQueue<PipelineCommand> _queue = new();
    private long _submitted;
    private long _applied;
    private string? _lastError;

    public bool IsEmpty => _queue.IsEmpty;

    public long Applied => Volatile.Read(ref _applied);

    /// <summary>Turns a kill switch on (blocks new orders and cancels the open ones in its scope) or off.</summary>
    public long KillSwitch(KillSwitchLevel level, int id, bool on) => Submit(new PipelineCommand(PipelineCommandKind.KillSwitch, level, id, on));

    /// <summary>Cancels the open orders that match (−1: any).</summary>
    public long MassCancel(int strategyId = -1, int accountId = -1, int instrumentId = -1, int venueId = -1) =>
        Submit(new PipelineCommand(PipelineCommandKind.MassCancel, KillSwitchLevel.Global, -1, false, strategyId, accountId, instrumentId, venueId));

    /// <summary>Waits until the order thread has applied command <paramref name="number"/>.</summary>
    public void WaitUntilApplied(long number, CancellationToken cancellationToken)
    {
        var spinner = default(SpinWait);
        while (Applied < number)
        {
            cancellationToken.ThrowIfCancellationRequested();
            spinner.SpinOnce();
        }
    }

    internal bool TryTake(out PipelineCommand command) => _queue.TryDequeue(out command);

    /// <summary>The last command the order thread refused, and why (null: none).</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    internal void MarkApplied() => Interlocked.Increment(ref _applied);

    internal void MarkFailed(in PipelineCommand command, string reason) =>
        Volatile.Write(ref _lastError, $"{command.Kind} {command.Level} {command.Id} refused: {reason}");

    private long Submit(PipelineCommand command)
    {
        var number = Interlocked.Increment(ref _submitted);
        _queue.Enqueue(command);
        return number;
    }
}
