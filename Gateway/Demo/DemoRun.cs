using System.Diagnostics;
using Gateway.Hosting;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Serilog;

namespace Gateway.Demo;

/// <summary>
/// The FIX demo: our acceptor (the venue) and our initiator (the strategy) in this process over loopback, each
/// engine on its own thread; stores and logs in a temporary folder removed at the end.
/// </summary>
public sealed class DemoRun(DemoOptions options, ILogger log)
{
    /// <summary>How long a <c>--once</c> run may take beyond sending its orders (logon included).</summary>
    private static readonly TimeSpan OnceGrace = TimeSpan.FromSeconds(20);

    /// <summary>Runs until <paramref name="stop"/> (or, with <c>--once</c>, until every order is filled). Returns the exit code.</summary>
    public int Run(CancellationToken stop)
    {
        WarnIfCrowded();
        var (floor, floorName) = MeasureFloor();
        var dictionary = SpecFolder.Find("FIX44.xml");
        if (dictionary is null)
        {
            log.Warning("FIX44.xml not found (set GATEWAY_FIX_SPEC to a folder of QuickFIX dictionaries): messages are not validated against a dictionary");
        }

        var folder = Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return Trade(stop, floor, floorName, dictionary, folder);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private int Trade(CancellationToken stop, Sessions.Metrics.LatencyHistogram floor, string floorName, string? dictionary, string folder)
    {
        var limit = options.Once ? options.Orders : long.MaxValue;
        var strategy = new DemoStrategy(options.OrdersPerSecond, limit, log);
        var venue = new VenueApplication();
        void OnError(Exception e) => log.Error(e, "Engine thread caught an unexpected exception");

        using var venueEngine = FixEngine.Start(new FixEngineOptions
        {
            Settings = DemoSettings.Venue(options, dictionary),
            Application = venue,
            BaseDirectory = folder,
            AcceptPortOverride = 0,
            OnError = OnError,
        });
        var port = venueEngine.AcceptorPorts[0];

        // The strategy runs on the initiator engine's thread, so it can send without handing orders across threads.
        using var strategyEngine = FixEngine.Create(new FixEngineOptions
        {
            Settings = DemoSettings.Strategy(options, dictionary, port),
            Application = strategy,
            BaseDirectory = folder,
            OnError = OnError,
        });
        IIdleStrategy idle = options.Idle == DemoIdle.Spin ? new BusySpinIdleStrategy() : new BackoffIdleStrategy();
        var runner = new AgentRunner(new CompositeAgent(strategyEngine, strategy), idle, options.Pin ? 0 : -1, OnError).Start();

        log.Information(
            "Venue listening on 127.0.0.1:{Port}; strategy sending {Rate} orders/s{Limit}; engines {Idle}{Pinned}; stores and logs in {Folder}",
            port, options.OrdersPerSecond, options.Once ? $", {options.Orders} in all" : " until Ctrl+C",
            options.Idle == DemoIdle.Spin ? "busy-spin" : "back off when idle", options.Pin ? ", pinned to CPUs 0/1" : "", folder);

        var elapsed = Stopwatch.StartNew();
        var reporter = new DemoReporter(strategy, log, floor, floorName, options.ReportSeconds);
        var deadline = options.Once ? TimeSpan.FromSeconds((double)options.Orders / options.OrdersPerSecond) + OnceGrace : (TimeSpan?)null;
        reporter.RunUntil(stop, strategy.AllFilled, deadline);

        runner.Dispose();
        strategyEngine.Dispose(); // logs out while the venue still answers
        reporter.PrintSummary(elapsed.Elapsed);
        return Verdict(strategy, venue);
    }

    private int Verdict(DemoStrategy strategy, VenueApplication venue)
    {
        if (!options.Once)
        {
            return 0;
        }

        var ok = strategy.Fills == options.Orders && strategy.Rejects == 0 && strategy.Unmatched == 0;
        if (ok)
        {
            log.Information("All {Orders} orders filled", options.Orders);
            return 0;
        }

        log.Error(
            "Not every order was filled: {Sent} of {Orders} sent, {Fills} fills, {Rejects} rejects, {Unmatched} unmatched reports, " +
            "{VenueOrders} orders reached the venue, {VenueFailures} reports it could not send",
            strategy.OrdersSent, options.Orders, strategy.Fills, strategy.Rejects, strategy.Unmatched, venue.Orders, venue.SendFailures);
        return 1;
    }

    /// <summary>Busy-spinning engines need a core each; on a crowded machine every figure includes waits for one.</summary>
    private void WarnIfCrowded()
    {
        var cores = Environment.ProcessorCount;
        var load = MachineLoad.OneMinute();
        if (options.Idle == DemoIdle.Spin && cores < 3)
        {
            log.Warning("{Cores} cores for two busy-spinning engines and the host: expect waits for a core (--idle backoff is gentler)", cores);
        }

        if (load > cores)
        {
            log.Warning(
                "The machine is busy (load {Load:0.0} on {Cores} cores): round trips include time spent waiting for a core, " +
                "more so for orders sent at a steady rate than for the back-to-back TCP floor", load, cores);
        }
    }

    private (Sessions.Metrics.LatencyHistogram Floor, string Name) MeasureFloor()
    {
        var spin = LoopbackFloor.Spin();
        var blocking = LoopbackFloor.Blocking();
        log.Information(
            "TCP floor of this machine (loopback, 200 B ping-pong): busy-polling p50 {SpinP50:0.0} µs, p99 {SpinP99:0.0} µs " +
            "({SpinCount} round trips); blocking p50 {BlockingP50:0.0} µs, p99 {BlockingP99:0.0} µs ({BlockingCount} round trips)",
            spin.ValueAtPercentile(50) / 1000.0, spin.ValueAtPercentile(99) / 1000.0, spin.Count,
            blocking.ValueAtPercentile(50) / 1000.0, blocking.ValueAtPercentile(99) / 1000.0, blocking.Count);
        return options.Idle == DemoIdle.Spin ? (spin, "TCP floor (spin)") : (blocking, "TCP floor (blocking)");
    }

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
    }
}
