using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Gateway.Api.Client;
using Gateway.Benchmarks.Harness;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.Pipeline;
using Gateway.RiskChecks.Config;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Session;
using Gateway.Simulators.Fix;
using Serilog;
using Serilog.Events;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// The gateway's own latency over real sockets: the FIX exchange simulator (backoff idle) and a
/// <see cref="GatewayHost"/> (threads dedicated or shared, see <see cref="WireToWireOptions.Dedicated"/>; idle spin) in this process, and a
/// <see cref="RateClient"/> sending IOC orders at a fixed rate. <see cref="GatewayHost.WireToWire"/> records, inside
/// the gateway, strategy frame read → venue message written; the warm-up's interval is dropped, the next
/// <see cref="WireToWireOptions.Seconds"/> are reported as gw_wire_to_wire_{p50,p99,p999}_us.
/// </summary>
public static class WireToWireFigures
{
    private const string GatewayCompId = "GATEWAY";
    private const string VenueCompId = "SIMVENUE";
    private static readonly TimeSpan LogonTimeout = TimeSpan.FromSeconds(20);

    public static void Measure(WireToWireOptions options, FigureReport report, TextWriter progress)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gateway-bench-w2w-" + Guid.NewGuid().ToString("N"));
        using var log = new LoggerConfiguration().MinimumLevel.Warning()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
        try
        {
            var simulator = FixVenueSimulator.Start(new FixVenueSimulatorOptions
            {
                Port = 0,
                Sessions = [new SimulatedSession(SimulatedSession.Fix44, VenueCompId, GatewayCompId)],
                Symbols = new Dictionary<string, decimal>(StringComparer.Ordinal) { [PipelineLimits.Symbol] = PipelineLimits.ReferencePrice },
                IdleStrategy = new BackoffIdleStrategy(),
                OnError = e => log.Error(e, "Simulator: unexpected exception"),
            });
            var threading = options.Dedicated ? "dedicated" : "shared";
            var host = GatewayHost.Start(Config(simulator.Port, threading, folder), log);
            var caughtUp = false;
            try
            {
                caughtUp = MeasureWith(host, threading, options, report, progress);
                if (!caughtUp)
                {
                    progress.WriteLine($"wire-to-wire, stuck: simulator {simulator.Counters}; {Sessions("simulator", simulator.Sessions)}; " +
                        $"{Sessions("gateway", host.FixEngine?.Sessions ?? [])}; client server: messages in {host.Clients.Counters.MessagesIn:N0}, " +
                        $"out {host.Clients.Counters.MessagesOut:N0}, slow-consumer drops {host.Clients.Counters.SlowConsumerDrops}, " +
                        $"intake paused {host.Clients.Counters.IntakePaused:N0}");
                }
            }
            finally
            {
                // A gateway still behind when its threads stop overflows the stack in Dispose (InboundProxy.WaitForRoom
                // → OutboundAdapter.Drain → InboundProxy.OnSendFailed → WaitForRoom ...), and so may one whose venue
                // goes away: leave both to the process's exit (their threads are background threads).
                if (caughtUp)
                {
                    host.Dispose();
                    simulator.Dispose();
                }
            }
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>Returns true when every order sent reached a final state afterwards (the gateway caught up).</summary>
    private static bool MeasureWith(GatewayHost host, string threading, WireToWireOptions options, FigureReport report, TextWriter progress)
    {
        WaitUntil(() => host.Venues.All(v => v.IsLoggedOn), "the venue session did not log on");

        var run = WireToWireRun.Measure(host, options);
        var (sender, histogram, rate, caughtUp) = (run.Sender, run.Histogram, run.OrdersPerSecond, run.CaughtUp);
        progress.WriteLine(
            $"wire-to-wire (gateway threads {threading}, idle spin; simulator backoff; {Environment.ProcessorCount} cores, " +
            $"load {MachineLoad.OneMinute():0.0}): {run.Describe(options)}");
        report.Add("gw_wire_to_wire_p50_us", Micros(histogram.ValueAtPercentile(50)));
        report.Add("gw_wire_to_wire_p99_us", Micros(histogram.ValueAtPercentile(99)));
        report.Add("gw_wire_to_wire_p999_us", Micros(histogram.ValueAtPercentile(99.9)));
        report.Add("gw_wire_to_wire_orders_per_s", rate);
        if (!caughtUp)
        {
            progress.WriteLine(
                $"wire-to-wire: the gateway had not answered every order {WireToWireRun.DrainTimeout.TotalSeconds:0} s after the run " +
                $"({sender.Final:N0} of {sender.Sent:N0} final; the order thread took {host.Processor.Counters.NewOrders.Value:N0} " +
                $"new orders; rings found full: inbound {host.Inbound.FullWaits:N0}, outbound {OutboundFullWaits(host)}; venue " +
                $"back-pressure {host.Outbound.VenueBackPressure:N0}): the gateway could not keep up with the rate on this machine, " +
                (threading == "shared" ? "or is stuck (threads shared: a full ring waits for its consumer, which is the same thread)" : "or is stuck"));
        }

        return caughtUp;
    }

    private static GatewayConfig Config(int simulatorPort, string threading, string folder) => new()
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
        FixSettingsText = FixSettings(simulatorPort),
        Venues = [new VenueConfig { Id = PipelineLimits.Venue, Name = "SIM", Session = $"FIX.4.4:{GatewayCompId}->{VenueCompId}" }],
        Instruments = [new InstrumentConfig { Id = PipelineLimits.Instrument, Symbol = PipelineLimits.Symbol, Venue = PipelineLimits.Venue }],
        Risk = JsonNode.Parse(RiskLimitsJson.Write(PipelineLimits.For(1 << 20)))!.AsObject(),
    };

