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

/// <summary>The demo's command line: <c>demo [--once] [--orders N] [--rate N] [--idle spin|backoff] [--pin] [--report-seconds N]</c>.</summary>
public sealed record DemoOptions
{
    public const int DefaultOnceOrders = 2_000;

    /// <summary>Run a fixed number of orders, then exit 0 only if every one was filled.</summary>
    public bool Once { get; init; }

    /// <summary>With <see cref="Once"/>: how many orders.</summary>
    public int Orders { get; init; } = DefaultOnceOrders;

    /// <summary>Orders per second the strategy sends.</summary>
    public int OrdersPerSecond { get; init; } = 1_000;

    public DemoIdle Idle { get; init; } = DemoIdle.Spin;

    /// <summary>Pin the strategy's engine thread to CPU 0 and the venue's to CPU 1.</summary>
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
        return new DemoOptions
        {
            Once = a.Has("once"),
            Orders = a.GetInt("orders", DefaultOnceOrders, min: 1),
            OrdersPerSecond = a.GetInt("rate", 1_000, min: 1),
            Idle = idle,
            Pin = a.Has("pin"),
            ReportSeconds = a.GetInt("report-seconds", 5, min: 1),
        };
    }
}
