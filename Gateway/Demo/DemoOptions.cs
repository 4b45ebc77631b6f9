using Gateway.Hosting;

namespace Gateway.Demo;

/// <summary>What the engine threads do when idle in the demo.</summary>
public enum DemoIdle
{
    /// <summary>Busy-spin: the lowest latency, a core per engine.</summary>
    Spin,

    /// <summary>The engines' default back-off (spin, yield, park): gentle on a laptop, slower to react.</summary>
    Backoff,
}

/// <summary>
/// The demo's command line: <c>demo [--once] [--orders N] [--rate N] [--idle spin|backoff] [--threading shared|dedicated]
/// [--pin] [--report-seconds N]</c>.
/// </summary>
public sealed record DemoOptions
{
    public const int DefaultOnceOrders = 2_000;

    /// <summary>Run a fixed number of orders, then exit 0 only if every one was filled.</summary>
    public bool Once { get; init; }

    /// <summary>With <see cref="Once"/>: how many orders.</summary>
    public int Orders { get; init; } = DefaultOnceOrders;

    /// <summary>Orders per second the strategy sends.</summary>
    public int OrdersPerSecond { get; init; } = 1_000;

    /// <summary>How the gateway's threads wait when idle.</summary>
    public DemoIdle Idle { get; init; } = DemoIdle.Spin;

    /// <summary>The gateway's threading: one shared thread on machines with fewer than four cores, else dedicated.</summary>
    public string Threading { get; init; } = DefaultThreading;

    /// <summary>The strategy busy-polls its connection only with spinning and cores to spare for it.</summary>
    public bool StrategySpins => Idle == DemoIdle.Spin && Environment.ProcessorCount >= 4;

    public static string DefaultThreading => Environment.ProcessorCount < 4 ? "shared" : "dedicated";

    /// <summary>Pin the gateway's I/O thread to CPU 0 and its order thread to CPU 1.</summary>
    public bool Pin { get; init; }

    /// <summary>Seconds between two latency reports.</summary>
    public int ReportSeconds { get; init; } = 5;

    public static DemoOptions Parse(IReadOnlyList<string> args)
    {
        var a = new CommandArguments(args, "once", "pin");
        var idle = a.GetString("idle", "spin").ToLowerInvariant() switch
        {
            "spin" => DemoIdle.Spin,
            "backoff" => DemoIdle.Backoff,
            var other => throw new UsageException($"--idle expects spin or backoff, got '{other}'"),
        };
        var threading = a.GetString("threading", DefaultThreading).ToLowerInvariant();
        if (threading is not ("shared" or "dedicated"))
        {
            throw new UsageException($"--threading expects shared or dedicated, got '{threading}'");
        }

        return new DemoOptions
        {
            Threading = threading,
            Once = a.Has("once"),
            Orders = a.GetInt("orders", DefaultOnceOrders, min: 1),
            OrdersPerSecond = a.GetInt("rate", 1_000, min: 1),
            Idle = idle,
            Pin = a.Has("pin"),
            ReportSeconds = a.GetInt("report-seconds", 5, min: 1),
        };
    }
}
