using System.Runtime.CompilerServices;
using Gateway.Sessions.Metrics;

namespace Gateway.Operations.Metrics;

/// <summary>
/// Everything a <see cref="LatencyRecorder"/> has recorded since start, for readers that want totals (the metrics
/// endpoint, the admin console). A recorder hands each sample to one reader only (<see cref="LatencyRecorder.TakeInterval"/>
/// swaps histograms without stopping the writer), so there is one of these per recorder (<see cref="Of"/>): it takes
/// the intervals and adds them up; readers take turns under its lock, which only readers ever take.
/// </summary>
public sealed class LatencyTotals
{
    private static readonly ConditionalWeakTable<LatencyRecorder, LatencyTotals> All = [];

    private readonly LatencyRecorder _recorder;
    private readonly LatencyHistogram _total = new();
    private readonly Lock _lock = new();
    private LatencyHistogram? _interval;

    private LatencyTotals(LatencyRecorder recorder) => _recorder = recorder;

    /// <summary>The totals of <paramref name="recorder"/>, shared by every reader in the process.</summary>
    public static LatencyTotals Of(LatencyRecorder recorder) => All.GetValue(recorder, r => new LatencyTotals(r));

    /// <summary>Brings the totals up to date and copies them into a new histogram the caller owns.</summary>
    public LatencyHistogram Snapshot()
    {
        lock (_lock)
        {
            _interval = _recorder.TakeInterval(_interval);
            _total.Add(_interval);
            var copy = new LatencyHistogram();
            copy.Add(_total);
            return copy;
        }
    }
}
