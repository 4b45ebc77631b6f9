using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Gateway.Journal;
using NUnit.Framework;

namespace Gateway.Tests.Journal;

/// <summary>kill -9 of a real process appending as fast as it can: every record up to the last is intact and contiguous.</summary>
[Category("System")]
public sealed class OrderJournalKillTests
{
    private const int Rounds = 5;
    private const long RecordsPerRound = 150_000;
    private const int OrderFrameBytes = 88;

    [Test]
    [CancelAfter(120_000)]
    public async Task A_journal_killed_mid_append_replays_every_record_before_the_kill_and_continues_after_it(CancellationToken token)
    {
        using var dir = new JournalDirectory();
        var options = JournalCrashChild.Options(dir.Path);
        long replayed = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            // Each round a child reopens the journal the last one was killed in, appends on, and is killed mid-append.
            var lastReported = await RunChildAndKill(dir.Path, replayed + RecordsPerRound, token);
            using var journal = options.OpenCollecting(out var records);
            records.Count.Should().BeGreaterThanOrEqualTo((int)lastReported, $"round {round}: every record appended before the kill");
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (record.Sequence != i + 1 || record.RecordType != TestRecordType.Order || !record.AsOrder().Equals(TestOrder.For(i + 1)))
                {
                    Assert.Fail($"round {round}: record {i + 1} of {records.Count} is type {record.RecordType}, sequence {record.Sequence}, {record.AsOrder()}");
                }
            }

            journal.Recovery.TornTail.Should().BeFalse($"round {round}: kill -9 cannot tear a committed record, the commit word is written last");
            journal.Recovery.OrphanedBytes.Should().BeLessThanOrEqualTo(OrderFrameBytes, $"round {round}: at most the one record being written");
            journal.Recovery.OrphanedFiles.Should().Be(0);
            replayed = records.Count;
        }

        using (var journal = options.OpenCollecting(out var records))
        {
            records.Should().HaveCount((int)replayed);
            journal.TryAppend(TestRecordType.Order, TestOrder.For(replayed + 1)).Should().BeTrue();
        }

        options.ReadAll().Should().HaveCount((int)replayed + 1).And.Subject.Last().AsOrder().Should().Be(TestOrder.For(replayed + 1));
    }

    /// <summary>Starts this test assembly as a child appending to the journal, SIGKILLs it; returns the last sequence it reported.</summary>
    private static async Task<long> RunChildAndKill(string directory, long killAfter, CancellationToken token)
    {
        var assembly = typeof(JournalCrashChild).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", assembly },
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_STARTUP_HOOKS"] = assembly;
        start.Environment[JournalCrashChild.DirectoryVariable] = directory;

        using var child = Process.Start(start)!;
        try
        {
            long last = 0;
            while (last < killAfter)
            {
                var line = await child.StandardOutput.ReadLineAsync(token)
                    ?? throw new AssertionException($"the child ended after sequence {last} without being killed");
                if (!long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out last))
                {
                    throw new AssertionException($"the child reported '{line}'");
                }
            }

            child.Kill(); // SIGKILL on Unix, mid-append: the child never stops appending
            await child.WaitForExitAsync(token);
            return last;
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }
    }
}
