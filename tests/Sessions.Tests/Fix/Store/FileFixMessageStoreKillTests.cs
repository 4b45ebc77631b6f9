using System.Diagnostics;
using System.Globalization;
using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

/// <summary>kill -9 of a real process writing a file store: a restarted store resumes exactly where it stopped.</summary>
[Category("System")]
public sealed class FileFixMessageStoreKillTests
{
    private const int KillAfter = 2000;

    [Test]
    [CancelAfter(60_000)]
    public async Task A_store_killed_mid_stream_reopens_with_every_stored_message_and_unused_seqnums(CancellationToken token)
    {
        using var dir = new TempDirectory();
        var lastReported = await RunChildAndKill(dir.Path, token);

        using var store = new FileFixMessageStore(new FileStoreOptions(dir.Path), StoreCrashChild.FilePrefix);

        var lastStored = store.NextSenderMsgSeqNum - 1;
        lastStored.Should().BeGreaterThanOrEqualTo(lastReported);
        store.NextTargetMsgSeqNum.Should().BeOneOf(lastStored, lastStored + 1);
        store.Recovery.DroppedIndexBytes.Should().BeLessThanOrEqualTo(FileStoreLayout.IndexRecordLength, "kill -9 can tear at most the one index record being copied into the mapping");
        var messages = new List<StoredMessage>();
        store.Get(1, 0, messages);
        messages.Select(m => m.SeqNum).Should().Equal(Enumerable.Range(1, lastStored));
        foreach (var message in messages)
        {
            Encoding.ASCII.GetString(message.Frame).Should().Be(Encoding.ASCII.GetString(StoreCrashChild.Frame(message.SeqNum)));
        }
    }

    /// <summary>Starts this test assembly as a child writing the store, SIGKILLs it; returns the last seqnum it reported.</summary>
    private static async Task<int> RunChildAndKill(string directory, CancellationToken token)
    {
        var assembly = typeof(StoreCrashChild).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", assembly },
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_STARTUP_HOOKS"] = assembly;
        start.Environment[StoreCrashChild.DirectoryVariable] = directory;

        using var child = Process.Start(start)!;
        try
        {
            var last = 0;
            while (last < KillAfter)
            {
                var line = await child.StandardOutput.ReadLineAsync(token)
                    ?? throw new AssertionException($"the child ended after seqnum {last} without being killed");
                last = int.Parse(line, CultureInfo.InvariantCulture);
            }

            child.Kill(); // SIGKILL on Unix
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
