namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// Which tags are length fields of a following raw-data field (RawDataLength 95 → RawData 96, ...).
/// A data field may contain SOH, so the scanner must take its value by the declared length, not up to the next SOH.
/// The standard pairs are built in; a data dictionary can supply its own (custom venue data fields).
/// </summary>
public sealed class DataFieldPairs
{
    private const int MaxTag = 10_000;

    /// <summary>dataTagByLengthTag[lengthTag] = data tag, or 0.</summary>
    private readonly int[] _dataTagByLengthTag = new int[MaxTag];

    public static DataFieldPairs Standard { get; } = CreateStandard();

    public void Add(int lengthTag, int dataTag)
    {
        if ((uint)lengthTag < MaxTag)
        {
            _dataTagByLengthTag[lengthTag] = dataTag;
        }
    }

    /// <summary>The data tag that <paramref name="lengthTag"/> announces, or 0 if it is not a length field.</summary>
    public int DataTagFor(int lengthTag) => (uint)lengthTag < MaxTag ? _dataTagByLengthTag[lengthTag] : 0;

    private static DataFieldPairs CreateStandard()
    {
        var pairs = new DataFieldPairs();
        // (length tag, data tag) from the FIX 4.2–5.0SP2 dictionaries.
        ReadOnlySpan<int> standard =
        [
            90, 91, 93, 89, 95, 96, 212, 213, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359,
            360, 361, 362, 363, 364, 365, 445, 446, 618, 619, 621, 622, 1277, 1278, 1401, 1402, 1184, 1185,
        ];
        for (var i = 0; i < standard.Length; i += 2)
        {
            pairs.Add(standard[i], standard[i + 1]);
        }

        return pairs;
    }
}
