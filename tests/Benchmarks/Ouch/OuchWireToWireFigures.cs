using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Api.Client;
using Gateway.Benchmarks.Harness;
using Gateway.Benchmarks.Pipeline;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.RiskChecks.Config;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Metrics;
using Serilog;
using Serilog.Events;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// The gateway's own latency to an OUCH 4.2 venue over real sockets, measured like the <c>pipeline</c> mode's FIX
/// figure: a <see cref="GatewayHost"/> in this process (idle spin, threads shared or dedicated) with one ouch42 venue,
/// the <see cref="BenchOuchVenue"/> on a back-off thread, and a <see cref="RateClient"/> sending IOC orders at a fixed
/// rate. <see cref="GatewayHost.WireToWire"/> records, inside the gateway, strategy frame read → OUCH Enter Order
/// written to the Soup socket. The warm-up's interval is dropped; the next seconds are gw_ouch_wire_to_wire_*.
/// </summary>
public static class OuchWireToWireFigures
{
    private static readonly TimeSpan LogonTimeout = TimeSpan.FromSeconds(20);

    public static void Measure(WireToWireOptions options, FigureReport report, TextWriter progress)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gateway-bench-ouch-" + Guid.NewGuid().ToString("N"));
        using var log = new LoggerConfiguration().MinimumLevel.Warning()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
        var venue = new BenchOuchVenue();
        var venueRunner = new AgentRunner(venue, new BackoffIdleStrategy(), onError: e => log.Error(e, "Bench venue")).Start();
        var caughtUp = false;
        try
        {
            var threading = options.Dedicated ? "dedicated" : "shared";
            var host = GatewayHost.Start(Config(venue.Port, threading, folder), log);
            try
            {
                caughtUp = MeasureWith(host, venue, threading, options, report, progress);
            }
            finally
            {
                // As in the FIX figure: a gateway still behind is left to the process's exit (background threads).
                if (caughtUp)
                {
                    host.Dispose();
                }
            }
        }
        finally
        {
            if (caughtUp)
            {
                venueRunner.Dispose();
                venue.Dispose();
                TryDelete(folder);
            }
        }
    }

    private static bool MeasureWith(GatewayHost host, BenchOuchVenue venue, string threading, WireToWireOptions options,
        FigureReport report, TextWriter progress)
    {
        WaitUntil(() => host.Venues.All(v => v.IsLoggedOn), "the OUCH venue session did not log in");

        var run = WireToWireRun.Measure(host, options);
        var (sender, histogram, rate, caughtUp) = (run.Sender, run.Histogram, run.OrdersPerSecond, run.CaughtUp);
        progress.WriteLine(
            $"OUCH 4.2 wire-to-wire (gateway threads {threading}, idle spin; venue backoff; {Environment.ProcessorCount} cores, " +
            $"load {MachineLoad.OneMinute():0.0}): {run.Describe(options)}; " +
            $"venue: {venue.EnterOrders:N0} Enter Orders, {venue.UnknownMessages} unexpected");
        if (histogram.Count == 0)
        {
            throw new InvalidOperationException("no order reached the OUCH venue during the measured interval");
        }

        report.Add("gw_ouch_wire_to_wire_p50_us", Micros(histogram.ValueAtPercentile(50)));
        report.Add("gw_ouch_wire_to_wire_p99_us", Micros(histogram.ValueAtPercentile(99)));
        report.Add("gw_ouch_wire_to_wire_p999_us", Micros(histogram.ValueAtPercentile(99.9)));
        report.Add("gw_ouch_wire_to_wire_max_us", Micros(histogram.Max));
        report.Add("gw_ouch_wire_to_wire_orders_per_s", rate);
        if (!caughtUp)
        {
            progress.WriteLine(
                $"OUCH wire-to-wire: the gateway had not answered every order {WireToWireRun.DrainTimeout.TotalSeconds:0} s after the run " +
                $"({sender.Final:N0} of {sender.Sent:N0} final; venue back-pressure {host.Outbound.VenueBackPressure:N0}): " +
                "the gateway could not keep up with the rate on this machine, or is stuck");
        }

        return caughtUp;
    }

    private static GatewayConfig Config(int venuePort, string threading, string folder) => new()
    {
        Threading = threading,
        Idle = "spin",
        DataDirectory = folder,
        JournalSegmentMegabytes = 4,
        Clients = new ClientsConfig
        {
            Listen = "127.0.0.1:0",
            Strategies = [new StrategyConfig { Id = PipelineLimits.Strategy, Token = WireToWireRun.Token, Name = "bench" }],
        },
        Venues =
        [
            new VenueConfig
            {
                Id = PipelineLimits.Venue,
                Name = "BENCHOUCH",
                Protocol = "ouch42",
                Host = "127.0.0.1",
                Port = venuePort,
                Username = BenchOuchVenue.Username,
                Password = BenchOuchVenue.Password,
                Firm = "BNCH",
            },
        ],
        Instruments = [new InstrumentConfig { Id = PipelineLimits.Instrument, Symbol = PipelineLimits.Symbol, Venue = PipelineLimits.Venue }],
        Risk = JsonNode.Parse(RiskLimitsJson.Write(PipelineLimits.For(1 << 20)))!.AsObject(),
    };

    private static void WaitUntil(Func<bool> condition, string failure)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(LogonTimeout.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException(failure);
            }

            Thread.Sleep(10);
        }
    }

    private static double Micros(long nanos) => WireToWireRun.Micros(nanos);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
