using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// What the validator must look at in a non-empty value of a field, decided once when the dictionary loads so the
/// walk tests one byte instead of the field's type, format flag, enumeration and multiple-value flag in turn.
/// </summary>
internal enum ValueCheck : byte
{
    /// <summary>Free text without an enumeration: presence is all.</summary>
    None = 0,

    /// <summary>CHAR without an enumeration: one byte.</summary>
    Char,

    /// <summary>CHAR with an enumeration of ASCII characters: one byte, in <see cref="FieldDef.CharEnumLow"/>/High.</summary>
    CharEnum,

    /// <summary>An integer type without an enumeration: 1-9 plain digits pass at once, anything else goes to
    /// <see cref="FixValue.IsValid"/>.</summary>
    Int,

    /// <summary>A float type (PRICE, QTY, ...) without an enumeration.</summary>
    Float,

    /// <summary>UTCTIMESTAMP or TIME without an enumeration: the date part of the last valid one is remembered.</summary>
    Timestamp,

    /// <summary>Free text with an enumeration of single values (not a multiple-value type).</summary>
    TextEnum,

    /// <summary>An integer type with an enumeration (PartyRole, ...): <see cref="Int"/>, then the enumeration.</summary>
    IntEnum,

    /// <summary>Anything else: <see cref="FixValue.IsValid"/> and the enumeration.</summary>
    Other,
}
