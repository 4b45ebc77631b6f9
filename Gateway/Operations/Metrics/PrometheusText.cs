using System.Globalization;
using System.Text;

namespace Gateway.Operations.Metrics;

/// <summary>
/// Writes the Prometheus text exposition format 0.0.4: for each family a <c># HELP</c> and a <c># TYPE</c> line, then
/// its samples, <c>name{label="value",...} value</c>. Label values escape '\', '"' and newline; HELP text escapes
/// '\' and newline. A family is written once, with all its samples together (the format requires it).
/// </summary>
public sealed class PrometheusText(TextWriter writer)
{
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    private readonly StringBuilder _line = new();

    public void Family(string name, string type, string help)
    {
        if (!_families.Add(name))
        {
            throw new InvalidOperationException($"metric family {name} written twice");
        }

        writer.Write("# HELP ");
        writer.Write(name);
        writer.Write(' ');
        writer.Write(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
        writer.Write("\n# TYPE ");
        writer.Write(name);
        writer.Write(' ');
        writer.Write(type);
        writer.Write('\n');
    }

    /// <summary>A family with one sample and no labels.</summary>
    public void Single(string name, string type, string help, long value)
    {
        Family(name, type, help);
        Sample(name, value);
    }

    public void Sample(string name, long value, params ReadOnlySpan<(string Name, string Value)> labels) =>
        Sample(name, value.ToString(CultureInfo.InvariantCulture), labels);

    public void Sample(string name, double value, params ReadOnlySpan<(string Name, string Value)> labels) =>
        Sample(name, Number(value), labels);

    /// <summary>A number as Prometheus reads it: plain decimals where that is short, +Inf, NaN.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("0.#############", CultureInfo.InvariantCulture),
    };

    private void Sample(string name, string value, ReadOnlySpan<(string Name, string Value)> labels)
    {
        _line.Clear().Append(name);
        if (labels.Length > 0)
        {
            _line.Append('{');
            for (var i = 0; i < labels.Length; i++)
            {
                if (i > 0)
                {
                    _line.Append(',');
                }

                _line.Append(labels[i].Name).Append("=\"");
                foreach (var c in labels[i].Value)
                {
                    _ = c switch
                    {
                        '\\' => _line.Append("\\\\"),
                        '"' => _line.Append("\\\""),
                        '\n' => _line.Append("\\n"),
                        _ => _line.Append(c),
                    };
                }

                _line.Append('"');
            }

            _line.Append('}');
        }

        _line.Append(' ').Append(value).Append('\n');
        writer.Write(_line);
    }
}
