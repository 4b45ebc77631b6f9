using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Time;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

public sealed class FileFixMessageStoreTests
{
    private const long Creation = 1_763_719_200_000_000_000;
    private static readonly FixSessionId Session = new("FIX.4.4", "ISLD", "TW");

    private TempDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    private FileStoreOptions Options => new(_dir.Path) { Clock = new ManualEpochClock(Creation) };

    private FileFixMessageStore Open() => new(Options, Session);

    private static byte[] Frame(int seqNum) =>
        Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019=40\u000135=D\u000134={seqNum}\u000111=order-{seqNum}\u000110=123\u0001");

    private static List<StoredMessage> All(IFixMessageStore store)
    {
        var all = new List<StoredMessage>();
        store.Get(1, 0, all);
        return all;
    }

    /// <summary>What a session does for each message it sends.</summary>
    private static void Send(IFixMessageStore store)
    {
        var seqNum = store.NextSenderMsgSeqNum;
        store.Append(seqNum, Frame(seqNum)).Should().BeTrue();
        store.IncrNextSenderMsgSeqNum();
    }

    [Test]
    public void Files_are_named_after_the_session_in_the_store_directory()
    {
        using var store = Open();

        File.Exists(Path.Combine(_dir.Path, "FIX.4.4-ISLD-TW.body")).Should().BeTrue();
        File.Exists(Path.Combine(_dir.Path, "FIX.4.4-ISLD-TW.index")).Should().BeTrue();
        File.Exists(Path.Combine(_dir.Path, "FIX.4.4-ISLD-TW.seqnums")).Should().BeTrue();
        store.Recovery.Created.Should().BeTrue();
    }

    [Test]
    public void A_new_store_takes_its_creation_time_from_the_clock()
    {
        using var store = Open();

        store.CreationTimeNanos.Should().Be(Creation);
    }

    [Test]
    public void A_reopened_store_resumes_seqnums_creation_time_and_messages()
    {
        using (var store = Open())
        {
            for (var i = 0; i < 5; i++)
            {
                Send(store);
            }

            store.SetNextTargetMsgSeqNum(42);
            store.IncrNextTargetMsgSeqNum();
        }

        using var reopened = new FileFixMessageStore(Options with { Clock = new ManualEpochClock(1) }, Session);

        reopened.NextSenderMsgSeqNum.Should().Be(6);
        reopened.NextTargetMsgSeqNum.Should().Be(43);
        reopened.CreationTimeNanos.Should().Be(Creation);
        All(reopened).Select(m => m.SeqNum).Should().Equal(1, 2, 3, 4, 5);
        All(reopened)[2].Frame.Should().Equal(Frame(3));
        reopened.Recovery.Created.Should().BeFalse();
    }

    [Test]
    public void A_second_instance_opened_without_disposing_the_first_sees_everything_written()
    {
        // The first instance is never disposed: what it wrote is only in the OS, as after kill -9.
        var crashed = Open();
        for (var i = 0; i < 100; i++)
        {
            Send(crashed);
            crashed.IncrNextTargetMsgSeqNum();
        }

        using var restarted = Open();

        restarted.NextSenderMsgSeqNum.Should().Be(101);
        restarted.NextTargetMsgSeqNum.Should().Be(101);
        All(restarted).Select(m => m.SeqNum).Should().Equal(Enumerable.Range(1, 100));
        restarted.Recovery.DroppedIndexBytes.Should().Be(0);
        restarted.Recovery.DroppedBodyBytes.Should().Be(0);
        crashed.Dispose();
    }

    [Test]
    public void A_crash_between_append_and_increment_does_not_reuse_the_seqnum()
    {
        var crashed = Open();
        Send(crashed);
        crashed.Append(2, Frame(2));

        using var restarted = Open();

        restarted.NextSenderMsgSeqNum.Should().Be(3);
        restarted.Recovery.SenderAdvancedByIndex.Should().BeTrue();
        crashed.Dispose();
    }

    [Test]
    public void The_increment_after_an_append_does_not_rewrite_the_seqnums_file()
    {
        using var store = Open();
        store.IncrNextTargetMsgSeqNum();
        var before = File.ReadAllBytes(store.SeqNumsPath);

        Send(store);
        Send(store);

        File.ReadAllBytes(store.SeqNumsPath).Should().Equal(before);
        store.NextSenderMsgSeqNum.Should().Be(3);
    }

    [Test]
    public void An_increment_without_an_append_is_persisted()
    {
        var crashed = Open();
        crashed.IncrNextSenderMsgSeqNum();
        crashed.IncrNextSenderMsgSeqNum();

        using var restarted = Open();

        restarted.NextSenderMsgSeqNum.Should().Be(3);
        crashed.Dispose();
    }

