using System.Diagnostics;
using Gateway.Benchmarks.Harness;
using Gateway.Journal;

namespace Gateway.Benchmarks.Journal;

/// <summary>
/// Appends 64-byte records to a journal in a temp folder (64 MiB segments, the default) and reports
/// journal_append_ns (median of appends timed one by one, less the timer's own cost), journal_append_p99_ns,
/// journal_append_batch_ns (mean over a batch timed as a whole, no timer in the loop; the least of ten batches) and journal_bytes_per_append.
/// Before each phase it waits for the next segment to be prepared, and a phase (at most 700,000 appends) rolls at
/// most once: a roll then costs what it costs in the gateway, where 64 MiB of orders take far longer to arrive than
/// the background thread takes to prepare the next segment. (Appends outrunning it wait: journal_roll_waits.)
/// </summary>
public static class JournalFigures
{
    private const ushort RecordType = 1;
    private const int Batches = 10; // the least mean of ten: the machine is shared, a batch may lose the CPU

    public static void Measure(JournalFigureOptions options, FigureReport report, TextWriter progress)
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-bench-journal-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var journal = OrderJournal.Open(new JournalOptions(directory, "bench") { Fsync = options.Fsync });
            var record = new BenchOrderRecord { Price = 101_25, Quantity = 100, LeavesQuantity = 100, Instrument = 7, Account = 3 };
            AppendBatch(journal, ref record, options.WarmupAppends);
            WaitForNextSegment(journal);

            var timerNanos = TimerOverheadNanos();
            var samples = new long[options.Appends];
            for (var i = 0; i < samples.Length; i++)
            {
                record.OrderId = i;
                var start = Stopwatch.GetTimestamp();
                var appended = journal.TryAppend(RecordType, in record);
                var end = Stopwatch.GetTimestamp();
                samples[i] = appended ? end - start : long.MaxValue;
            }

            WaitForNextSegment(journal);
            var batchNanos = double.MaxValue;
            var batchSize = Math.Max(1, options.Appends / Batches);
            for (var batch = 0; batch < Batches; batch++)
            {
                var batchStart = Stopwatch.GetTimestamp();
                AppendBatch(journal, ref record, batchSize);
                batchNanos = Math.Min(batchNanos, ToNanos(Stopwatch.GetTimestamp() - batchStart) / batchSize);
            }

            Array.Sort(samples);
            var median = Math.Max(0, ToNanos(samples[samples.Length / 2]) - timerNanos);
            var p99 = Math.Max(0, ToNanos(samples[(int)(samples.Length * 0.99)]) - timerNanos);
            var max = ToNanos(samples[^1]);
            var bytesPerAppend = (double)journal.AppendedBytes / journal.Appends;
            progress.WriteLine(
                $"journal: {options.Appends} appends of 64 B timed one by one after {options.WarmupAppends} warm-up, fsync {options.Fsync}: " +
                $"median {median:0.0} ns, p99 {p99:0.0} ns, max {max / 1000:0.0} us (timer {timerNanos:0.0} ns subtracted); " +
                $"least batch mean {batchNanos:0.0} ns; {journal.Rolls} rolls ({journal.InlineRolls} inline, {journal.RollWaits} waited), {journal.Failures} failures");
            report.Add("journal_append_ns", median);
            report.Add("journal_append_p99_ns", p99);
            report.Add("journal_append_batch_ns", batchNanos);
            report.Add("journal_bytes_per_append", bytesPerAppend);
            report.Add("journal_timer_overhead_ns", timerNanos);
            report.Add("journal_append_max_us", max / 1000);
            report.Add("journal_roll_waits", journal.RollWaits);
            report.Add("journal_failures", journal.Failures);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static void WaitForNextSegment(OrderJournal journal)
    {
        var deadline = Stopwatch.GetTimestamp() + (30 * Stopwatch.Frequency);
        while (!journal.NextSegmentReady && Stopwatch.GetTimestamp() < deadline)
        {
            Thread.Sleep(1);
        }
    }

    private static void AppendBatch(OrderJournal journal, ref BenchOrderRecord record, int count)
    {
        for (var i = 0; i < count; i++)
        {
            record.OrderId = i;
            journal.TryAppend(RecordType, in record);
        }
    }

    /// <summary>Median cost of two back-to-back timestamps: what each timed sample carries on top of the append.</summary>
    private static double TimerOverheadNanos()
    {
        var samples = new long[100_000];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(samples);
        return ToNanos(samples[samples.Length / 2]);
    }

    private static double ToNanos(long ticks) => ticks * 1e9 / Stopwatch.Frequency;
}
