namespace Gateway.RiskChecks.Rules;

/// <summary>A set of small ids as a bitmap: one load and a shift to test. Immutable once built.</summary>
internal readonly struct IdBits
{
    private readonly ulong[]? _words;

    public IdBits(IEnumerable<int> ids, int capacity)
    {
        _words = new ulong[(capacity + 63) / 64];
        foreach (var id in ids)
        {
            _words[id >> 6] |= 1UL << (id & 63);
        }
    }

    public bool Contains(int id)
    {
        var words = _words;
        var word = (uint)id >> 6;
        return words is not null && word < (uint)words.Length && (words[word] & (1UL << (id & 63))) != 0;
    }
}
