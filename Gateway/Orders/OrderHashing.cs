using System.Numerics;

namespace Gateway.Orders;

/// <summary>Slot arithmetic of the book's open-addressing maps (the same scheme as the risk engine's tables).</summary>
internal static class OrderHashing
{
    /// <summary>A power-of-two table size that keeps <paramref name="entries"/> at most half full.</summary>
    public static int TableSize(int entries) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, entries) * 2);

    /// <summary>
    /// Keeps the low bits in order (sequential ids land in consecutive slots: few cache lines, prefetch friendly)
    /// and folds the high bits in so ids differing only there still spread.
    /// </summary>
    public static int Slot(ulong key, int mask) => (int)(key ^ (key >> 16) ^ (key >> 32) ^ (key >> 48)) & mask;

    /// <summary>A second key (a strategy id) moves a whole run of ids to another region of the table.</summary>
    public static ulong Combine(ulong key, int other) => key + ((ulong)(uint)other * 0x9E3779B97F4A7C15UL);
}
