using System.Numerics;

namespace Gateway.RiskChecks.State;

/// <summary>Slot arithmetic shared by the open-addressing tables: power-of-two sizes, Fibonacci hashing.</summary>
internal static class Hashing
{
    /// <summary>A table size, a power of two, that keeps <paramref name="capacity"/> entries at most half full.</summary>
    public static int TableSize(int capacity) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, capacity) * 2);

    /// <summary>The home slot of a key: the high bits of a multiplicative hash (spreads sequential ids).</summary>
    public static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
}
