using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.System.Tests.Operations;

/// <summary>One sample: metric name, labels, value.</summary>
internal sealed record PromSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Label(string name) => Labels.TryGetValue(name, out var v) ? v : "";
}

/// <summary>A family: its TYPE, HELP and samples in the order written.</summary>
internal sealed record PromFamily(string Name, string Type, string Help, List<PromSample> Samples);

/// <summary>
/// A strict reader of the Prometheus text format 0.0.4, for tests: throws <see cref="FormatException"/> on anything a
/// scraper could misread. Checks metric and label name syntax, label value escapes, HELP then TYPE before a family's
/// samples, each family once and its samples together, sample names belonging to their family (histograms:
/// <c>_bucket</c>, <c>_sum</c>, <c>_count</c>), no series twice, histogram buckets with <c>le</c> ascending and counts
/// never decreasing, and the <c>+Inf</c> bucket equal to <c>_count</c>.
/// </summary>
internal static partial class PrometheusTextParser
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static Dictionary<string, PromFamily> Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("the exposition must end with a newline");
        }

        var families = new Dictionary<string, PromFamily>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        PromFamily? current = null;
        string? pendingHelp = null, pendingHelpName = null;
        var lineNumber = 0;
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            lineNumber++;
            string Where() => $"line {lineNumber}: '{line}'";
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                var rest = line[7..];
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                pendingHelpName = space < 0 ? rest : rest[..space];
                pendingHelp = space < 0 ? "" : Unescape(rest[(space + 1)..], help: true, Where);
                RequireMetricName(pendingHelpName, Where);
            }
            else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line[7..].Split(' ');
                if (parts.Length != 2 || !Types.Contains(parts[1]))
                {
                    throw new FormatException($"bad TYPE, {Where()}");
                }

                RequireMetricName(parts[0], Where);
                if (families.ContainsKey(parts[0]))
                {
                    throw new FormatException($"family {parts[0]} declared twice, {Where()}");
                }

                if (pendingHelpName != parts[0])
                {
                    throw new FormatException($"TYPE without a HELP for {parts[0]} just before it, {Where()}");
                }

                current = new PromFamily(parts[0], parts[1], pendingHelp!, []);
                families.Add(current.Name, current);
            }
            else if (line.StartsWith('#') || line.Length == 0)
            {
                throw new FormatException($"unexpected comment or blank line, {Where()}");
            }
            else
            {
                var sample = ParseSample(line, Where);
                if (current is null || !Belongs(sample.Name, current))
                {
                    throw new FormatException($"sample {sample.Name} outside its family (or before its TYPE), {Where()}");
                }

                var key = sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)) + "}";
                if (!series.Add(key))
                {
                    throw new FormatException($"series {key} twice, {Where()}");
                }

                current.Samples.Add(sample);
            }
        }

        foreach (var family in families.Values.Where(f => f.Type == "histogram"))
        {
            CheckHistogram(family);
        }

        return families;
    }

    private static bool Belongs(string sample, PromFamily family) => family.Type == "histogram"
        ? sample == family.Name + "_bucket" || sample == family.Name + "_sum" || sample == family.Name + "_count"
        : sample == family.Name;

    private static void CheckHistogram(PromFamily family)
    {
        var buckets = family.Samples.Where(s => s.Name.EndsWith("_bucket", StringComparison.Ordinal)).ToList();
        var count = family.Samples.SingleOrDefault(s => s.Name == family.Name + "_count")
            ?? throw new FormatException($"{family.Name}: no _count");
        _ = family.Samples.SingleOrDefault(s => s.Name == family.Name + "_sum") ?? throw new FormatException($"{family.Name}: no _sum");
        var previousLe = double.NegativeInfinity;
        var previousCount = 0.0;
        foreach (var bucket in buckets)
        {
            var le = ParseValue(bucket.Label("le"));
            if (!(le > previousLe))
            {
                throw new FormatException($"{family.Name}: le {le} not above {previousLe}");
            }

            if (bucket.Value < previousCount)
            {
                throw new FormatException($"{family.Name}: bucket le={le} count {bucket.Value} below the one before ({previousCount})");
            }

            previousLe = le;
            previousCount = bucket.Value;
        }

        if (buckets.Count == 0 || buckets[^1].Label("le") != "+Inf" || buckets[^1].Value != count.Value)
        {
            throw new FormatException($"{family.Name}: the last bucket must be le=\"+Inf\" equal to _count ({count.Value})");
        }
    }

    private static PromSample ParseSample(string line, Func<string> where)
    {
        var match = SampleLine().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"bad sample, {where()}");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = match.Groups["labels"].Value;
        var i = 0;
        while (i < body.Length)
        {
            var eq = body.IndexOf('=', i);
            if (eq < 0 || !LabelName().IsMatch(body[i..eq]) || eq + 1 >= body.Length || body[eq + 1] != '"')
            {
                throw new FormatException($"bad label, {where()}");
            }

            var name = body[i..eq];
            var value = new StringBuilder();
            var j = eq + 2;
            for (; j < body.Length && body[j] != '"'; j++)
            {
                if (body[j] == '\\')
                {
                    j++;
                    value.Append(j < body.Length ? body[j] switch
                    {
                        '\\' => '\\',
                        '"' => '"',
                        'n' => '\n',
                        _ => throw new FormatException($"bad escape in a label value, {where()}"),
                    } : throw new FormatException($"unterminated label value, {where()}"));
                }
                else
                {
                    value.Append(body[j]);
                }
            }

            if (j >= body.Length || !labels.TryAdd(name, value.ToString()))
            {
                throw new FormatException($"unterminated or repeated label {name}, {where()}");
            }

            i = j + 1;
            if (i < body.Length && body[i] != ',')
            {
                throw new FormatException($"labels must be separated by commas, {where()}");
            }

            i++;
        }

        return new PromSample(match.Groups["name"].Value, labels, ParseValue(match.Groups["value"].Value));
    }

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Unescape(string text, bool help, Func<string> where)
    {
        var s = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                s.Append(text[i]);
                continue;
            }

            i++;
            s.Append(i < text.Length && help ? text[i] switch
            {
                '\\' => '\\',
                'n' => '\n',
                _ => throw new FormatException($"bad escape in HELP, {where()}"),
            } : throw new FormatException($"bad escape, {where()}"));
        }

        return s.ToString();
    }

    private static void RequireMetricName(string name, Func<string> where)
    {
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"bad metric name '{name}', {where()}");
        }
    }

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();

    [GeneratedRegex("^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?<labels>.*)\\})? (?<value>[^ ]+)$")]
    private static partial Regex SampleLine();
}
