using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Gateway.Operations.Search;

/// <summary>An OUCH field's value as text, and the name of a coded value where OUCH defines one.</summary>
internal static class OuchValues
{
    private static readonly Dictionary<string, Dictionary<char, string>> Codes = new(StringComparer.Ordinal)
    {
        ["Side"] = new() { ['B'] = "Buy", ['S'] = "Sell", ['T'] = "SellShort", ['E'] = "SellShortExempt" },
        ["EventCode"] = new() { ['S'] = "StartOfDay", ['E'] = "EndOfDay" },
        ["OrderState"] = new() { ['L'] = "Live", ['D'] = "Dead" },
        ["Capacity"] = new() { ['A'] = "Agency", ['P'] = "Principal", ['R'] = "Riskless", ['O'] = "Other" },
        ["Display"] = new() { ['Y'] = "Displayed", ['N'] = "NonDisplay", ['A'] = "Attributable", ['P'] = "PostOnly" },
        ["TimeInForce50"] = new() { ['0'] = "Day", ['3'] = "ImmediateOrCancel", ['5'] = "GoodTillExtendedHours", ['6'] = "GoodTillTime", ['E'] = "AfterHours" },
    };

    public static ulong Unsigned(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => bytes[0],
        2 => BinaryPrimitives.ReadUInt16BigEndian(bytes),
        4 => BinaryPrimitives.ReadUInt32BigEndian(bytes),
        8 => BinaryPrimitives.ReadUInt64BigEndian(bytes),
        _ => 0,
    };

    public static string Text(OuchField field, ReadOnlySpan<byte> bytes) => field.Kind switch
    {
        OuchFieldKind.Char => ((char)bytes[0]).ToString(),
        OuchFieldKind.Alpha => Encoding.ASCII.GetString(bytes).TrimEnd(' '),
        OuchFieldKind.Price => (Unsigned(bytes) / 10_000m).ToString("0.0000", CultureInfo.InvariantCulture),
        _ => Unsigned(bytes).ToString(CultureInfo.InvariantCulture),
    };

    public static string? Name(OuchField field, ReadOnlySpan<byte> bytes)
    {
        if (field.Kind == OuchFieldKind.Timestamp)
        {
            // Nanoseconds since the venue's midnight, as a time of day.
            var nanos = Unsigned(bytes);
            return nanos >= 86_400_000_000_000UL ? null
                : TimeSpan.FromTicks((long)(nanos / 100)).ToString(@"hh\:mm\:ss\.fffffff", CultureInfo.InvariantCulture);
        }

        var key = field.Name switch { "BuySellIndicator" => "Side", "TimeInForce" => "TimeInForce50", _ => field.Name };
        if (field.Kind == OuchFieldKind.Char && Codes.TryGetValue(key, out var codes))
        {
            return codes.GetValueOrDefault((char)bytes[0]);
        }

        return null;
    }
}
