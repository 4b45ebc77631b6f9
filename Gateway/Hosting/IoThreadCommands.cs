using System.Collections.Concurrent;
using Gateway.Sessions.Agents;

namespace Gateway.Hosting;

/// <summary>
/// Cold-path actions on the I/O thread, which owns the venue sessions (a FIX session's Logout, Reset or sequence
/// numbers may only be touched there): any thread queues an action; the I/O thread runs it between duty cycles and
/// completes the task. The I/O thread pays an empty-queue check per duty cycle.
/// </summary>
public sealed class IoThreadCommands : IAgent
{
    private readonly ConcurrentQueue<(Action Action, TaskCompletionSource Done)> _queue = new();

    public string RoleName => "io-commands";

    /// <summary>Runs <paramref name="action"/> on the I/O thread; the task fails with the action's exception, if any.</summary>
    public Task Run(Action action)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Enqueue((action, done));
        return done.Task;
    }

    public int DoWork()
    {
        var work = 0;
        while (work < 16 && _queue.TryDequeue(out var command))
        {
            try
            {
                command.Action();
                command.Done.SetResult();
            }
            catch (Exception e)
            {
                command.Done.SetException(e);
            }

            work++;
        }

        return work;
    }
}
