using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Admin.Cli;

/// <summary>Prints the API's JSON as an operator reads it: arrays as aligned tables, objects as <c>name: value</c> lines.</summary>
public static class TablePrinter
{
    /// <summary>A table of <paramref name="rows"/> with the given columns (JSON property names), headers in upper case.</summary>
    public static void Table(TextWriter output, JsonArray rows, IReadOnlyList<string> columns)
    {
        var cells = new List<string[]> { columns.Select(c => c.ToUpperInvariant()).ToArray() };
        foreach (var row in rows.OfType<JsonObject>())
        {
            cells.Add(columns.Select(c => Text(Path(row, c))).ToArray());
        }

        var widths = columns.Select((_, i) => cells.Max(r => r[i].Length)).ToArray();
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }

        if (cells.Count == 1)
        {
            output.WriteLine("(none)");
        }
    }

    /// <summary>Every property of <paramref name="value"/>, nested objects flattened with dots.</summary>
    public static void Properties(TextWriter output, JsonObject value, string prefix = "")
    {
        foreach (var (key, node) in value)
        {
            if (node is JsonObject nested)
            {
                Properties(output, nested, prefix + key + ".");
            }
            else
            {
                output.WriteLine($"{prefix}{key}: {Text(node)}");
            }
        }
    }

    /// <summary>A cell: strings bare, null as <c>-</c>, anything else as compact JSON.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "-",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary><c>latencyMicros.p99</c> → the nested value.</summary>
    private static JsonNode? Path(JsonObject row, string column)
    {
        JsonNode? node = row;
        foreach (var part in column.Split('.'))
        {
            node = (node as JsonObject)?[part];
        }

        return node;
    }
}
