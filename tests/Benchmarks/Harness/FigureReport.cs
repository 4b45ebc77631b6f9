using System.Globalization;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// The figures a mode measured, printed at the end as lines <c>name value</c> (one per figure, invariant culture),
/// so scripts can pick them up with <c>awk '$1 == "tcp_floor_spin_p50_us" { print $2 }'</c>.
/// </summary>
public sealed class FigureReport
{
    private readonly List<(string Name, string Value)> _figures = [];

    public IReadOnlyList<(string Name, string Value)> Figures => _figures;

    public void Add(string name, double value) => _figures.Add((name, value.ToString("0.###", CultureInfo.InvariantCulture)));

    public void Add(string name, long value) => _figures.Add((name, value.ToString(CultureInfo.InvariantCulture)));

    public void WriteTo(TextWriter output)
    {
        foreach ((string name, string value) in _figures)
        {
            output.WriteLine($"{name} {value}");
        }
    }
}
