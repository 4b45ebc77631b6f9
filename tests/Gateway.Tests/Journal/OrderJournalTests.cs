using System.Runtime.InteropServices;
using FluentAssertions;
using Gateway.Journal;
using NUnit.Framework;

namespace Gateway.Tests.Journal;

public sealed class OrderJournalTests
{
    private const int OrderFrameBytes = 88; // 24-byte header + 64-byte payload

    [Test]
    public void Records_of_several_types_replay_in_order_with_their_bytes()
    {
        using var dir = new JournalDirectory();
        var options = dir.Options();
        using (var journal = OrderJournal.Open(options))
        {
            journal.Recovery.Created.Should().BeTrue();
            journal.TryAppend(TestRecordType.Order, TestOrder.For(1)).Should().BeTrue();
            journal.TryAppend(TestRecordType.Cancel, new TestCancel { OrderId = 1, Reason = 42 }).Should().BeTrue();
            journal.TryAppend(TestRecordType.Flag, (byte)0xAB).Should().BeTrue();
            journal.TryAppend(TestRecordType.Order, TestOrder.For(2)).Should().BeTrue();
            journal.LastSequence.Should().Be(4);
            journal.Appends.Should().Be(4);
            journal.AppendedBytes.Should().Be(OrderFrameBytes + 40 + 32 + OrderFrameBytes);
        }

        using var reopened = options.OpenCollecting(out var records);
        records.Select(r => (r.RecordType, r.Sequence)).Should().Equal(
            (TestRecordType.Order, 1L), (TestRecordType.Cancel, 2L), (TestRecordType.Flag, 3L), (TestRecordType.Order, 4L));
        records[0].AsOrder().Should().Be(TestOrder.For(1));
        MemoryMarshal.Read<TestCancel>(records[1].Payload).Should().Be(new TestCancel { OrderId = 1, Reason = 42 });
        records[2].Payload.Should().Equal(0xAB);
        records[3].AsOrder().Should().Be(TestOrder.For(2));
        reopened.Recovery.Should().Be(new JournalRecovery(4, 1, false, 0, 0, false));
        reopened.LastSequence.Should().Be(4);
    }

