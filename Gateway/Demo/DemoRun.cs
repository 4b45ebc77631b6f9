using System.Diagnostics;
using Gateway.Api.Client;
using Gateway.Hosting;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Metrics;
using Gateway.Simulators.Fix;
using Serilog;

namespace Gateway.Demo;

/// <summary>
/// The main job on its embedded default: the exchange simulator (two FIX venues) and the gateway in this process,
/// and a sample strategy that connects through the binary order API and trades. Journal, FIX stores and logs go to a
/// temporary folder removed at the end.
/// </summary>
public sealed class DemoRun(DemoOptions options, ILogger log)
{
    private static readonly TimeSpan LogonTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan OnceGrace = TimeSpan.FromSeconds(20);

    public int Run(CancellationToken stop)
    {
        WarnIfCrowded();
        var (floor, floorName) = MeasureFloor();
        var folder = Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return Trade(stop, floor, floorName, folder);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private int Trade(CancellationToken stop, LatencyHistogram floor, string floorName, string folder)
    {
        using var simulator = FixVenueSimulator.Start(DemoGateway.Simulator() with
        {
            IdleStrategy = new BackoffIdleStrategy(),
            OnError = e => log.Error(e, "Simulator: unexpected exception"),
        });
        log.Information("Exchange simulator listening on 127.0.0.1:{Port}: {Venues}", simulator.Port,
            string.Join(", ", DemoGateway.Venues.Select(v => $"{v.Name} ({v.BeginString})")));

        var adminToken = DemoAdmin.NewToken();
        using var gateway = GatewayHost.Start(
            DemoGateway.Config(options, simulator.Port, Path.Combine(folder, "gateway"), DemoAdmin.Config(adminToken)), log);
        if (gateway.AdminConsole is { } console)
        {
            // On stdout, not through the log: the token is in the fragment, which browsers never send.
            Console.Out.WriteLine(DemoAdmin.ConsoleLine(console.Address, adminToken));
            Console.Out.Flush();
        }

        if (!WaitFor(() => gateway.Venues.All(v => v.IsLoggedOn), LogonTimeout, stop))
        {
            log.Error("The venues' FIX sessions did not log on within {Seconds} s", LogonTimeout.TotalSeconds);
            return 1;
        }

        log.Information("Venue sessions logged on: {Venues}", string.Join(", ", gateway.Venues.Select(v => v.Name)));
        using var client = new GatewayClient();
        client.Connect("127.0.0.1", gateway.ClientEndPoint.Port);
        var login = client.Login(DemoPlan.StrategyId, DemoPlan.Token);
        if (!login.IsLoggedIn)
        {
            log.Error("The strategy could not log in: {Login}", login);
            return 1;
        }

        var limit = options.Once ? options.Orders : long.MaxValue;
        using var strategy = new SampleStrategy(client, options.OrdersPerSecond, limit, spin: options.StrategySpins);
        strategy.Start();
        log.Information(
            "Strategy {Strategy} logged in at {Endpoint}; sending {Rate} orders/s{Limit} (IOC across the spread, resting orders canceled or " +
            "replaced, every 100th too large for its risk limit)",
            DemoPlan.StrategyId, gateway.ClientEndPoint, options.OrdersPerSecond,
            options.Once ? $", {options.Orders} in all" : " until Ctrl+C");

        var elapsed = Stopwatch.StartNew();
        var reporter = new DemoReporter(strategy, gateway.WireToWire, log, floor, floorName, options.ReportSeconds);
        var deadline = options.Once ? TimeSpan.FromSeconds((double)options.Orders / options.OrdersPerSecond) + OnceGrace : (TimeSpan?)null;
        reporter.RunUntil(stop, strategy.AllFinal, deadline);
        strategy.Dispose();
        reporter.PrintSummary(elapsed.Elapsed, gateway);
        return Verdict(strategy);
    }

    private int Verdict(SampleStrategy strategy)
    {
        if (!options.Once)
        {
            return 0;
        }

        if (strategy.Finals == options.Orders && strategy.Sent == options.Orders)
        {
            log.Information("All {Orders} orders reached a final state", options.Orders);
            return 0;
        }

        log.Error("Not every order reached a final state: {Sent} of {Orders} sent, {Finals} final", strategy.Sent, options.Orders, strategy.Finals);
        return 1;
    }

    private static bool WaitFor(Func<bool> condition, TimeSpan timeout, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout || stop.WaitHandle.WaitOne(20))
            {
                return condition();
            }
        }

        return true;
    }

    private void WarnIfCrowded()
    {
        var cores = Environment.ProcessorCount;
        var load = MachineLoad.OneMinute();
        if (load > cores)
        {
            log.Warning(
                "The machine is busy (load {Load:0.0} on {Cores} cores): latencies include time spent waiting for a core", load, cores);
        }
    }

    private (LatencyHistogram Floor, string Name) MeasureFloor()
    {
        var spin = LoopbackFloor.Spin();
        var blocking = LoopbackFloor.Blocking();
        log.Information(
            "TCP floor of this machine (loopback, 200 B ping-pong): busy-polling p50 {SpinP50:0.0} µs, p99 {SpinP99:0.0} µs; " +
            "blocking p50 {BlockingP50:0.0} µs, p99 {BlockingP99:0.0} µs",
            spin.ValueAtPercentile(50) / 1000.0, spin.ValueAtPercentile(99) / 1000.0,
            blocking.ValueAtPercentile(50) / 1000.0, blocking.ValueAtPercentile(99) / 1000.0);
        return options.StrategySpins ? (spin, "TCP floor (spin)") : (blocking, "TCP floor (blocking)");
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
