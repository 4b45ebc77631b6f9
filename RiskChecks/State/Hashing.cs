using System.Numerics;

namespace Gateway.RiskChecks.State;

/// <summary>Slot arithmetic shared by the open-addressing tables: power-of-two sizes, locality-keeping hashes.</summary>
internal static class Hashing
{
    /// <summary>A table size, a power of two, that keeps <paramref name="capacity"/> entries at most half full.</summary>
    public static int TableSize(int capacity) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, capacity) * 2);

    /// <summary>
    /// The home slot of a key. Client order ids are mostly sequential, so the low bits are kept in order
    /// (consecutive ids land in consecutive slots: one cache line holds several, the prefetcher streams them)
    /// while higher bits are folded in, so that ids differing only there (k × 2^20, ...) still spread out.
    /// A multiplicative hash would scatter sequential ids over the whole table: a cache miss per lookup.
    /// </summary>
    public static int Slot(ulong key, int mask) => (int)(key ^ (key >> 16) ^ (key >> 32) ^ (key >> 48)) & mask;

    /// <summary>A second key (a strategy id) moves a whole run of ids to another region of the table.</summary>
    public static ulong Combine(ulong key, int other) => key + ((ulong)(uint)other * 0x9E3779B97F4A7C15UL);
}
