using FluentAssertions;
using Gateway.Journal;
using NUnit.Framework;

namespace Gateway.Tests.Journal;

/// <summary>Damaged tails: the replay stops at the last good record, what follows is moved aside, appends go on cleanly.</summary>
public sealed class OrderJournalTornTailTests
{
    private const int SegmentHeaderBytes = 64;
    private const int OrderFrameBytes = 88;

    [Test]
    public void A_segment_cut_mid_record_replays_up_to_the_record_before()
    {
        using var dir = new JournalDirectory();
        var options = WriteOrders(dir, 10);
        using (var file = File.OpenHandle(dir.Segment(1), FileMode.Open, FileAccess.ReadWrite))
        {
            RandomAccess.SetLength(file, RecordOffset(9) + 40);
        }

        using (var journal = options.OpenCollecting(out var records))
        {
            records.Select(r => r.Sequence).Should().Equal(Sequences(9));
            journal.Recovery.TornTail.Should().BeTrue();
            journal.Recovery.OrphanedBytes.Should().BeInRange(24, 40, "the 40 bytes left of record 10, up to their last non-zero one");
            journal.TryAppend(TestRecordType.Order, TestOrder.For(10)).Should().BeTrue();
        }

        ShouldHoldOrders(options, 10);
        dir.Orphans().Should().ContainSingle();
    }

    [Test]
    public void A_record_with_a_bad_checksum_ends_the_replay_and_the_records_after_it_are_kept_aside()
    {
        using var dir = new JournalDirectory();
        var options = WriteOrders(dir, 10);
        FlipByte(dir.Segment(1), RecordOffset(5) + 24 + 3); // a payload byte of record 6

        using (var journal = options.OpenCollecting(out var records))
        {
            records.Select(r => r.Sequence).Should().Equal(Sequences(5));
            journal.Recovery.TornTail.Should().BeTrue();
            journal.Recovery.OrphanedBytes.Should().Be(5 * OrderFrameBytes);
            journal.LastSequence.Should().Be(5);
            journal.TryAppend(TestRecordType.Order, TestOrder.For(6)).Should().BeTrue();
        }

        ShouldHoldOrders(options, 6);
        new FileInfo(dir.Orphans().Single()).Length.Should().Be(5 * OrderFrameBytes);
    }

    [Test]
    public void A_zeroed_record_header_ends_the_replay_there()
    {
        using var dir = new JournalDirectory();
        var options = WriteOrders(dir, 10);
        WriteZeros(dir.Segment(1), RecordOffset(3), 24); // record 4's header

        using (var journal = options.OpenCollecting(out var records))
        {
            records.Select(r => r.Sequence).Should().Equal(Sequences(3));
            journal.Recovery.TornTail.Should().BeFalse("a zero commit word reads as the end, not as a torn record");
            journal.Recovery.OrphanedBytes.Should().Be(7 * OrderFrameBytes);
            for (var i = 4; i <= 12; i++)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(i)).Should().BeTrue();
            }
        }

        ShouldHoldOrders(options, 12);
    }

    [Test]
    public void A_record_whose_sequence_breaks_the_run_ends_the_replay()
    {
        using var dir = new JournalDirectory();
        var options = WriteOrders(dir, 7);
        // Record 7 copied whole over record 3: valid on its own, checksum included, but not the next sequence.
        var seventh = ReadBytes(dir.Segment(1), RecordOffset(6), OrderFrameBytes);
        WriteBytes(dir.Segment(1), RecordOffset(2), seventh);

        using var reopened = options.OpenCollecting(out var records);
        records.Select(r => r.Sequence).Should().Equal(Sequences(2));
        reopened.Recovery.TornTail.Should().BeTrue();
    }

    [Test]
    public void Later_segments_after_a_torn_one_are_moved_aside_not_deleted()
    {
        using var dir = new JournalDirectory();
        var options = dir.Options(segmentBytes: 4096);
        using (var journal = OrderJournal.Open(options))
        {
            for (var i = 1; i <= 100; i++)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(i)).Should().BeTrue();
            }
        }

        FlipByte(dir.Segment(1), RecordOffset(40) + 30); // record 41 of 45 in segment 1; segments 2 and 3 hold 46-100

        using (var journal = options.OpenCollecting(out var records))
        {
            records.Select(r => r.Sequence).Should().Equal(Sequences(40));
            journal.Recovery.OrphanedFiles.Should().Be(2);
            journal.CurrentSegmentIndex.Should().Be(1);
            journal.TryAppend(TestRecordType.Order, TestOrder.For(41)).Should().BeTrue();
        }

        File.Exists(dir.Segment(2) + ".orphan").Should().BeTrue();
        File.Exists(dir.Segment(3) + ".orphan").Should().BeTrue();
        ShouldHoldOrders(options, 41);
    }

    [Test]
    public void A_segment_file_without_a_valid_header_is_moved_aside_and_the_journal_starts_afresh()
    {
        using var dir = new JournalDirectory();
        var options = WriteOrders(dir, 3);
        FlipByte(dir.Segment(1), 9); // the segment index in its header

        using (var journal = options.OpenCollecting(out var records))
        {
            records.Should().BeEmpty();
            journal.Recovery.TornTail.Should().BeTrue();
            journal.Recovery.OrphanedFiles.Should().Be(1);
            journal.TryAppend(TestRecordType.Order, TestOrder.For(1)).Should().BeTrue();
        }

        ShouldHoldOrders(options, 1);
        File.Exists(dir.Segment(1) + ".orphan").Should().BeTrue();
    }

    private static JournalOptions WriteOrders(JournalDirectory dir, int count)
    {
        var options = dir.Options();
        using var journal = OrderJournal.Open(options);
        for (var i = 1; i <= count; i++)
        {
            journal.TryAppend(TestRecordType.Order, TestOrder.For(i)).Should().BeTrue();
        }

        return options;
    }

    /// <summary>The journal holds exactly orders 1..count, each intact, with no damage left to recover.</summary>
    private static void ShouldHoldOrders(JournalOptions options, int count)
    {
        using var journal = options.OpenCollecting(out var records);
        records.Select(r => r.Sequence).Should().Equal(Sequences(count));
        records.Select(r => r.AsOrder()).Should().Equal(Sequences(count).Select(TestOrder.For));
        journal.Recovery.TornTail.Should().BeFalse();
        journal.Recovery.OrphanedBytes.Should().Be(0);
    }

    private static IEnumerable<long> Sequences(int count) => Enumerable.Range(1, count).Select(i => (long)i);

    private static long RecordOffset(int zeroBasedRecord) => SegmentHeaderBytes + (zeroBasedRecord * (long)OrderFrameBytes);

    private static void FlipByte(string path, long offset)
    {
        var bytes = ReadBytes(path, offset, 1);
        bytes[0] ^= 0xFF;
        WriteBytes(path, offset, bytes);
    }

    private static void WriteZeros(string path, long offset, int count) => WriteBytes(path, offset, new byte[count]);

    private static byte[] ReadBytes(string path, long offset, int count)
    {
        using var file = File.OpenHandle(path);
        var bytes = new byte[count];
        RandomAccess.Read(file, bytes, offset).Should().Be(count);
        return bytes;
    }

    private static void WriteBytes(string path, long offset, byte[] bytes)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite);
        RandomAccess.Write(file, bytes, offset);
    }
}
