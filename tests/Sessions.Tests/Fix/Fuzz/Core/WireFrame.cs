using System.Globalization;
using System.Text;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

internal enum FieldSection : byte
{
    Header,
    Body,
    Trailer,
}

/// <summary>
/// One <c>tag=value</c> of a frame under construction, as Latin-1 text (one char per byte, so any byte can be
/// written). A null value for BodyLength (9) or CheckSum (10) means "compute it when encoding".
/// </summary>
internal sealed class WireField(string tag, string? value, FieldSection section, int unit = 0)
{
    public string Tag { get; set; } = tag;

    public string? Value { get; set; } = value;

    public FieldSection Section { get; set; } = section;

    /// <summary>Top-level body unit: a group counter and its entries share one, so that moves keep groups whole.</summary>
    public int Unit { get; } = unit;

    public WireField Copy() => new(Tag, Value, Section, Unit);

    public override string ToString() => $"{Tag}={Value}";
}

/// <summary>
/// A FIX frame as a list of fields, encoded with BodyLength and CheckSum computed here (independently of the
/// engine's writer): BodyLength counts the bytes after the SOH that ends 9= up to and including the SOH before
/// 10=; CheckSum is the byte sum of everything before 10=, modulo 256, as three digits.
/// </summary>
internal sealed class WireFrame
{
    public const char Soh = '\u0001';

    public List<WireField> Fields { get; } = [];

    public WireFrame Copy()
    {
        var copy = new WireFrame();
        foreach (var field in Fields)
        {
            copy.Fields.Add(field.Copy());
        }

        return copy;
    }

    public int IndexOf(string tag) => Fields.FindIndex(f => f.Tag == tag);

    public string? Get(string tag) => Fields.Find(f => f.Tag == tag)?.Value;

    public void Set(string tag, string value) => Fields[IndexOf(tag)].Value = value;

    /// <summary>Index just after the last header field (where the body starts).</summary>
    public int BodyStart => Fields.FindLastIndex(f => f.Section == FieldSection.Header) + 1;

    /// <summary>Index of the trailer (10), or the count if there is none.</summary>
    public int TrailerStart
    {
        get
        {
            var index = Fields.FindIndex(f => f.Section == FieldSection.Trailer);
            return index < 0 ? Fields.Count : index;
        }
    }

    /// <summary>The frame as Latin-1 text.</summary>
    public string Encode()
    {
        var parts = Fields.ConvertAll(f => f.Value is null ? null : f.Tag + "=" + f.Value + Soh);
        var lengthIndex = Fields.FindIndex(f => f.Tag == "9");
        var checksumIndex = Fields.FindIndex(f => f.Tag == "10");
        if (lengthIndex >= 0 && parts[lengthIndex] is null)
        {
            var end = checksumIndex > lengthIndex ? checksumIndex : parts.Count;
            var length = 0;
            for (var i = lengthIndex + 1; i < end; i++)
            {
                length += parts[i]!.Length;
            }

            parts[lengthIndex] = "9=" + length.ToString(CultureInfo.InvariantCulture) + Soh;
        }

        if (checksumIndex >= 0 && parts[checksumIndex] is null)
        {
            var sum = 0;
            for (var i = 0; i < checksumIndex; i++)
            {
                sum += CheckSum(parts[i]!);
            }

            parts[checksumIndex] = "10=" + (sum % 256).ToString("000", CultureInfo.InvariantCulture) + Soh;
        }

        return string.Concat(parts);
    }

    public static int CheckSum(string latin1)
    {
        var sum = 0;
        foreach (var c in latin1)
        {
            sum += c;
        }

        return sum;
    }

    public static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);

    public static string Text(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>For messages: SOH shown as '|'.</summary>
    public static string Show(string latin1) => latin1.Replace(Soh, '|');
}
