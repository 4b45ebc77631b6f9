namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// A read-only map from tag number to a small positive index (1-based; 0 = absent), built once when a dictionary
/// loads. Tags up to <see cref="MaxDenseTag"/> are looked up in a plain array; the rare larger ones (custom venue
/// tags) by binary search in a short sorted array. No allocation on lookup.
/// </summary>
internal sealed class TagIndex
{
    public const int MaxDenseTag = 10_000;

    private readonly ushort[] _dense;
    private readonly int[] _sparseTags;
    private readonly ushort[] _sparseValues;

    /// <param name="entries">(tag, index) pairs; index must be in 1..65535 and tags positive and distinct.</param>
    public TagIndex(IReadOnlyList<(int Tag, int Index)> entries)
    {
        var maxDense = 0;
        var sparse = new List<(int Tag, int Index)>();
        foreach (var (tag, index) in entries)
        {
            if (tag <= 0 || index is <= 0 or > ushort.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), $"bad entry ({tag}, {index})");
            }

            if (tag <= MaxDenseTag)
            {
                maxDense = Math.Max(maxDense, tag);
            }
            else
            {
                sparse.Add((tag, index));
            }
        }

        _dense = new ushort[maxDense + 1];
        foreach (var (tag, index) in entries)
        {
            if (tag <= MaxDenseTag)
            {
                _dense[tag] = (ushort)index;
            }
        }

        sparse.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        _sparseTags = new int[sparse.Count];
        _sparseValues = new ushort[sparse.Count];
        for (var i = 0; i < sparse.Count; i++)
        {
            _sparseTags[i] = sparse[i].Tag;
            _sparseValues[i] = (ushort)sparse[i].Index;
        }
    }

    /// <summary>The index stored for <paramref name="tag"/>, or 0.</summary>
    public int Get(int tag)
    {
        var dense = _dense;
        if ((uint)tag < (uint)dense.Length)
        {
            return dense[tag];
        }

        return tag > MaxDenseTag ? GetSparse(tag) : 0;
    }

    private int GetSparse(int tag)
    {
        var i = Array.BinarySearch(_sparseTags, tag);
        return i >= 0 ? _sparseValues[i] : 0;
    }
}
