namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// The allowed values of an enumerated field, laid out for a membership test without allocation:
/// <code>
///  1 byte      → a 256-bit map            (Side "1", OrdType "2", ...)
///  2..7 bytes  → sorted ulongs: the bytes little-endian, the length in the top byte
///  8+ bytes    → a short list of byte arrays, compared one by one (rare: "PRE-OPEN" style values)
/// </code>
/// </summary>
internal sealed class EnumSet
{
    private readonly ulong[] _singleByte = new ulong[4];
    private readonly ulong[] _packed;
    private readonly byte[][] _long;

    public EnumSet(IEnumerable<string> values)
    {
        var packed = new List<ulong>();
        var longValues = new List<byte[]>();
        foreach (var value in values)
        {
            var bytes = System.Text.Encoding.Latin1.GetBytes(value);
            switch (bytes.Length)
            {
                case 0:
                    break;
                case 1:
                    _singleByte[bytes[0] >> 6] |= 1UL << (bytes[0] & 63);
                    break;
                case < 8:
                    packed.Add(Pack(bytes));
                    break;
                default:
                    longValues.Add(bytes);
                    break;
            }
        }

        packed.Sort();
        _packed = [.. packed];
        _long = [.. longValues];
    }

    /// <summary>Word <paramref name="index"/> (0-3) of the map of one-byte values: bit b = byte 64 * index + b.</summary>
    public ulong SingleByteWord(int index) => _singleByte[index];

    public bool Contains(ReadOnlySpan<byte> value)
    {
        switch (value.Length)
        {
            case 1:
                var b = value[0];
                return (_singleByte[b >> 6] & (1UL << (b & 63))) != 0;
            case 0:
                return false;
            case < 8:
                return ContainsPacked(Pack(value));
            default:
                return ContainsLong(value);
        }
    }

    private bool ContainsPacked(ulong key)
    {
        var packed = _packed;
        var lo = 0;
        var hi = packed.Length - 1;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var candidate = packed[mid];
            if (candidate == key)
            {
                return true;
            }

            if (candidate < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    private bool ContainsLong(ReadOnlySpan<byte> value)
    {
        foreach (var candidate in _long)
        {
            if (value.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Up to 7 bytes little-endian, the length in the top byte.</summary>
    private static ulong Pack(ReadOnlySpan<byte> value)
    {
        ulong packed = (ulong)value.Length << 56;
        for (var i = 0; i < value.Length; i++)
        {
            packed |= (ulong)value[i] << (i * 8);
        }

        return packed;
    }
}
