using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Metrics;

/// <summary>
/// Lets one thread record latencies while another reads them, without the writer ever waiting or taking a lock:
/// the writer records into the active histogram; the reader swaps in a fresh one and takes the old one away as
/// the interval's histogram (HdrHistogram's Recorder, for a single writer).
///
/// How the reader knows the writer has left the old histogram: the writer bumps a phase counter to odd before it
/// reads the active reference and back to even after recording, with plain volatile stores. A store followed by a
/// load may be reordered by the CPU, so the reader, after publishing the new reference, issues a process-wide
/// memory barrier (membarrier on Linux): every thread passes a full fence, after which a writer either shows an odd
/// phase (it may hold the old histogram: wait for the phase to move on) or will read the new reference. The costly
/// fence is paid once per interval by the reader instead of two interlocked operations per record by the writer.
/// </summary>
public sealed class LatencyRecorder
{
    // Written by the reader, read by the writer on every record.
    internal PaddedHistogramReference _active;

    // Written by the writer on every record, read by the reader once per interval.
    internal PaddedLong _writerPhase;
    private readonly long _highestTrackableValue;
    private readonly Lock _readerLock = new();

    public LatencyRecorder(long highestTrackableValue = HistogramLayout.OneHourNanos)
    {
        _highestTrackableValue = highestTrackableValue;
        _active.Value = new LatencyHistogram(highestTrackableValue);
    }

    /// <summary>Writer thread only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(long value)
    {
        long phase = _writerPhase.Value;
        Volatile.Write(ref _writerPhase.Value, phase + 1);
        Volatile.Read(ref _active.Value).Record(value);
        Volatile.Write(ref _writerPhase.Value, phase + 2);
    }

    /// <summary>Writer thread only: see <see cref="LatencyHistogram.RecordCorrected"/>.</summary>
    public void RecordCorrected(long value, long expectedInterval)
    {
        long phase = _writerPhase.Value;
        Volatile.Write(ref _writerPhase.Value, phase + 1);
        Volatile.Read(ref _active.Value).RecordCorrected(value, expectedInterval);
        Volatile.Write(ref _writerPhase.Value, phase + 2);
    }

    /// <summary>
    /// Reader side (any thread; readers take turns): returns everything recorded since the previous call. The result
    /// belongs to the caller until it hands it back as <paramref name="recycle"/> on a later call, which keeps a
    /// periodic reader allocation-free. May spin briefly while the writer finishes one record.
    /// </summary>
    public LatencyHistogram TakeInterval(LatencyHistogram? recycle = null)
    {
        LatencyHistogram fresh = recycle ?? new LatencyHistogram(_highestTrackableValue);
        if (fresh.CountsLength != _active.Value.CountsLength)
        {
            throw new ArgumentException("the recycled histogram has a different range", nameof(recycle));
        }

        lock (_readerLock)
        {
            fresh.Reset();
            LatencyHistogram old = _active.Value;
            Volatile.Write(ref _active.Value, fresh);
            Interlocked.MemoryBarrierProcessWide();
            long phase = Volatile.Read(ref _writerPhase.Value);
            if ((phase & 1) != 0)
            {
                var spin = new SpinWait();
                while (Volatile.Read(ref _writerPhase.Value) == phase)
                {
                    spin.SpinOnce();
                }
            }

            return old;
        }
    }
}
