using System.Text;
using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Running;

/// <summary>
/// Builds the text of a script failure: file:line first (clickable), then labelled lines (expected, received,
/// difference), then what went over the connection before, then the acceptor's own diagnostics. SOH shows as |.
/// </summary>
internal sealed class FailureReport
{
    private const int HistoryShown = 12;
    private readonly StringBuilder _text = new();

    public FailureReport(AcceptanceScript script, ScriptStep step, string headline)
    {
        _text.Append(script.Locate(step)).Append(": ").AppendLine(headline);
        Add("script line", WireText.Display(step.Text));
    }

    public FailureReport Add(string label, string value)
    {
        _text.Append("  ").Append((label + ":").PadRight(17)).AppendLine(value);
        return this;
    }

    public FailureReport AddWire(string label, string wire) =>
        Add(label, wire.Length == 0 ? "(nothing)" : WireText.Display(wire));

    public FailureReport AddHistory(ScriptConnection connection)
    {
        var history = connection.History;
        var shown = Math.Min(HistoryShown, history.Count);
        _text.Append("connection ").Append(connection.Number).Append(", messages before this line");
        if (shown == 0)
        {
            _text.AppendLine(": none");
            return this;
        }

        _text.Append(" (oldest first").Append(shown < history.Count ? $", last {shown} of {history.Count}" : "").AppendLine("):");
        for (var i = history.Count - shown; i < history.Count; i++)
        {
            _text.Append("  ").AppendLine(history[i].ToString());
        }

        return this;
    }

    public ScriptFailedException ToException(Func<string>? diagnostics, Exception? inner = null)
    {
        var extra = diagnostics?.Invoke();
        if (!string.IsNullOrWhiteSpace(extra))
        {
            _text.AppendLine("acceptor diagnostics:").AppendLine(extra.TrimEnd());
        }

        return new ScriptFailedException(_text.ToString().TrimEnd(), inner);
    }
}
