using Gateway.Demo;
using Gateway.Hosting;

namespace Gateway;

/// <summary>
/// The gateway host: <c>Gateway &lt;command&gt; [options]</c>. <c>demo</c> runs a FIX initiator and acceptor in this
/// process; <c>run --config FILE</c>, <c>certify</c> and <c>admin</c> join when the order path exists.
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
        Console.Error.WriteLine("  demo [--once] [--orders N] [--rate N] [--idle spin|backoff] [--pin] [--report-seconds N]");
        Console.Error.WriteLine("       our FIX initiator sends orders to our FIX acceptor over loopback; fills and round-trip");
        Console.Error.WriteLine("       percentiles beside the machine's TCP floor; Ctrl+C stops (--once: N orders, exit 0 if all filled)");
        return 2;
    }
}
