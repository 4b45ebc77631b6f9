using Gateway.Config;
using Gateway.Sessions.Fix.Config;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;

namespace Gateway.Hosting;

/// <summary>
/// The host's log: Serilog through the Async sink, so a caller only enqueues an event and a background thread formats
/// and writes it: always to the console, and with <c>logging.file</c> to a file rolled daily (text, or JSON lines with
/// <c>logging.json</c>). Engine threads never log per message; they count, and the host reads the counters
/// (STYLE.md 13). Every event passes <see cref="SecretMaskingSink"/> first: passwords and tokens from the
/// configuration are replaced by <c>***</c> wherever they would appear.
/// </summary>
public static class HostLogging
{
    public const string OutputTemplate = "{Timestamp:HH:mm:ss.fff} {Level:u3} {Message:lj}{NewLine}{Exception}";

    /// <summary>The file's text lines: full date, level, message, the event's other properties.</summary>
    public const string FileTemplate =
        "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static Logger CreateConsoleLogger(LogEventLevel minimumLevel = LogEventLevel.Information) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(minimumLevel)
            .WriteTo.Async(sink => sink.Console(outputTemplate: OutputTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture))
            .CreateLogger();

    /// <summary>
    /// The logger <paramref name="config"/> asks for (<see cref="GatewayConfig.Logging"/>; the file relative to the
    /// data directory). <paramref name="console"/>: where console output goes (tests); null: the process's console.
    /// </summary>
    public static Logger Create(GatewayConfig config, TextWriter? console = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var logging = config.Logging;
        if (!Enum.TryParse<LogEventLevel>(logging.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            throw new GatewayConfigException(
                $"logging.level '{logging.Level}' is not one of Verbose, Debug, Information, Warning, Error, Fatal");
        }

        var inner = new LoggerConfiguration().MinimumLevel.Is(level);
        var formatProvider = System.Globalization.CultureInfo.InvariantCulture;
        inner = console is null
            ? inner.WriteTo.Async(sink => sink.Console(outputTemplate: OutputTemplate, formatProvider: formatProvider))
            : inner.WriteTo.Async(sink => sink.Sink(new TextWriterSink(console, new MessageTemplateTextFormatter(OutputTemplate, formatProvider))));
        if (logging.File is { Length: > 0 } file)
        {
            var path = Path.GetFullPath(file, config.DataDirectory);
            inner = logging.Json
                ? inner.WriteTo.Async(sink => sink.File(new JsonFormatter(renderMessage: true, formatProvider: formatProvider), path,
                    rollingInterval: RollingInterval.Day))
                : inner.WriteTo.Async(sink => sink.File(path, outputTemplate: FileTemplate, formatProvider: formatProvider,
                    rollingInterval: RollingInterval.Day));
        }

        return new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Sink(new SecretMaskingSink(inner.CreateLogger(), SecretsOf(config)))
            .CreateLogger();
    }

    /// <summary>Every secret the configuration holds: venue passwords, FIX logon passwords, strategy and admin tokens.</summary>
    public static IReadOnlyList<string> SecretsOf(GatewayConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var secrets = new List<string>();
        secrets.AddRange(config.Venues.Select(v => v.Password).OfType<string>());
        secrets.AddRange(config.Clients.Strategies.Select(s => s.Token));
        secrets.AddRange(config.Admin.Tokens.Select(t => t.Token));
        try
        {
            var fix = config.FixSettings is not null ? QuickFixSettingsFile.Load(config.FixSettings)
                : config.FixSettingsText is not null ? QuickFixSettingsFile.Parse(config.FixSettingsText) : null;
            foreach (var section in fix is null ? [] : fix.Sessions.Prepend(fix.Defaults))
            {
                foreach (var key in new[] { "Password", "NewPassword", "SocketKeyStorePassword", "SocketPrivateKeyPassword" })
                {
                    if (section.TryGetString(key, out var value))
                    {
                        secrets.Add(value);
                    }
                }
            }
        }
        catch (Exception e) when (e is SettingsException or IOException or UnauthorizedAccessException)
        {
            // The engine reports a settings file it cannot read; here there is just nothing more to mask.
        }

        return secrets.Where(s => s.Length >= 3).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToArray();
    }

    /// <summary>Console output into a writer of the caller's (tests read what the console would have shown).</summary>
    private sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : Serilog.Core.ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            lock (writer)
            {
                formatter.Format(logEvent, writer);
                writer.Flush();
            }
        }
    }
}
