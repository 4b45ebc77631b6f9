using System.Text;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>One enumerated value of a field and its description (for decoded views).</summary>
public readonly record struct FieldEnumValue(string Value, string Description);

/// <summary>
/// A field as the dictionary's <c>&lt;fields&gt;</c> section defines it: number, name, type and enumerated values.
/// Immutable after loading; shared by every message that uses the field.
/// </summary>
public sealed class FieldDef
{
    private readonly Dictionary<string, string> _descriptions;

    internal FieldDef(int tag, string name, string typeName, IReadOnlyList<FieldEnumValue> values)
    {
        Tag = tag;
        Name = name;
        TypeName = typeName;
        Type = FixFieldTypes.FromName(typeName);
        HasFormatCheck = IsFormatChecked(Type);
        IsMultipleValue = Type is FixFieldType.MultipleValueString or FixFieldType.MultipleStringValue or FixFieldType.MultipleCharValue;
        Values = values;
        _descriptions = new Dictionary<string, string>(values.Count, StringComparer.Ordinal);
        foreach (var value in values)
        {
            _descriptions[value.Value] = value.Description;
        }

        Enums = values.Count > 0 ? new EnumSet(_descriptions.Keys) : null;
        HasValueChecks = HasFormatCheck || Enums is not null;
        (ValueCheck, CharEnumLow, CharEnumHigh) = ChooseValueCheck();
    }

    public int Tag { get; }

    public string Name { get; }

    /// <summary>The type name as written in the dictionary (e.g. <c>PRICE</c>); <see cref="Type"/> is
    /// <see cref="FixFieldType.Unknown"/> for names the codec does not know (a venue's own), checked as strings.</summary>
    public string TypeName { get; }

    public FixFieldType Type { get; }

    /// <summary>Enumerated values in dictionary order; empty if the field takes any value of its type.</summary>
    public IReadOnlyList<FieldEnumValue> Values { get; }

    public bool HasEnums => Enums is not null;

    /// <summary>A space-separated list of enum values (MultipleValueString and friends).</summary>
    public bool IsMultipleValue { get; }

    /// <summary>The DATA field this length field announces (RawDataLength → RawData), or 0.</summary>
    public int DataTag { get; internal set; }

    /// <summary>True if <see cref="FixValue.IsValid"/> checks values of this type (373=6); false for free text.</summary>
    internal bool HasFormatCheck { get; }

    internal EnumSet? Enums { get; }

    /// <summary>False for a free-form string: the validator need not look at the value beyond its presence.</summary>
    internal bool HasValueChecks { get; }

    /// <summary>The one test the validator makes of a non-empty value (see the ValueCheck enum).</summary>
    internal ValueCheck ValueCheck { get; }

    /// <summary>For <see cref="ValueCheck.CharEnum"/>: bit b set = byte b (0-63) is an allowed value.</summary>
    internal ulong CharEnumLow { get; }

    /// <summary>For <see cref="ValueCheck.CharEnum"/>: bit b set = byte 64 + b (64-127) is an allowed value.</summary>
    internal ulong CharEnumHigh { get; }

    /// <summary>True if the one byte <paramref name="b"/> is allowed by a <see cref="ValueCheck.CharEnum"/> field.</summary>
    internal bool AllowsChar(byte b) => ((b < 64 ? CharEnumLow : CharEnumHigh) & (1UL << (b & 63))) != 0 && b < 128;

    /// <summary>True if <paramref name="value"/> is allowed by the enumeration (always true without one).</summary>
    public bool IsAllowedValue(ReadOnlySpan<byte> value) => Enums is null || EnumChecks.Allows(Enums, IsMultipleValue, value);

    /// <summary>The description of an enumerated value, or null. Allocates: for views and logs, not the hot path.</summary>
    public string? DescribeValue(ReadOnlySpan<byte> value) =>
        _descriptions.Count > 0 && _descriptions.TryGetValue(Encoding.Latin1.GetString(value), out var d) ? d : null;

    public string? DescribeValue(string value) => _descriptions.TryGetValue(value, out var d) ? d : null;

    public override string ToString() => $"{Name}({Tag})";

    private (ValueCheck Check, ulong Low, ulong High) ChooseValueCheck()
    {
        if (!HasValueChecks)
        {
            return (ValueCheck.None, 0, 0);
        }

        if (Type != FixFieldType.Char)
        {
            if (Enums is not null)
            {
                return IsMultipleValue ? (ValueCheck.Other, 0UL, 0UL)
                    : !HasFormatCheck ? (ValueCheck.TextEnum, 0UL, 0UL)
                    : IsIntType(Type) ? (ValueCheck.IntEnum, 0UL, 0UL)
                    : (ValueCheck.Other, 0UL, 0UL);
            }

            return Type switch
            {
                _ when IsIntType(Type) => (ValueCheck.Int, 0UL, 0UL),
                FixFieldType.Float or FixFieldType.Qty or FixFieldType.Price or FixFieldType.PriceOffset
                    or FixFieldType.Amt or FixFieldType.Percentage => (ValueCheck.Float, 0, 0),
                FixFieldType.UtcTimestamp or FixFieldType.Time => (ValueCheck.Timestamp, 0, 0),
                _ => (ValueCheck.Other, 0, 0),
            };
        }

        if (Enums is null)
        {
            return (ValueCheck.Char, 0, 0);
        }

        // A one-byte value is checked against the single-byte values only (EnumSet.Contains); bytes above 127 are
        // left to the general path.
        return Enums.SingleByteWord(2) == 0 && Enums.SingleByteWord(3) == 0
            ? (ValueCheck.CharEnum, Enums.SingleByteWord(0), Enums.SingleByteWord(1))
            : (ValueCheck.Other, 0, 0);
    }

    private static bool IsIntType(FixFieldType type) => type is
        FixFieldType.Int or FixFieldType.Length or FixFieldType.SeqNum or FixFieldType.NumInGroup or FixFieldType.TagNum;

    /// <summary>The types <see cref="FixValue.IsValid"/> checks (QuickFIX/n's typed fields); every other type is text.</summary>
    internal static bool IsFormatChecked(FixFieldType type) => type is
        FixFieldType.Int or FixFieldType.Long or FixFieldType.Length or FixFieldType.SeqNum or FixFieldType.NumInGroup
        or FixFieldType.TagNum or FixFieldType.Float or FixFieldType.Qty or FixFieldType.Price or FixFieldType.PriceOffset
        or FixFieldType.Amt or FixFieldType.Percentage or FixFieldType.Char or FixFieldType.Boolean
        or FixFieldType.UtcTimestamp or FixFieldType.Time or FixFieldType.UtcDateOnly or FixFieldType.UtcDate
        or FixFieldType.UtcTimeOnly;
}
