using System.Collections.Concurrent;
using Gateway.Sessions.Agents;

namespace Gateway.Admin.Control;

/// <summary>
/// The console's way onto one of the gateway's threads: any thread queues a closure and awaits its result; the
/// owning thread runs the queued closures between its duty cycles (this agent sits in that thread's composite).
/// Cold path: the owning thread pays one <see cref="ConcurrentQueue{T}.IsEmpty"/> read per duty cycle when nothing
/// is queued. Queued closures are never used on the order path itself (strategies' orders go through the rings).
/// </summary>
public sealed class ThreadCommands(string roleName) : IAgent
{
    private readonly ConcurrentQueue<Command> _queue = new();
    private volatile bool _closed;

    public string RoleName { get; } = roleName;

    /// <summary>Runs <paramref name="action"/> on the owning thread; the task fails if the thread stopped or the action threw.</summary>
    public Task<T> Run<T>(Func<T> action)
    {
        var command = new Command<T>(action);
        if (_closed)
        {
            command.Fail(new ObjectDisposedException(RoleName, $"{RoleName}: the thread has stopped"));
            return command.Task;
        }

        _queue.Enqueue(command);
        if (_closed)
        {
            // Closed while queueing: nobody will run it; fail it (and anything else left) here.
            Close();
        }

        return command.Task;
    }

    public int DoWork()
    {
        if (_queue.IsEmpty)
        {
            return 0;
        }

        var done = 0;
        while (_queue.TryDequeue(out var command))
        {
            command.Execute();
            done++;
        }

        return done;
    }

    /// <summary>The owning thread stopped: what is queued (and anything queued later) fails at once.</summary>
    public void OnClose() => Close();

    public void Close()
    {
        _closed = true;
        while (_queue.TryDequeue(out var command))
        {
            command.Fail(new ObjectDisposedException(RoleName, $"{RoleName}: the thread has stopped"));
        }
    }

    private abstract class Command
    {
        public abstract void Execute();

        public abstract void Fail(Exception error);
    }

    private sealed class Command<T>(Func<T> action) : Command
    {
        // Continuations run on the thread pool, never on the gateway's thread.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _completion.Task;

        public override void Execute()
        {
            try
            {
                _completion.TrySetResult(action());
            }
            catch (Exception e)
            {
                // Cold path: an admin closure's failure is the caller's error, never the gateway thread's.
                _completion.TrySetException(e);
            }
        }

        public override void Fail(Exception error) => _completion.TrySetException(error);
    }
}
