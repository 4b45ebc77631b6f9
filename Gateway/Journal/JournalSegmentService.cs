using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gateway.Journal;

/// <summary>
/// The journal's background thread: creates, preallocates and prefaults the next segment ahead of the appender,
/// unmaps the segments it has left (after an fsync unless the policy is None), and with
/// <see cref="JournalFsyncKind.Interval"/> fsyncs the current segment every interval if anything was appended.
/// The appender hands over through one state word and a queue: no lock, no wait in the common case.
/// </summary>
internal sealed class JournalSegmentService : IDisposable
{
    private const int Idle = 0; // nothing prepared: the background thread (or the appender, inline) may claim the next segment
    private const int Preparing = 1; // claimed: someone is creating it
    private const int Ready = 2; // _next holds it
    private const int PollMillis = 10;
    private const int RetryAfterFailureMillis = 1000;

    private readonly JournalOptions _options;
    private readonly JournalSegmentFiles _files;
    private readonly Func<long> _appendedBytes;
    private readonly bool _fsync;
    private readonly ConcurrentQueue<JournalSegment> _retired = new();
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private JournalSegment _current;
    private JournalSegment? _next;
    private long _nextIndex;
    private int _state;
    private long _flushes;
    private long _flushFailures;
    private long _prepareFailures;
    private long _inlineCreations;
    private long _rollWaits;
    private long _inlineRetryAt; // appender thread only: no inline attempt before this tick after one failed

    public JournalSegmentService(JournalOptions options, JournalSegmentFiles files, JournalSegment current, Func<long> appendedBytes)
    {
        _options = options;
        _files = files;
        _appendedBytes = appendedBytes;
        _fsync = options.Fsync.Kind != JournalFsyncKind.None;
        _current = current;
        _nextIndex = current.Index + 1;
        _thread = new Thread(Run) { IsBackground = true, Name = "journal " + options.Name };
        _thread.Start();
    }

    public long Flushes => Volatile.Read(ref _flushes);

    public long FlushFailures => Volatile.Read(ref _flushFailures);

    public long PrepareFailures => Volatile.Read(ref _prepareFailures);

    /// <summary>Segments the appender had to create itself because none was prepared.</summary>
    public long InlineCreations => Volatile.Read(ref _inlineCreations);

    /// <summary>Rolls that found the background thread still preparing the next segment and waited for it.</summary>
    public long RollWaits => Volatile.Read(ref _rollWaits);

    /// <summary>True when the next segment is prepared (for tests and the admin view).</summary>
    public bool NextReady => Volatile.Read(ref _state) == Ready;

    /// <summary>
    /// Appender thread: the segment after the current one — the prepared one, or one created inline if the
    /// background thread has none and is not making one (it waits for one being made rather than race it to the
    /// file). Null if it cannot be created (disk full): the caller fails the append.
    /// </summary>
    public JournalSegment? TakeNext()
    {
        var spin = default(SpinWait);
        var waited = false;
        while (true)
        {
            switch (Volatile.Read(ref _state))
            {
                case Ready:
                    var next = _next!;
                    _next = null;
                    Publish(next);
                    return next;
                case Idle when Environment.TickCount64 < _inlineRetryAt:
                    return null; // the disk refused a moment ago: the background thread retries, not every append
                case Idle when Interlocked.CompareExchange(ref _state, Preparing, Idle) == Idle:
                    return CreateInline();
                default:
                    if (!waited)
                    {
                        waited = true;
                        Volatile.Write(ref _rollWaits, _rollWaits + 1);
                    }

                    spin.SpinOnce(sleep1Threshold: -1);
                    break;
            }
        }
    }

    /// <summary>Appender thread: a segment it has left, to be flushed (per policy) and unmapped in the background.</summary>
    public void Retire(JournalSegment segment) => _retired.Enqueue(segment);

    /// <summary>Stops the thread after it has retired what was handed over; the current segment stays the caller's.</summary>
    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
        RetireAll();
        _next?.Dispose(); // the prepared file stays: an empty segment, deleted or used by the next open
        _next = null;
    }

    private JournalSegment? CreateInline()
    {
        var index = Volatile.Read(ref _nextIndex);
        JournalSegment? segment = null;
        try
        {
            segment = JournalSegment.Create(_files.PathOf(index), index, _options.SegmentBytes, prefault: false, _fsync);
            Interlocked.Increment(ref _inlineCreations);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _prepareFailures);
            _inlineRetryAt = Environment.TickCount64 + RetryAfterFailureMillis;
            Volatile.Write(ref _state, Idle);
            return null;
        }

        Publish(segment);
        return segment;
    }

    /// <summary><paramref name="segment"/> is now current: prepare the one after it.</summary>
    private void Publish(JournalSegment segment)
    {
        Volatile.Write(ref _current, segment);
        Volatile.Write(ref _nextIndex, segment.Index + 1);
        Volatile.Write(ref _state, Idle);
    }

    private void Run()
    {
        long retryAt = 0;
        var interval = _options.Fsync.Kind == JournalFsyncKind.Interval ? _options.Fsync.IntervalMillis : 0;
        var nextFlush = Environment.TickCount64 + interval;
        var flushedBytes = _appendedBytes();
        var poll = interval > 0 ? Math.Min(interval, PollMillis) : PollMillis;
        do
        {
            RetireAll();
            var now = Environment.TickCount64;
            if (now >= retryAt && !TryPrepare())
            {
                retryAt = now + RetryAfterFailureMillis;
            }

            if (interval > 0 && now >= nextFlush)
            {
                nextFlush = now + interval;
                var appended = _appendedBytes();
                if (appended != flushedBytes)
                {
                    flushedBytes = appended;
                    Flush(Volatile.Read(ref _current));
                }
            }
        }
        while (!_stop.Wait(poll));
    }

    /// <summary>Prepares the next segment if none is; false if that failed.</summary>
    private bool TryPrepare()
    {
        if (Interlocked.CompareExchange(ref _state, Preparing, Idle) != Idle)
        {
            return true;
        }

        var index = Volatile.Read(ref _nextIndex);
        try
        {
            _next = JournalSegment.Create(_files.PathOf(index), index, _options.SegmentBytes, prefault: true, _fsync);
            Volatile.Write(ref _state, Ready);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Debug.WriteLine($"journal {_options.Name}: cannot prepare segment {index}: {e.Message}");
            Interlocked.Increment(ref _prepareFailures);
            Volatile.Write(ref _state, Idle);
            return false;
        }
    }

    private void RetireAll()
    {
        while (_retired.TryDequeue(out var segment))
        {
            if (_fsync)
            {
                Flush(segment);
            }

            segment.Dispose();
        }
    }

    private void Flush(JournalSegment segment)
    {
        try
        {
            segment.Flush();
            Interlocked.Increment(ref _flushes);
        }
        catch (IOException)
        {
            Interlocked.Increment(ref _flushFailures);
        }
    }
}
