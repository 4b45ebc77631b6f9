using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Gateway.Hosting;

/// <summary>
/// The host's log: Serilog to the console through the Async sink, so a caller only enqueues an event and a
/// background thread formats and writes it. Engine threads never log per message; they count, and the host reads
/// the counters (STYLE.md 13).
/// </summary>
public static class HostLogging
{
    public const string OutputTemplate = "{Timestamp:HH:mm:ss.fff} {Level:u3} {Message:lj}{NewLine}{Exception}";

    public static Logger CreateConsoleLogger(LogEventLevel minimumLevel = LogEventLevel.Information) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(minimumLevel)
            .WriteTo.Async(sink => sink.Console(outputTemplate: OutputTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture))
            .CreateLogger();
}