    [Test]
    public void Setting_the_sender_seqnum_below_the_appended_messages_survives_a_reopen()
    {
        var crashed = Open();
        for (var i = 0; i < 10; i++)
        {
            Send(crashed);
        }

        crashed.SetNextSenderMsgSeqNum(4);

        using var restarted = Open();

        restarted.NextSenderMsgSeqNum.Should().Be(4);
        crashed.Dispose();
    }

    [Test]
    public void Reset_survives_a_reopen()
    {
        using (var store = Open())
        {
            Send(store);
            Send(store);
            store.IncrNextTargetMsgSeqNum();
            store.Reset(Creation + 5);
            Send(store);
        }

        using var reopened = Open();

        reopened.NextSenderMsgSeqNum.Should().Be(2);
        reopened.NextTargetMsgSeqNum.Should().Be(1);
        reopened.CreationTimeNanos.Should().Be(Creation + 5);
        All(reopened).Should().ContainSingle().Which.Frame.Should().Equal(Frame(1));
    }

    [Test]
    public void A_torn_index_record_is_cut_off_on_open()
    {
        string indexPath;
        using (var store = Open())
        {
            for (var i = 0; i < 3; i++)
            {
                Send(store);
            }

            indexPath = store.IndexPath;
        }

        // Half of a fourth record, as a power loss mid-write can leave.
        var index = File.ReadAllBytes(indexPath);
        using (var file = new FileStream(indexPath, FileMode.Append))
        {
            file.Write(index.AsSpan(0, 10));
        }

        using var reopened = Open();

        reopened.Recovery.DroppedIndexBytes.Should().Be(10);
        new FileInfo(indexPath).Length.Should().Be(index.Length);
        All(reopened).Select(m => m.SeqNum).Should().Equal(1, 2, 3);
        reopened.NextSenderMsgSeqNum.Should().Be(4);
        Send(reopened);
        All(reopened).Select(m => m.SeqNum).Should().Equal(1, 2, 3, 4);
    }

    [Test]
    public void A_frame_written_without_its_index_record_is_cut_from_the_body()
    {
        string bodyPath;
        using (var store = Open())
        {
            Send(store);
            bodyPath = store.BodyPath;
        }

        var bodyLength = new FileInfo(bodyPath).Length;
        File.AppendAllText(bodyPath, "8=FIX.4.4\u00019=5\u000135=0");

        using var reopened = Open();

        reopened.Recovery.DroppedBodyBytes.Should().Be(18);
        new FileInfo(bodyPath).Length.Should().Be(bodyLength);
        Send(reopened);
        All(reopened).Select(m => Encoding.ASCII.GetString(m.Frame))
            .Should().Equal(Encoding.ASCII.GetString(Frame(1)), Encoding.ASCII.GetString(Frame(2)));
    }

    [Test]
    public void A_last_frame_that_does_not_match_its_crc_is_dropped()
    {
        string bodyPath;
        using (var store = Open())
        {
            Send(store);
            Send(store);
            bodyPath = store.BodyPath;
        }

        // The index record reached the disk, the frame's page did not: zeros where the frame should be.
        var body = File.ReadAllBytes(bodyPath);
        Array.Clear(body, Frame(1).Length, Frame(2).Length);
        File.WriteAllBytes(bodyPath, body);

        using var reopened = Open();

        All(reopened).Select(m => m.SeqNum).Should().Equal(1);
        reopened.Recovery.DroppedIndexBytes.Should().Be(24);
        reopened.NextSenderMsgSeqNum.Should().Be(3, "the intact index record says 2 may have gone out");
    }

    [Test]
    public void A_garbled_index_record_drops_it_and_everything_after_it()
    {
        string indexPath;
        using (var store = Open())
        {
            for (var i = 0; i < 4; i++)
            {
                Send(store);
            }

            indexPath = store.IndexPath;
        }

        var index = File.ReadAllBytes(indexPath);
        index[(24 * 2) + 5] ^= 0xFF;
        File.WriteAllBytes(indexPath, index);

        using var reopened = Open();

        All(reopened).Select(m => m.SeqNum).Should().Equal(1, 2);
        reopened.Recovery.DroppedIndexBytes.Should().Be(48);
    }

