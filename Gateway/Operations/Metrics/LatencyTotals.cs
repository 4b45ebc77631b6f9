using System.Runtime.CompilerServices;
using Gateway.Sessions.Metrics;

namespace Gateway.Operations.Metrics;

/// <summary>
/// Everything a <see cref="LatencyRecorder"/> has recorded since start, for readers that want totals (the metrics
/// endpoint, the admin console). A recorder hands each sample to one reader only (<see cref="LatencyRecorder.TakeInterval"/>
/// swaps histograms without stopping the writer), so there is one of these per recorder (<see cref="Of"/>): it takes
/// the intervals and adds them up, and hands each interval to every <see cref="Reader"/> (a reader that wants its own
/// intervals, such as the demo's reporter, next to the totals the metrics endpoint serves). Readers take turns under
/// its lock, which only readers ever take.
/// </summary>
public sealed class LatencyTotals
{
    private static readonly ConditionalWeakTable<LatencyRecorder, LatencyTotals> All = [];

    private readonly LatencyRecorder _recorder;
    private readonly LatencyHistogram _total = new();
    private readonly Lock _lock = new();
    private readonly List<Reader> _readers = [];
    private LatencyHistogram? _interval;

    private LatencyTotals(LatencyRecorder recorder) => _recorder = recorder;

    /// <summary>The totals of <paramref name="recorder"/>, shared by every reader in the process.</summary>
    public static LatencyTotals Of(LatencyRecorder recorder) => All.GetValue(recorder, r => new LatencyTotals(r));

    /// <summary>Brings the totals up to date and copies them into a new histogram the caller owns.</summary>
    public LatencyHistogram Snapshot()
    {
        lock (_lock)
        {
            Pull();
            var copy = new LatencyHistogram();
            copy.Add(_total);
            return copy;
        }
    }

    /// <summary>A reader of its own intervals: every sample recorded from now on reaches it once.</summary>
    public Reader NewReader()
    {
        lock (_lock)
        {
            Pull();
            var reader = new Reader(this);
            _readers.Add(reader);
            return reader;
        }
    }

    private void Pull()
    {
        _interval = _recorder.TakeInterval(_interval);
        _total.Add(_interval);
        foreach (var reader in _readers)
        {
            reader.Pending.Add(_interval);
        }
    }

    /// <summary>One reader's intervals (<see cref="NewReader"/>).</summary>
    public sealed class Reader
    {
        private readonly LatencyTotals _totals;

        internal Reader(LatencyTotals totals) => _totals = totals;

        internal LatencyHistogram Pending { get; private set; } = new();

        /// <summary>
        /// What was recorded since this reader's previous call, as <see cref="LatencyRecorder.TakeInterval"/> answers:
        /// <paramref name="recycle"/> (the histogram the previous call returned, or null) is reset and reused.
        /// </summary>
        public LatencyHistogram TakeInterval(LatencyHistogram? recycle)
        {
            lock (_totals._lock)
            {
                _totals.Pull();
                var interval = Pending;
                recycle?.Reset();
                Pending = recycle ?? new LatencyHistogram();
                return interval;
            }
        }
    }
}
