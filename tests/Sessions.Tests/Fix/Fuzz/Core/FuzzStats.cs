using System.Globalization;
using System.Text;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>How often each outcome and each mutation occurred in a run.</summary>
internal sealed class FuzzStats
{
    public SortedDictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Mutations { get; } = new(StringComparer.Ordinal);

    public int Frames { get; private set; }

    public int Indeterminate => Outcomes.GetValueOrDefault("indeterminate");

    public int Reconnects { get; set; }

    public void Record(string mutation, string outcome, bool isFrame = true)
    {
        if (isFrame)
        {
            Frames++;
            Mutations[mutation] = Mutations.GetValueOrDefault(mutation) + 1;
        }

        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Frames).Append(" fuzzed frames, ").Append(Reconnects).AppendLine(" reconnects");
        text.AppendLine("outcomes (every checked exchange, including logons and logout answers):");
        foreach (var (outcome, count) in Outcomes.OrderByDescending(kv => kv.Value))
        {
            text.Append("  ").Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(7)).Append("  ").AppendLine(outcome);
        }

        text.AppendLine("mutations:");
        foreach (var (mutation, count) in Mutations.OrderByDescending(kv => kv.Value))
        {
            text.Append("  ").Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(7)).Append("  ").AppendLine(mutation);
        }

        return text.ToString();
    }
}