    private static string FixSettings(int port) => $"""
        [DEFAULT]
        ConnectionType=initiator
        SocketConnectHost=127.0.0.1
        SocketConnectPort={port.ToString(CultureInfo.InvariantCulture)}
        SenderCompID={GatewayCompId}
        HeartBtInt=30
        ReconnectInterval=1
        NonStopSession=Y
        FileStorePath=fix-store
        FileLogPath=fix-log
        UseDataDictionary=N

        [SESSION]
        BeginString=FIX.4.4
        TargetCompID={VenueCompId}

        """;

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

    /// <summary>The order thread's waits for room in the outbound ring (not exposed by the host: read by reflection, cold).</summary>
    private static string OutboundFullWaits(GatewayHost host) =>
        typeof(OrderProcessor).GetField("_out", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(host.Processor) is OutboundProxy proxy
            ? proxy.FullWaits.ToString("N0", CultureInfo.InvariantCulture)
            : "?";

    /// <summary>Each FIX session's message counters (cold, for the stuck report).</summary>
    private static string Sessions(string side, IReadOnlyList<FixSession> sessions) => string.Join("; ", sessions.Select(s =>
        $"{side} session: in {s.Counters[FixSessionCounter.MessagesReceived]:N0} (app {s.Counters[FixSessionCounter.AppMessagesReceived]:N0}), " +
        $"out {s.Counters[FixSessionCounter.MessagesSent]:N0} (app {s.Counters[FixSessionCounter.AppMessagesSent]:N0}), " +
        $"gaps {s.Counters[FixSessionCounter.SequenceGaps]}, resend requests in/out {s.Counters[FixSessionCounter.ResendRequestsReceived]}/" +
        $"{s.Counters[FixSessionCounter.ResendRequestsSent]}, back-pressure {s.Counters[FixSessionCounter.BackPressureEvents]}, " +
        $"refused {s.Counters[FixSessionCounter.SendsRefused]}, too low {s.Counters[FixSessionCounter.SequenceTooLow]}, " +
        $"invalid {s.Counters[FixSessionCounter.InvalidMessagesIgnored]}, garbled {s.Counters[FixSessionCounter.GarbledFramesDropped]}"));

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
