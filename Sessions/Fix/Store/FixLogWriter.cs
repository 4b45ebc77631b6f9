using Gateway.Sessions.Agents;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// The background agent that drains the rings of any number of <see cref="FileFixMessageLog"/>s into their files, on
/// a thread of its own (or stepped by hand in tests with <see cref="DoWork"/>).
/// </summary>
public sealed class FixLogWriter : IAgent, IDisposable
{
    private readonly Lock _registration = new();
    private readonly AgentRunner? _runner;
    private FileFixMessageLog[] _logs = [];
    private bool _disposed;
    private long _errors;

    /// <param name="start">False: nothing runs until someone calls <see cref="DoWork"/>.</param>
    public FixLogWriter(bool start = true)
    {
        if (start)
        {
            var idle = new BackoffIdleStrategy(maxParkMicros: 1000, busyMicros: 0); // a background writer: no latency to keep
            _runner = new AgentRunner(this, idle, onError: _ => Interlocked.Increment(ref _errors)).Start();
        }
    }

    public string RoleName => "fix-log-writer";

    /// <summary>Exceptions (bugs) the writer thread caught and survived.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Drains every registered log once; returns the records written.</summary>
    public int DoWork()
    {
        var work = 0;
        foreach (var log in Volatile.Read(ref _logs))
        {
            work += log.Drain();
        }

        return work;
    }

    /// <summary>Stops the thread and writes what the rings still hold.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _runner?.Dispose();
        DoWork();
    }

    internal void Add(FileFixMessageLog log)
    {
        lock (_registration)
        {
            _logs = [.. _logs, log];
        }
    }

    internal void Remove(FileFixMessageLog log)
    {
        lock (_registration)
        {
            _logs = Array.FindAll(_logs, l => l != log);
        }
    }
}
