using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// <see cref="FsyncPolicy.IntervalMillis"/>: a background thread that fsyncs the store's files every interval if the
/// session thread wrote since the last flush. The session thread only sets a flag: no lock, no wait.
/// </summary>
internal sealed class FileStoreFlusher : IDisposable
{
    private readonly SafeFileHandle[] _files;
    private readonly int _intervalMillis;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private int _dirty;
    private long _flushes;
    private long _failures;

    public FileStoreFlusher(string name, int intervalMillis, params SafeFileHandle[] files)
    {
        _files = files;
        _intervalMillis = Math.Max(1, intervalMillis);
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Rounds in which something was flushed.</summary>
    public long Flushes => Volatile.Read(ref _flushes);

    public long Failures => Volatile.Read(ref _failures);

    public void MarkDirty() => Volatile.Write(ref _dirty, 1);

    /// <summary>Stops the thread after a last flush of whatever is still dirty.</summary>
    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(_intervalMillis))
        {
            FlushIfDirty();
        }

        FlushIfDirty();
    }

    private void FlushIfDirty()
    {
        if (Interlocked.Exchange(ref _dirty, 0) == 0)
        {
            return;
        }

        foreach (var file in _files)
        {
            try
            {
                RandomAccess.FlushToDisk(file);
            }
            catch (IOException)
            {
                Interlocked.Increment(ref _failures);
            }
        }

        Interlocked.Increment(ref _flushes);
    }
}
