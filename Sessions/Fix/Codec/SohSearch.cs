using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// Finds the SOHs of one frame, 64 bytes at a time: one vector compare gives a bitmask of the SOH positions in the
/// next 64 bytes, and each field's end is then a trailing-zero count instead of a byte loop or a vectorised search
/// per value (both cost more than the value is long on typical 1-20 byte FIX values).
/// <code>
///  frame   ...|35=D|34=1234|49=CLIENT01|...
///  window      ^from (64 bytes)
///  mask        bit i set = frame[from + i] is SOH; bits past the frame's end are 0
/// </code>
/// </summary>
internal ref struct SohSearch
{
    private const int Window = 64;
    private const byte Soh = 0x01;

    private readonly ReadOnlySpan<byte> _frame;
    private int _windowStart;
    private ulong _mask;

    public SohSearch(ReadOnlySpan<byte> frame)
    {
        _frame = frame;
        _windowStart = int.MinValue / 2; // no window yet: the first Next loads one
        _mask = 0;
    }

    /// <summary>The index of the first SOH at or after <paramref name="from"/>, or -1 if there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int from)
    {
        while (true)
        {
            var offset = from - _windowStart;
            if ((uint)offset < Window)
            {
                var bits = _mask >> offset;
                if (bits != 0)
                {
                    return from + BitOperations.TrailingZeroCount(bits);
                }

                from = _windowStart + Window;
            }

            if (from >= _frame.Length)
            {
                return -1;
            }

            Load(from);
        }
    }

    /// <summary>The window [from, from + 64): vector compares where 64 bytes are left, a short scalar tail else.</summary>
    private void Load(int from)
    {
        _windowStart = from;
        var length = _frame.Length;
        ref var start = ref MemoryMarshal.GetReference(_frame);
        if (length >= Window)
        {
            // Near the end, compare the frame's last 64 bytes and drop the bits before 'from'.
            var at = Math.Min(from, length - Window);
            _mask = SohMask(ref Unsafe.Add(ref start, at)) >> (from - at);
            return;
        }

        // A frame shorter than a window (a Heartbeat is ~60 bytes): the bytes one by one.
        ulong mask = 0;
        for (var i = from; i < length; i++)
        {
            if (_frame[i] == Soh)
            {
                mask |= 1UL << (i - from);
            }
        }

        _mask = mask;
    }

    /// <summary>Bit i set = the byte at <paramref name="at"/> + i is SOH, for 64 bytes.</summary>
    private static ulong SohMask(ref byte at)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var soh = Vector256.Create(Soh);
            ulong low = Vector256.Equals(Vector256.LoadUnsafe(ref at), soh).ExtractMostSignificantBits();
            ulong high = Vector256.Equals(Vector256.LoadUnsafe(ref at, 32), soh).ExtractMostSignificantBits();
            return low | (high << 32);
        }

        var soh128 = Vector128.Create(Soh);
        ulong a = Vector128.Equals(Vector128.LoadUnsafe(ref at), soh128).ExtractMostSignificantBits();
        ulong b = Vector128.Equals(Vector128.LoadUnsafe(ref at, 16), soh128).ExtractMostSignificantBits();
        ulong c = Vector128.Equals(Vector128.LoadUnsafe(ref at, 32), soh128).ExtractMostSignificantBits();
        ulong d = Vector128.Equals(Vector128.LoadUnsafe(ref at, 48), soh128).ExtractMostSignificantBits();
        return a | (b << 16) | (c << 32) | (d << 48);
    }
}
