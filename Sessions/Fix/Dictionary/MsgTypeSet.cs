namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>A read-only set of packed MsgTypes: a 256-bit map for one-byte types, a sorted array for the rest.</summary>
internal sealed class MsgTypeSet
{
    private readonly ulong[] _singleByte = new ulong[4];
    private readonly ulong[] _multi;

    public MsgTypeSet(IEnumerable<string> msgTypes)
    {
        var multi = new List<ulong>();
        foreach (var msgType in msgTypes)
        {
            var packed = Codec.MsgTypes.Pack(msgType);
            if (packed <= 0xFF)
            {
                _singleByte[packed >> 6] |= 1UL << (int)(packed & 63);
            }
            else
            {
                multi.Add(packed);
            }
        }

        multi.Sort();
        _multi = [.. multi];
    }

    public bool Contains(ulong packed) =>
        packed <= 0xFF
            ? (_singleByte[packed >> 6] & (1UL << (int)(packed & 63))) != 0
            : Array.BinarySearch(_multi, packed) >= 0;
}
