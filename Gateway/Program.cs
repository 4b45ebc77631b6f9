using Gateway.Demo;
using Gateway.Hosting;

namespace Gateway;

/// <summary>
/// The gateway host: <c>Gateway &lt;command&gt; [options]</c>. <c>demo</c> runs the gateway with in-process venue
/// simulators and a sample strategy; <c>run --config FILE</c> runs the gateway alone.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["demo", .. var rest] => DemoCommand.Run(rest),
                ["run", .. var rest] => RunCommand.Run(rest),
                ["admin", .. var rest] => Admin.Cli.AdminCommand.Run(rest, Console.Out, Console.Error),
                _ => Usage(args.Length == 0 ? null : $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Usage(e.Message);
        }
    }

    private static int Usage(string? problem)
    {
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
        }

        Console.Error.WriteLine("usage: Gateway <command> [options]");
        Console.Error.WriteLine("  demo [--once] [--orders N] [--rate N] [--idle spin|backoff] [--threading shared|dedicated] [--pin] [--report-seconds N]");
        Console.Error.WriteLine("       the gateway with in-process exchange simulators and a sample strategy: fills, rejects and latency");
        Console.Error.WriteLine("       percentiles beside the machine's TCP floor; Ctrl+C stops (--once: N orders, exit 0 if all reached a final state)");
        Console.Error.WriteLine("  run --config FILE");
        Console.Error.WriteLine("       the gateway alone from its configuration file (venues, sessions, risk limits, CPUs) until Ctrl+C");
        Array.ForEach(Admin.Cli.AdminCommand.Usage, Console.Error.WriteLine);
        return 2;
    }
}
