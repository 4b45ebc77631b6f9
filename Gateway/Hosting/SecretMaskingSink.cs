using Serilog.Core;
using Serilog.Events;

namespace Gateway.Hosting;

/// <summary>
/// Replaces known secrets (passwords, tokens) by <c>***</c> in an event's properties, however deeply they sit
/// (a record logged whole prints its password in its ToString), and in its exception, then hands it on. A safety net:
/// the code never logs a secret on purpose. Runs on the logging thread; the host logs only on cold paths.
/// </summary>
public sealed class SecretMaskingSink(ILogEventSink inner, IReadOnlyList<string> secrets) : ILogEventSink, IDisposable
{
    public const string Mask = "***";

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (secrets.Count == 0 || !Leaks(logEvent))
        {
            inner.Emit(logEvent);
            return;
        }

        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, MaskValue(p.Value)));
        var exception = logEvent.Exception is { } e && Contains(e.ToString()) ? new MaskedException(MaskText(e.ToString())) : logEvent.Exception;
        inner.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, MaskTemplate(logEvent.MessageTemplate), properties));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private bool Leaks(LogEvent e) =>
        Contains(e.MessageTemplate.Text) || (e.Exception is { } x && Contains(x.ToString()))
        || e.Properties.Values.Any(v => Contains(v.ToString()));

    private bool Contains(string text)
    {
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string MaskText(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    private MessageTemplate MaskTemplate(MessageTemplate template) =>
        Contains(template.Text) ? new Serilog.Parsing.MessageTemplateParser().Parse(MaskText(template.Text)) : template;

    private LogEventPropertyValue MaskValue(LogEventPropertyValue value) => value switch
    {
        _ when !Contains(value.ToString()) => value,
        ScalarValue { Value: string s } => new ScalarValue(MaskText(s)),
        ScalarValue scalar => new ScalarValue(MaskText(scalar.Value?.ToString() ?? "")),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(MaskValue)),
        StructureValue structure => new StructureValue(
            structure.Properties.Select(p => new LogEventProperty(p.Name, MaskValue(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(
            dictionary.Elements.Select(kv => new KeyValuePair<ScalarValue, LogEventPropertyValue>(kv.Key, MaskValue(kv.Value)))),
        _ => new ScalarValue(MaskText(value.ToString())),
    };

    /// <summary>An exception whose text had a secret in it: the text, masked, stands in for it.</summary>
    private sealed class MaskedException(string text) : Exception(text)
    {
        public override string ToString() => Message;
    }
}
