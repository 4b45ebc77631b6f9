using Gateway.Config;
using Serilog;

namespace Gateway.Hosting;

/// <summary><c>Gateway run --config FILE</c>: the gateway alone, from its configuration file, until Ctrl+C.</summary>
public static class RunCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var a = new CommandArguments(args);
        var path = a.GetString("config", "");
        if (path.Length == 0)
        {
            throw new UsageException("run needs --config FILE");
        }

        using var shutdown = new ShutdownSignal();
        GatewayConfig config;
        Serilog.Core.Logger log;
        try
        {
            config = GatewayConfigLoader.Load(path);
            log = HostLogging.Create(config);
        }
        catch (Exception e) when (e is GatewayConfigException or IOException or UnauthorizedAccessException)
        {
            // No configured logger yet: the console one, and the problem says nothing more than the loader's message.
            using var console = HostLogging.CreateConsoleLogger();
            console.Fatal("Cannot use {Path}: {Problem}", path, e.Message);
            return 2;
        }

        using var _ = log;

        try
        {
            using var gateway = GatewayHost.Start(config, log);
            // A line tests and scripts wait for: the port strategies connect to.
            Console.Out.WriteLine($"GATEWAY READY clients={gateway.ClientEndPoint}");
            Console.Out.Flush();
            while (!shutdown.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)))
            {
                var c = gateway.Processor.Counters;
                log.Information(
                    "{Orders} orders, {Rejected} rejected, {Fills} fills; {Open} open; venues {Venues}",
                    c.NewOrders.Value, c.Rejected.Value, c.Fills.Value, gateway.Book.OpenCount,
                    string.Join(", ", gateway.Venues.Select(v => $"{v.Name} {(v.IsLoggedOn ? "up" : "down")}")));
            }

            log.Information("Stopping: logging the venues out");
            return 0;
        }
        catch (Exception e)
        {
            log.Fatal(e, "The gateway failed");
            return 1;
        }
    }
}
