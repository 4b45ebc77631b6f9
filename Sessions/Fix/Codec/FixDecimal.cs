using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// An exact fixed-point decimal as FIX carries it on the wire: <c>value = Mantissa / 10^Scale</c>.
/// No floating point anywhere: "123.4500" is (1234500, 4) and formats back as "123.4500".
/// Equality and hashing are numeric (123.45 equals 123.4500); <see cref="Scale"/> only remembers how
/// many fraction digits were written.
/// </summary>
public readonly struct FixDecimal : IEquatable<FixDecimal>, IComparable<FixDecimal>
{
    /// <summary>10^18 is the largest power of ten a long holds, so at most 18 fraction digits.</summary>
    public const int MaxScale = 18;

    public FixDecimal(long mantissa, int scale)
    {
        if ((uint)scale > MaxScale)
        {
            ThrowScaleOutOfRange(scale);
        }

        Mantissa = mantissa;
        Scale = (byte)scale;
    }

    public long Mantissa { get; }

    /// <summary>Fraction digits, 0..<see cref="MaxScale"/>.</summary>
    public byte Scale { get; }

    public static FixDecimal Zero => default;

    public bool IsZero => Mantissa == 0;

    public bool IsNegative => Mantissa < 0;

    /// <summary>Powers of ten 10^0 .. 10^18.</summary>
    /// <remarks>An array, not a span over constant data: unoptimised (Debug) code expands the latter with
    /// RuntimeHelpers.CreateSpan and allocates on every use.</remarks>
    internal static ReadOnlySpan<long> Pow10 => Pow10Table;

    private static readonly long[] Pow10Table =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>
    /// The value times 10^<paramref name="scale"/> as an integer, only if that is exact and fits in a long
    /// (e.g. a price in ticks of 10^-scale). "1.25" to scale 2 is 125; to scale 1 it fails (would lose the 5);
    /// "1.2000" to scale 1 is 12 (trailing zeros carry no value).
    /// </summary>
    public bool TryToScaled(int scale, out long scaled)
    {
        if ((uint)scale > MaxScale)
        {
            scaled = 0;
            return false;
        }

        var diff = scale - Scale;
        if (diff >= 0)
        {
            var factor = Pow10[diff];
            var product = (Int128)Mantissa * factor;
            if (product > long.MaxValue || product < long.MinValue)
            {
                scaled = 0;
                return false;
            }

            scaled = (long)product;
            return true;
        }

        var divisor = Pow10[-diff];
        var quotient = Math.DivRem(Mantissa, divisor, out var remainder);
        scaled = quotient;
        return remainder == 0;
    }

    /// <summary>
    /// The value times 10^<paramref name="scale"/>, rounded to the nearest integer with ties away from zero
    /// (2.345 → scale 2 → 235, -2.345 → -235, 2.3449 → 234). Exact whenever <see cref="TryToScaled"/> is.
    /// Throws <see cref="OverflowException"/> if the result does not fit a long: use <see cref="TryToScaled"/>
    /// where that can happen on a hot path.
    /// </summary>
    public long ToScaled(int scale)
    {
        if ((uint)scale > MaxScale)
        {
            ThrowScaleOutOfRange(scale);
        }

        var diff = scale - Scale;
        if (diff >= 0)
        {
            if (!TryToScaled(scale, out var exact))
            {
                ThrowOverflow();
            }

            return exact;
        }

        var divisor = Pow10[-diff];
        var quotient = Math.DivRem(Mantissa, divisor, out var remainder);
        // |remainder| >= divisor/2 rounds away from zero; written without overflow for divisor up to 10^18.
        var absRemainder = remainder < 0 ? -remainder : remainder;
        if (absRemainder >= divisor - absRemainder)
        {
            quotient += Mantissa < 0 ? -1 : 1;
        }

        return quotient;
    }

    /// <summary>The same value written with <paramref name="scale"/> fraction digits, if that is exact and fits.</summary>
    public bool TryRescale(int scale, out FixDecimal rescaled)
    {
        if (TryToScaled(scale, out var mantissa))
        {
            rescaled = new FixDecimal(mantissa, scale);
            return true;
        }

        rescaled = default;
        return false;
    }

    /// <summary>Without trailing fraction zeros: 123.4500 → 123.45, 5.0 → 5.</summary>
    public FixDecimal Normalize()
    {
        var mantissa = Mantissa;
        int scale = Scale;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return new FixDecimal(mantissa, scale);
    }

    /// <summary>Exact conversion to System.Decimal (cold paths, tests).</summary>
    public decimal ToDecimal() => new decimal(Mantissa) / Pow10[Scale];

    /// <summary>Nearest double; for display, never for arithmetic on prices.</summary>
    public double ToDouble() => (double)Mantissa / Pow10[Scale];

    public static FixDecimal FromLong(long value) => new(value, 0);

    public static bool TryParse(ReadOnlySpan<byte> text, out FixDecimal value) => FixValue.TryParseDecimal(text, out value);

    /// <summary>Parses ASCII text (tests, config). Throws <see cref="FormatException"/> if it is not a FIX float.</summary>
    public static FixDecimal Parse(string text)
    {
        Span<byte> bytes = stackalloc byte[64];
        if (text.Length > bytes.Length)
        {
            throw new FormatException($"Not a FIX decimal: '{text}'");
        }

        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] < 0x80 ? (byte)text[i] : (byte)'?';
        }

        return FixValue.TryParseDecimal(bytes[..text.Length], out var value)
            ? value
            : throw new FormatException($"Not a FIX decimal: '{text}'");
    }

    /// <summary>Writes the value as FIX text with exactly <see cref="Scale"/> fraction digits.</summary>
    public bool TryFormat(Span<byte> destination, out int written) => FixValue.TryFormatDecimal(this, destination, out written);

    public override string ToString()
    {
        Span<byte> buffer = stackalloc byte[FixValue.MaxDecimalLength];
        TryFormat(buffer, out var written);
        return System.Text.Encoding.ASCII.GetString(buffer[..written]);
    }

    public bool Equals(FixDecimal other) => Compare(this, other) == 0;

    public override bool Equals(object? obj) => obj is FixDecimal other && Equals(other);

    public override int GetHashCode()
    {
        var n = Normalize();
        return HashCode.Combine(n.Mantissa, n.Scale);
    }

    public int CompareTo(FixDecimal other) => Compare(this, other);

    /// <summary>Exact comparison across scales (widens to 128 bits, never overflows).</summary>
    public static int Compare(FixDecimal left, FixDecimal right)
    {
        if (left.Scale == right.Scale)
        {
            return left.Mantissa.CompareTo(right.Mantissa);
        }

        Int128 a = left.Mantissa;
        Int128 b = right.Mantissa;
        if (left.Scale < right.Scale)
        {
            a *= Pow10[right.Scale - left.Scale];
        }
        else
        {
            b *= Pow10[left.Scale - right.Scale];
        }

        return a.CompareTo(b);
    }

    public static bool operator ==(FixDecimal left, FixDecimal right) => left.Equals(right);

    public static bool operator !=(FixDecimal left, FixDecimal right) => !left.Equals(right);

    public static bool operator <(FixDecimal left, FixDecimal right) => Compare(left, right) < 0;

    public static bool operator >(FixDecimal left, FixDecimal right) => Compare(left, right) > 0;

    public static bool operator <=(FixDecimal left, FixDecimal right) => Compare(left, right) <= 0;

    public static bool operator >=(FixDecimal left, FixDecimal right) => Compare(left, right) >= 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowScaleOutOfRange(int scale) =>
        throw new ArgumentOutOfRangeException(nameof(scale), scale, $"Scale must be 0..{MaxScale}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow() => throw new OverflowException("FixDecimal does not fit a long at that scale.");
}
