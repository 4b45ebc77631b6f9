using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Metrics;

/// <summary>
/// A histogram of latencies in nanoseconds, 0 to about an hour (or a chosen highest value) with three significant
/// digits (<see cref="HistogramLayout"/>). <see cref="Record(long)"/> is O(1), allocation-free and lock-free for
/// one writing thread; readers on other threads go through <see cref="LatencyRecorder"/>, never this object directly.
/// Min, Max and Count are exact; percentiles are the highest value of the slot that holds them (never below the
/// true value, at most 1/1024 above it, and never above Max); Mean and StdDev use each slot's middle value.
/// Out-of-range input is counted, not thrown: a negative value is dropped (<see cref="NegativeCount"/>), a value
/// beyond the range is recorded at the top slot (<see cref="SaturatedCount"/>).
/// </summary>
public sealed class LatencyHistogram
{
    private readonly long[] _counts;
    private long _totalCount;
    private long _min = long.MaxValue;
    private long _max;
    private long _negativeCount;
    private long _saturatedCount;

    public LatencyHistogram(long highestTrackableValue = HistogramLayout.OneHourNanos)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(highestTrackableValue);
        _counts = new long[HistogramLayout.CountsLengthFor(highestTrackableValue)];
        HighestTrackableValue = HistogramLayout.HighestValueAt(_counts.Length - 1);
    }

    /// <summary>The largest value recorded exactly (to 3 digits); at least what the constructor was given.</summary>
    public long HighestTrackableValue { get; }

    public long Count => _totalCount;

    /// <summary>Smallest value recorded, exact; 0 when empty.</summary>
    public long Min => _totalCount == 0 ? 0 : _min;

    /// <summary>Largest value recorded, exact (saturated values count as <see cref="HighestTrackableValue"/>).</summary>
    public long Max => _max;

    /// <summary>Negative values offered and dropped: a clock that went backwards, or a caller's bug.</summary>
    public long NegativeCount => _negativeCount;

    /// <summary>Values above <see cref="HighestTrackableValue"/>, recorded as that value.</summary>
    public long SaturatedCount => _saturatedCount;

    internal int CountsLength => _counts.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(long value)
    {
        int index = HistogramLayout.IndexOf(value);
        long[] counts = _counts;
        if ((uint)index >= (uint)counts.Length)
        {
            RecordOutOfRange(value, 1);
            return;
        }

        counts[index]++;
        _totalCount++;
        if (value < _min)
        {
            _min = value;
        }

        if (value > _max)
        {
            _max = value;
        }
    }

    /// <summary>Records <paramref name="count"/> occurrences of one value.</summary>
    public void Record(long value, long count)
    {
        if (count <= 0)
        {
            return;
        }

        int index = HistogramLayout.IndexOf(value);
        if ((uint)index >= (uint)_counts.Length)
        {
            RecordOutOfRange(value, count);
            return;
        }

        AddAt(index, count);
        UpdateMinMax(value);
    }

    /// <summary>
    /// Records a value measured by a loop that meant to start one operation every <paramref name="expectedInterval"/>
    /// but was held up by this one: adds the samples the stall kept it from taking (value - interval,
    /// value - 2 * interval, ... down to the interval), which is what corrects coordinated omission.
    /// Costs one step per slot those samples touch, not one per sample, so an hour-long stall is still cheap.
    /// </summary>
    public void RecordCorrected(long value, long expectedInterval)
    {
        Record(value);
        if (expectedInterval <= 0 || value <= expectedInterval || value > HighestTrackableValue)
        {
            return;
        }

        long missing = value - expectedInterval;
        while (missing >= expectedInterval)
        {
            int index = HistogramLayout.IndexOf(missing);
            long floor = Math.Max(HistogramLayout.LowestValueAt(index), expectedInterval);
            long samplesInSlot = ((missing - floor) / expectedInterval) + 1;
            AddAt(index, samplesInSlot);
            missing -= samplesInSlot * expectedInterval;
        }

        // The samples added run from value - interval down to the last one at or above the interval.
        long lowestAdded = missing + expectedInterval;
        if (lowestAdded < _min)
        {
            _min = lowestAdded;
        }
    }

    /// <summary>
    /// The value at or below which <paramref name="percentile"/> % of the recorded values fall (nearest rank):
    /// the highest value of the slot holding that rank, capped at Max. 0 gives Min; 0 when empty.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        if (_totalCount == 0)
        {
            return 0;
        }

        if (!(percentile > 0))
        {
            return Min;
        }

        if (percentile >= 100)
        {
            return _max;
        }

        long rank = RankOf(percentile, _totalCount);
        long seen = 0;
        long[] counts = _counts;
        for (int i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return Math.Min(HistogramLayout.HighestValueAt(i), _max);
            }
        }

        return _max;
    }

    /// <summary>Mean of the recorded values to within the slot width (each count taken at its slot's middle).</summary>
    public double Mean
    {
        get
        {
            if (_totalCount == 0)
            {
                return 0;
            }

            double sum = 0;
            long[] counts = _counts;
            for (int i = 0; i < counts.Length; i++)
            {
                if (counts[i] != 0)
                {
                    sum += (double)counts[i] * HistogramLayout.MedianValueAt(i);
                }
            }

            return sum / _totalCount;
        }
    }

    /// <summary>Population standard deviation, to within the slot width like <see cref="Mean"/>.</summary>
    public double StdDev
    {
        get
        {
            if (_totalCount == 0)
            {
                return 0;
            }

            double mean = Mean;
            double sumOfSquares = 0;
            long[] counts = _counts;
            for (int i = 0; i < counts.Length; i++)
            {
                if (counts[i] != 0)
                {
                    double deviation = HistogramLayout.MedianValueAt(i) - mean;
                    sumOfSquares += counts[i] * deviation * deviation;
                }
            }

            return Math.Sqrt(sumOfSquares / _totalCount);
        }
    }

    /// <summary>How many recorded values share the slot of <paramref name="value"/>.</summary>
    public long CountAt(long value)
    {
        int index = HistogramLayout.IndexOf(value);
        return (uint)index < (uint)_counts.Length ? _counts[index] : 0;
    }

    public void Reset()
    {
        Array.Clear(_counts);
        _totalCount = 0;
        _min = long.MaxValue;
        _max = 0;
        _negativeCount = 0;
        _saturatedCount = 0;
    }

    /// <summary>Adds every count of <paramref name="other"/>; slots beyond this range saturate into the top slot.</summary>
    public void Add(LatencyHistogram other)
    {
        long[] theirs = other._counts;
        int top = _counts.Length - 1;
        for (int i = 0; i < theirs.Length; i++)
        {
            if (theirs[i] != 0)
            {
                _counts[Math.Min(i, top)] += theirs[i];
            }
        }

        if (theirs.Length > _counts.Length)
        {
            for (int i = _counts.Length; i < theirs.Length; i++)
            {
                _saturatedCount += theirs[i];
            }
        }

        _totalCount += other._totalCount;
        _negativeCount += other._negativeCount;
        _saturatedCount += other._saturatedCount;
        if (other._totalCount != 0)
        {
            _min = Math.Min(_min, other._min);
            _max = Math.Max(_max, Math.Min(other._max, HighestTrackableValue));
        }
    }

    /// <summary>
    /// Nearest rank: ceil(p/100 * n), at least 1. The relative nudge keeps binary rounding of p (99.9 is not exact)
    /// from pushing a whole-number rank up by one.
    /// </summary>
    internal static long RankOf(double percentile, long totalCount)
    {
        double exact = percentile / 100.0 * totalCount;
        long rank = (long)Math.Ceiling(exact - (exact * 1e-12));
        return Math.Clamp(rank, 1, totalCount);
    }

    private void AddAt(int index, long count)
    {
        _counts[index] += count;
        _totalCount += count;
    }

    private void UpdateMinMax(long value)
    {
        if (value < _min)
        {
            _min = value;
        }

        if (value > _max)
        {
            _max = value;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RecordOutOfRange(long value, long count)
    {
        if (value < 0)
        {
            _negativeCount += count;
            return;
        }

        _saturatedCount += count;
        AddAt(_counts.Length - 1, count);
        UpdateMinMax(HighestTrackableValue);
    }
}
