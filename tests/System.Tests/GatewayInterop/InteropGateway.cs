using System.Globalization;
using System.Text;
using Gateway.Hosting;
using Gateway.Pipeline;
using Serilog;
using Serilog.Core;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// Our gateway in the test process (<see cref="GatewayHost"/>), its venues sessions to QuickFIX C++ peers. Its log
/// goes to DIR/gateway.log and its FIX message logs to DIR/data/fix-log; <see cref="Describe"/> puts the counters
/// and that log into failure messages.
/// </summary>
internal sealed class InteropGateway : IDisposable
{
    private readonly Logger _log;
    private readonly string _logPath;

    private InteropGateway(GatewayHost host, Logger log, string logPath)
    {
        Host = host;
        _log = log;
        _logPath = logPath;
    }

    public GatewayHost Host { get; }

    public OrderProcessorCounters Counters => Host.Processor.Counters;

    public static InteropGateway Start(IReadOnlyList<InteropVenue> venues, string directory)
    {
        Directory.CreateDirectory(directory);
        var logPath = Path.Combine(directory, "gateway.log");
        var log = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.File(logPath, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
        try
        {
            var host = GatewayHost.Start(InteropGatewayConfig.Create(venues, Path.Combine(directory, "data")), log);
            return new InteropGateway(host, log, logPath);
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>The order thread's counters and the gateway's log: for assertion messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"gateway counters: new {Counters.NewOrders.Value}, cancels {Counters.Cancels.Value}, rejected {Counters.Rejected.Value}, " +
            $"fills {Counters.Fills.Value}, venue reports {Counters.VenueReports.Value}, duplicates {Counters.Duplicates.Value}, " +
            $"anomalies {Counters.Anomalies.Value}, unrecognised {Counters.Unrecognised.Value}, send failures {Counters.SendFailures.Value}");
        text.AppendLine("gateway log:");
        try
        {
            using var stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }
        catch (IOException e)
        {
            text.Append(e.Message);
        }

        return text.ToString();
    }

    public void Dispose()
    {
        Host.Dispose();
        _log.Dispose();
    }
}
