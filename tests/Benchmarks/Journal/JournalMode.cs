using Gateway.Benchmarks.Harness;
using Gateway.Journal;

namespace Gateway.Benchmarks.Journal;

/// <summary>The order journal's append cost: a 64-byte record copied into the memory-mapped segment.</summary>
public sealed class JournalMode : IBenchmarkMode
{
    public string Name => "journal";

    public string Summary => "OrderJournal.TryAppend of a 64-byte record, timed one by one [--appends N (≤ 700000) --warmup N --fsync-ms N (0: none)]";

    public void Run(ModeArguments arguments, FigureReport report)
    {
        var fsyncMillis = arguments.GetInt("fsync-ms", 0);
        var options = new JournalFigureOptions
        {
            Appends = Math.Clamp(arguments.GetInt("appends", JournalFigureOptions.DefaultAppends), 1, JournalFigureOptions.MaxAppends),
            WarmupAppends = Math.Clamp(arguments.GetInt("warmup", JournalFigureOptions.DefaultWarmupAppends), 0, JournalFigureOptions.MaxAppends),
            Fsync = fsyncMillis > 0 ? JournalFsyncPolicy.Interval(fsyncMillis) : JournalFsyncPolicy.None,
        };
        JournalFigures.Measure(options, report, Console.Out);
    }
}
