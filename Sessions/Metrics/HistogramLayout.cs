using System.Numerics;
using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Metrics;

/// <summary>
/// Where a value lives in a <see cref="LatencyHistogram"/>'s counts array: log-linear buckets with three significant
/// decimal digits, the layout HdrHistogram uses, fixed here so that the JIT folds every shift and mask.
/// <code>
///  value (ns)            bucket  sub-buckets used     resolution   counts index
///  0 .. 2047               0     0 .. 2047            1 ns         0 .. 2047
///  2048 .. 4095            1     1024 .. 2047         2 ns         2048 .. 3071
///  4096 .. 8191            2     1024 .. 2047         4 ns         3072 .. 4095
///  ...
///  2^(10+b) .. 2^(11+b)-1  b     1024 .. 2047         2^b ns       (b+1)*1024 .. (b+2)*1024-1
/// </code>
/// A bucket above 0 only uses its upper half of sub-buckets (the lower half would repeat bucket b-1), so the array
/// holds (bucketCount + 1) * 1024 counts. Each slot is at most 1/1024 of its value wide: 3 significant digits.
/// The bucket index comes from the leading-zero count: one LZCNT, two shifts, no loop, no branch.
/// </summary>
public static class HistogramLayout
{
    /// <summary>2 * 10^3 rounded up to a power of two: single-unit resolution up to 2047 gives 3 significant digits.</summary>
    public const int SubBucketCount = 2048;

    public const int SubBucketHalfCountMagnitude = 10;
    public const int SubBucketHalfCount = 1 << SubBucketHalfCountMagnitude;
    public const long SubBucketMask = SubBucketCount - 1;

    /// <summary>64 - log2(SubBucketHalfCount) - 1: LZCNT of a value below 2048 (with the mask or'ed in) is 53.</summary>
    private const int LeadingZeroCountBase = 64 - SubBucketHalfCountMagnitude - 1;

    /// <summary>One hour in nanoseconds: the default highest value a histogram tracks.</summary>
    public const long OneHourNanos = 3_600_000_000_000L;

    /// <summary>Counts-array index of a value; beyond the array (or negative) yields an index past any length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(long value)
    {
        // As unsigned a negative value lands in bucket 53, whose indexes lie past every array this layout sizes.
        ulong v = (ulong)value;
        int bucket = LeadingZeroCountBase - BitOperations.LeadingZeroCount(v | SubBucketMask);
        int subBucket = (int)(v >> bucket);
        return ((bucket + 1) << SubBucketHalfCountMagnitude) + subBucket - SubBucketHalfCount;
    }

    /// <summary>The smallest value that maps to <paramref name="index"/>.</summary>
    public static long LowestValueAt(int index)
    {
        int bucket = (index >> SubBucketHalfCountMagnitude) - 1;
        long subBucket = (index & (SubBucketHalfCount - 1)) + SubBucketHalfCount;
        if (bucket < 0)
        {
            subBucket -= SubBucketHalfCount;
            bucket = 0;
        }

        return subBucket << bucket;
    }

    /// <summary>How many consecutive values share the slot at <paramref name="index"/>.</summary>
    public static long WidthAt(int index) => 1L << Math.Max(0, (index >> SubBucketHalfCountMagnitude) - 1);

    /// <summary>The largest value that maps to <paramref name="index"/>.</summary>
    public static long HighestValueAt(int index) => LowestValueAt(index) + WidthAt(index) - 1;

    /// <summary>The middle of the slot: what mean and standard deviation use for each count.</summary>
    public static long MedianValueAt(int index) => LowestValueAt(index) + (WidthAt(index) >> 1);

    /// <summary>Length of a counts array that covers 0 .. <paramref name="highestTrackableValue"/>.</summary>
    public static int CountsLengthFor(long highestTrackableValue)
    {
        if (highestTrackableValue < SubBucketCount)
        {
            highestTrackableValue = SubBucketCount - 1;
        }

        // Buckets needed so that 2048 << (buckets - 1) exceeds the highest value.
        int bucketCount = 64 - BitOperations.LeadingZeroCount((ulong)highestTrackableValue) - SubBucketHalfCountMagnitude;
        return (bucketCount + 1) * SubBucketHalfCount;
    }
}