    [Test]
    public void A_garbled_frame_in_the_middle_is_skipped_by_Get_and_counted()
    {
        using var store = Open();
        for (var i = 0; i < 3; i++)
        {
            Send(store);
        }

        var body = File.ReadAllBytes(store.BodyPath);
        body[Frame(1).Length + 3] ^= 0xFF;
        File.WriteAllBytes(store.BodyPath, body);

        All(store).Select(m => m.SeqNum).Should().Equal(1, 3);
        store.CorruptFramesSkipped.Should().Be(1);
    }

    [Test]
    public void A_torn_seqnums_slot_falls_back_to_the_previous_one()
    {
        string seqNumsPath;
        using (var store = Open())
        {
            store.SetNextTargetMsgSeqNum(7);
            store.SetNextTargetMsgSeqNum(8);
            seqNumsPath = store.SeqNumsPath;
        }

        // Generation 3 (the latest, target 8) is in slot 1; tear it.
        var seqNums = File.ReadAllBytes(seqNumsPath);
        seqNums[48 + 12] ^= 0xFF;
        File.WriteAllBytes(seqNumsPath, seqNums);

        using var reopened = Open();

        reopened.NextTargetMsgSeqNum.Should().Be(7);
    }

    [Test]
    public void Unreadable_seqnums_refuse_to_open_rather_than_restart_at_one()
    {
        string seqNumsPath;
        using (var store = Open())
        {
            store.SetNextTargetMsgSeqNum(7);
            seqNumsPath = store.SeqNumsPath;
        }

        File.WriteAllBytes(seqNumsPath, new byte[96]);

        var open = () => Open();

        open.Should().Throw<FileStoreCorruptException>().Which.Message.Should().Contain("FIX.4.4-ISLD-TW.seqnums");
    }

    [Test]
    public void Get_reads_across_index_chunks_and_a_reappended_seqnum_returns_its_last_frame()
    {
        using var store = Open();
        for (var i = 1; i <= 3000; i++)
        {
            store.Append(i, Frame(i));
        }

        var replacement = Encoding.ASCII.GetBytes("8=FIX.4.4\u00019=5\u000135=4\u000110=000\u0001");
        store.Append(5, replacement);

        var got = new List<StoredMessage>();
        store.Get(2729, 2733, got);
        got.Select(m => m.SeqNum).Should().Equal(2729, 2730, 2731, 2732, 2733);
        got[2].Frame.Should().Equal(Frame(2731));
        All(store).Should().HaveCount(3000);
        All(store)[4].Frame.Should().Equal(replacement);
    }

    [Test]
    public void Refresh_reads_what_another_instance_wrote()
    {
        using var reader = Open();
        using (var writer = Open())
        {
            Send(writer);
            writer.SetNextTargetMsgSeqNum(9);
        }

        reader.Refresh();

        reader.NextSenderMsgSeqNum.Should().Be(2);
        reader.NextTargetMsgSeqNum.Should().Be(9);
        All(reader).Select(m => m.SeqNum).Should().Equal(1);
    }

    [Test]
    [CancelAfter(10_000)]
    public void The_interval_flusher_flushes_after_writes(CancellationToken token)
    {
        using var store = new FileFixMessageStore(Options with { Fsync = FsyncPolicy.IntervalMillis, FsyncIntervalMillis = 1 }, Session);

        Send(store);

        while (store.BackgroundFlushes == 0)
        {
            token.ThrowIfCancellationRequested();
            Thread.Yield();
        }

        store.BackgroundFlushes.Should().BeGreaterThan(0);
    }

    [Test]
    public void Options_come_from_the_session_settings()
    {
        var settings = QuickFixSettingsFile.Parse(
            "[SESSION]\nBeginString=FIX.4.4\nSenderCompID=A\nTargetCompID=B\nFileStorePath=store\\fix\nFsyncPolicy=EveryMessage\nFsyncIntervalMillis=7\n")
            .Sessions[0];

        var options = FileStoreOptions.FromSettings(settings, "/var/gw");

        options.Directory.Should().Be(Path.Combine("/var/gw", "store", "fix"));
        options.Fsync.Should().Be(FsyncPolicy.EveryMessage);
        options.FsyncIntervalMillis.Should().Be(7);
    }

    [Test]
    public void Append_and_seqnum_changes_do_not_allocate_after_warm_up()
    {
        using var store = Open();
        var frame = Frame(1);
        for (var i = 0; i < 100; i++)
        {
            store.Append(store.NextSenderMsgSeqNum, frame);
            store.IncrNextSenderMsgSeqNum();
            store.IncrNextTargetMsgSeqNum();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            store.Append(store.NextSenderMsgSeqNum, frame);
            store.IncrNextSenderMsgSeqNum();
            store.IncrNextTargetMsgSeqNum();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
