using System.Globalization;
using Gateway.Journal;

namespace Gateway.Tests.Journal;

/// <summary>
/// The child process of <see cref="OrderJournalKillTests"/>: opens the journal (after an earlier child was killed),
/// appends order records after its last one as fast as it can, printing the last sequence every
/// <see cref="ReportEvery"/> records, until it is killed.
/// </summary>
internal static class JournalCrashChild
{
    public const string DirectoryVariable = "GATEWAY_JOURNAL_CRASH_CHILD_DIR";
    public const string JournalName = "kill-test";
    public const int SegmentBytes = 4 * 1024 * 1024; // about 47,000 records: a few rolls a round
    public const int ReportEvery = 5000;

    public static JournalOptions Options(string directory) => new(directory, JournalName) { SegmentBytes = SegmentBytes };

    public static void Run(string directory)
    {
        var journal = OrderJournal.Open(Options(directory));
        var stdout = Console.Out;
        for (var sequence = journal.LastSequence + 1; sequence < long.MaxValue; sequence++)
        {
            if (!journal.TryAppend(TestRecordType.Order, TestOrder.For(sequence)))
            {
                stdout.WriteLine("failed " + sequence.ToString(CultureInfo.InvariantCulture));
                stdout.Flush();
                break;
            }

            if (sequence % ReportEvery == 0)
            {
                stdout.WriteLine(sequence.ToString(CultureInfo.InvariantCulture));
                stdout.Flush();
            }
        }

        // Not killed (the parent failed or an append did): wait for the parent to close our stdin, never Dispose.
        Console.In.ReadToEnd();
        Environment.Exit(0);
    }
}
