using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.RiskChecks.Config;

/// <summary>
/// Cold path: <see cref="RiskLimits"/> from and to JSON. Property names as in the records, enums as names,
/// time spans as "hh:mm:ss", amounts as JSON numbers.
/// <code>
/// { "TradingDayStartUtc": "22:00:00",
///   "Strategies": [ { "Id": 1, "Accounts": [7], "Venues": [0], "MaxOrderQuantity": 10000,
///                     "MessageRate": { "MaxMessages": 100, "Window": "00:00:01" } } ],
///   "Instruments": [ { "Id": 42, "ReferencePrice": 101.25, "CollarPercent": 5, "MaxLongPosition": 50000 } ] }
/// </code>
/// </summary>
public static class RiskLimitsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Parses and validates; throws <see cref="JsonException"/> or <see cref="ArgumentException"/> saying what is wrong.</summary>
    public static RiskLimits Parse(string json)
    {
        var limits = JsonSerializer.Deserialize<RiskLimits>(json, Options) ?? throw new JsonException("The risk limits are empty.");
        RiskLimitsValidator.Validate(limits);
        return limits;
    }

    public static RiskLimits Load(string path) => Parse(File.ReadAllText(path));

    public static string Write(RiskLimits limits) => JsonSerializer.Serialize(limits, Options);
}
