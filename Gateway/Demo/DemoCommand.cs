using Gateway.Hosting;

namespace Gateway.Demo;

/// <summary><c>Gateway demo [options]</c>: see <see cref="DemoOptions"/>.</summary>
public static class DemoCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var options = DemoOptions.Parse(args);
        using var log = HostLogging.CreateConsoleLogger();
        using var shutdown = new ShutdownSignal();
        log.Information("Gateway FIX demo: a strategy and a venue in one process over loopback (Ctrl+C to stop)");
        try
        {
            return new DemoRun(options, log).Run(shutdown.Token);
        }
        catch (Exception e)
        {
            log.Fatal(e, "The demo failed");
            return 1;
        }
    }
}