    [Test]
    public void A_reopened_journal_continues_the_sequence_after_its_last_record()
    {
        using var dir = new JournalDirectory();
        var options = dir.Options();
        for (var run = 0; run < 3; run++)
        {
            using var journal = OrderJournal.Open(options);
            for (var i = 1; i <= 10; i++)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(journal.LastSequence + 1)).Should().BeTrue();
            }
        }

        var records = options.ReadAll();
        records.Select(r => r.Sequence).Should().Equal(Enumerable.Range(1, 30).Select(i => (long)i));
        records.Select(r => r.AsOrder().OrderId).Should().Equal(records.Select(r => r.Sequence));
    }

    [Test]
    public void Appends_roll_across_many_segments_and_replay_contiguously()
    {
        using var dir = new JournalDirectory();
        var options = dir.Options(segmentBytes: 4096); // 45 order records a segment
        using (var journal = OrderJournal.Open(options))
        {
            for (var i = 1; i <= 1000; i++)
            {
                var appended = i % 3 == 0
                    ? journal.TryAppend(TestRecordType.Cancel, new TestCancel { OrderId = i, Reason = i })
                    : journal.TryAppend(TestRecordType.Order, TestOrder.For(i));
                appended.Should().BeTrue();
            }

            journal.Rolls.Should().Be(18); // 72,016 bytes of records, at most 4,032 in a segment
            journal.CurrentSegmentIndex.Should().Be(journal.Rolls + 1);
            journal.Failures.Should().Be(0);
        }

        File.Exists(dir.Segment(19)).Should().BeTrue();
        using var reopened = options.OpenCollecting(out var records);
        records.Select(r => r.Sequence).Should().Equal(Enumerable.Range(1, 1000).Select(i => (long)i));
        foreach (var record in records)
        {
            if (record.Sequence % 3 == 0)
            {
                record.RecordType.Should().Be(TestRecordType.Cancel);
                MemoryMarshal.Read<TestCancel>(record.Payload).OrderId.Should().Be(record.Sequence);
            }
            else
            {
                record.AsOrder().Should().Be(TestOrder.For(record.Sequence));
            }
        }

        reopened.Recovery.Segments.Should().Be(19);
        reopened.TryAppend(TestRecordType.Order, TestOrder.For(1001)).Should().BeTrue();
        reopened.LastSequence.Should().Be(1001);
    }

    [Test]
    [CancelAfter(10_000)]
    public void The_next_segment_is_prepared_ahead_so_a_roll_creates_nothing_inline(CancellationToken token)
    {
        using var dir = new JournalDirectory();
        using var journal = OrderJournal.Open(dir.Options(segmentBytes: 4096));
        for (var roll = 0; roll < 3; roll++)
        {
            var spin = default(SpinWait);
            while (!journal.NextSegmentReady)
            {
                token.ThrowIfCancellationRequested();
                spin.SpinOnce();
            }

            var rolls = journal.Rolls;
            while (journal.Rolls == rolls)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(journal.LastSequence + 1)).Should().BeTrue();
            }
        }

        journal.Rolls.Should().Be(3);
        journal.InlineRolls.Should().Be(0);
    }

    [Test]
    public void A_segment_ended_by_its_mark_whose_successor_is_missing_continues_in_a_new_one()
    {
        using var dir = new JournalDirectory();
        var options = dir.Options(segmentBytes: 4096);
        using (var journal = OrderJournal.Open(options))
        {
            for (var i = 1; i <= 50; i++)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(i)).Should().BeTrue();
            }
        }

        File.Delete(dir.Segment(2)); // segment 1 ends with the end-of-segment mark, its 5 successors are gone
        using (var journal = options.OpenCollecting(out var records))
        {
            records.Should().HaveCount(45);
            journal.CurrentSegmentIndex.Should().Be(2);
            journal.TryAppend(TestRecordType.Order, TestOrder.For(46)).Should().BeTrue();
        }

        options.ReadAll().Select(r => r.Sequence).Should().Equal(Enumerable.Range(1, 46).Select(i => (long)i));
    }

    [Test]
    [CancelAfter(20_000)]
    public void When_the_next_segment_cannot_be_created_appends_fail_without_throwing_and_resume_once_it_can(CancellationToken token)
    {
        using var dir = new JournalDirectory();
        var options = dir.Options(segmentBytes: 4096);
        Directory.CreateDirectory(dir.Segment(2)); // stands where segment 2 must go, as a full disk would refuse it
        using (var journal = OrderJournal.Open(options))
        {
            for (var i = 1; i <= 45; i++)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(i)).Should().BeTrue();
            }

            journal.TryAppend(TestRecordType.Order, TestOrder.For(46)).Should().BeFalse();
            journal.TryAppend(TestRecordType.Order, TestOrder.For(46)).Should().BeFalse();
            journal.Failures.Should().Be(2);
            journal.SegmentCreateFailures.Should().BeGreaterThan(0);
            journal.LastSequence.Should().Be(45);

            Directory.Delete(dir.Segment(2));
            var spin = default(SpinWait);
            while (!journal.NextSegmentReady)
            {
                token.ThrowIfCancellationRequested();
                spin.SpinOnce();
            }

            journal.TryAppend(TestRecordType.Order, TestOrder.For(46)).Should().BeTrue();
            journal.CurrentSegmentIndex.Should().Be(2);
        }

        options.ReadAll().Select(r => r.AsOrder()).Should().Equal(Enumerable.Range(1, 46).Select(i => TestOrder.For(i)));
    }

    [Test]
    public void A_journal_has_one_writer_a_second_open_fails_until_the_first_is_disposed()
    {
        using var dir = new JournalDirectory();
        var options = dir.Options();
        using (var journal = OrderJournal.Open(options))
        {
            journal.TryAppend(TestRecordType.Order, TestOrder.For(1)).Should().BeTrue();
            FluentActions.Invoking(() => OrderJournal.Open(options)).Should().Throw<IOException>().WithMessage("*open already*");
            FluentActions.Invoking(() => OrderJournal.Open(options with { Reset = true })).Should().Throw<IOException>();
            journal.TryAppend(TestRecordType.Order, TestOrder.For(2)).Should().BeTrue();
        }

        options.ReadAll().Should().HaveCount(2);
    }

    [Test]
    public void Reset_starts_an_empty_journal_at_sequence_one()
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

        using (var journal = (options with { Reset = true }).OpenCollecting(out var records))
        {
            records.Should().BeEmpty();
            journal.Recovery.Created.Should().BeTrue();
            journal.TryAppend(TestRecordType.Order, TestOrder.For(1)).Should().BeTrue();
            journal.LastSequence.Should().Be(1);
        }

        options.ReadAll().Should().ContainSingle().Which.Sequence.Should().Be(1);
    }

    [Test]
    public void Journals_with_names_that_share_a_prefix_keep_apart()
    {
        using var dir = new JournalDirectory();
        using (var a = OrderJournal.Open(dir.Options("orders")))
        using (var b = OrderJournal.Open(dir.Options("orders.2026")))
        {
            a.TryAppend(TestRecordType.Order, TestOrder.For(1)).Should().BeTrue();
            b.TryAppend(TestRecordType.Order, TestOrder.For(2)).Should().BeTrue();
            b.TryAppend(TestRecordType.Order, TestOrder.For(3)).Should().BeTrue();
        }

        dir.Options("orders").ReadAll().Should().ContainSingle();
        dir.Options("orders.2026").ReadAll().Should().HaveCount(2);
    }

    [Test]
    public void A_closed_journal_or_an_oversized_record_is_refused_and_counted()
    {
        using var dir = new JournalDirectory();
        var journal = OrderJournal.Open(dir.Options(segmentBytes: 4096));
        journal.TryAppend(TestRecordType.Order, default(TooLargeRecord)).Should().BeFalse();
        journal.Failures.Should().Be(1);
        journal.TryAppend(TestRecordType.Order, TestOrder.For(1)).Should().BeTrue();
        journal.Dispose();
        journal.TryAppend(TestRecordType.Order, TestOrder.For(2)).Should().BeFalse();
        journal.Failures.Should().Be(2);
        journal.LastSequence.Should().Be(1);
        journal.Dispose(); // twice is harmless
    }

    [Test]
    public void TryAppend_allocates_nothing_after_warm_up()
    {
        using var dir = new JournalDirectory();
        using var journal = OrderJournal.Open(dir.Options(segmentBytes: 4 * 1024 * 1024));
        var cancel = new TestCancel { OrderId = 1, Reason = 2 };
        for (var i = 0; i < 2000; i++)
        {
            journal.TryAppend(TestRecordType.Order, TestOrder.For(i));
            journal.TryAppend(TestRecordType.Cancel, cancel);
        }

        var order = TestOrder.For(7);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var appended = 0;
        for (var i = 0; i < 20_000; i++)
        {
            appended += journal.TryAppend(TestRecordType.Order, order) ? 1 : 0;
            appended += journal.TryAppend(TestRecordType.Cancel, cancel) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        appended.Should().Be(40_000);
        journal.Rolls.Should().Be(0, "the measurement is meant to stay inside one segment");
        allocated.Should().Be(0);
    }

    [TestCase(JournalFsyncKind.None)]
    [TestCase(JournalFsyncKind.EveryAppend)]
    [TestCase(JournalFsyncKind.Interval)]
    [CancelAfter(20_000)]
    public void Each_fsync_policy_keeps_every_record(JournalFsyncKind kind, CancellationToken token)
    {
        using var dir = new JournalDirectory();
        var policy = kind switch
        {
            JournalFsyncKind.EveryAppend => JournalFsyncPolicy.EveryAppend,
            JournalFsyncKind.Interval => JournalFsyncPolicy.Interval(5),
            _ => JournalFsyncPolicy.None,
        };
        var options = dir.Options(segmentBytes: 4096) with { Fsync = policy };
        using (var journal = OrderJournal.Open(options))
        {
            for (var i = 1; i <= 100; i++)
            {
                journal.TryAppend(TestRecordType.Order, TestOrder.For(i)).Should().BeTrue();
            }

            switch (kind)
            {
                case JournalFsyncKind.EveryAppend:
                    journal.Flushes.Should().BeGreaterThanOrEqualTo(100);
                    break;
                case JournalFsyncKind.Interval:
                    var flushes = journal.Flushes;
                    journal.TryAppend(TestRecordType.Order, TestOrder.For(101)).Should().BeTrue();
                    var spin = default(SpinWait);
                    while (journal.Flushes == flushes)
                    {
                        token.ThrowIfCancellationRequested();
                        spin.SpinOnce();
                    }

                    break;
                default:
                    journal.Flushes.Should().Be(0);
                    break;
            }

            journal.FlushFailures.Should().Be(0);
        }

        options.ReadAll().Select(r => r.Sequence).Should().Equal(
            Enumerable.Range(1, kind == JournalFsyncKind.Interval ? 101 : 100).Select(i => (long)i));
    }

    [Test]
    public void Bad_options_are_rejected_naming_the_option()
    {
        using var dir = new JournalDirectory();
        var good = dir.Options();
        FluentActions.Invoking(() => OrderJournal.Open(null!)).Should().Throw<ArgumentNullException>();
        Rejected(good with { Directory = " " }).WithMessage("*Directory*");
        Rejected(good with { Name = "" }).WithMessage("*Name*");
        Rejected(good with { Name = "../escape" }).WithMessage("*Name*");
        Rejected(good with { Name = ".hidden" }).WithMessage("*Name*");
        Rejected(good with { SegmentBytes = 1000 }).WithMessage("*SegmentBytes*");
        Rejected(good with { SegmentBytes = 4096 + 8 }).WithMessage("*SegmentBytes*");
        Rejected(good with { SegmentBytes = int.MaxValue - 4095 }).WithMessage("*SegmentBytes*");
        Rejected(good with { Fsync = JournalFsyncPolicy.Interval(0) }).WithMessage("*interval*");
        Rejected(good with { Fsync = new JournalFsyncPolicy((JournalFsyncKind)9, 0) }).WithMessage("*Fsync*");
        Directory.GetFiles(dir.Path).Should().BeEmpty();
    }

    private static FluentAssertions.Specialized.ExceptionAssertions<ArgumentException> Rejected(JournalOptions options) =>
        FluentActions.Invoking(() => OrderJournal.Open(options)).Should().Throw<ArgumentException>();
}
