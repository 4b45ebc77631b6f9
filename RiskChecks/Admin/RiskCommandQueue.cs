using System.Collections.Concurrent;

namespace Gateway.RiskChecks.Admin;

/// <summary>
/// Commands from any admin thread to the one risk thread. The risk thread looks at one counter per order
/// (<see cref="HasPending"/>) and drains the queue between orders, so each order sees one consistent set of limits.
/// </summary>
/// <remarks>
/// Why a queue of commands and not a snapshot of limits swapped in with Volatile.Write: the admin's changes are
/// events as much as state. "Kill switch on, then off", "reset daily usage" or "set the start-of-day position"
/// must each happen once and in order; a snapshot would need generation counters to express them, and two admins
/// changing different limits at once would overwrite each other's snapshot. A command also carries only what
/// changed, so the risk thread keeps its usage, throttle history and id sets. The queue is unbounded and
/// multi-producer (admin requests arrive on any thread) and never allocates on the consuming side.
/// </remarks>
internal sealed class RiskCommandQueue
{
    private readonly ConcurrentQueue<RiskCommand> _queue = new();
    private long _enqueued;
    private long _applied;

    /// <summary>Any thread. Returns the command's number; it is applied when <see cref="Applied"/> reaches it.</summary>
    public long Enqueue(in RiskCommand command)
    {
        lock (_queue)
        {
            // Numbering and enqueueing together, so numbers follow queue order.
            _queue.Enqueue(command);
            return ++_enqueued;
        }
    }

    /// <summary>Risk thread: anything to apply?</summary>
    public bool HasPending => Volatile.Read(ref _enqueued) != _applied;

    /// <summary>Commands applied so far (any thread).</summary>
    public long Applied => Volatile.Read(ref _applied);

    /// <summary>Risk thread: the next command, if any.</summary>
    public bool TryDequeue(out RiskCommand command) => _queue.TryDequeue(out command);

    /// <summary>Risk thread: one more command applied.</summary>
    public void MarkApplied() => Volatile.Write(ref _applied, _applied + 1);
}
