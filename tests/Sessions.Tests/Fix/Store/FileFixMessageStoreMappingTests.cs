using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

/// <summary>The file store writes .body and .index through mapped windows reserved ahead of the appends.</summary>
public sealed class FileFixMessageStoreMappingTests
{
    private static readonly FixSessionId Session = new("FIX.4.4", "ISLD", "TW");

    private TempDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    private FileStoreOptions Options => new(_dir.Path) { PreallocateBodyBytes = 0 }; // the smallest window, 1 MiB

    private static byte[] Frame(int seqNum) =>
        Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019=40\u000135=D\u000134={seqNum}\u000111={new string('x', seqNum % 700)}\u000110=123\u0001");

    private static List<StoredMessage> All(IFixMessageStore store)
    {
        var all = new List<StoredMessage>();
        store.Get(1, 0, all);
        return all;
    }

    private static void Send(IFixMessageStore store)
    {
        var seqNum = store.NextSenderMsgSeqNum;
        store.Append(seqNum, Frame(seqNum)).Should().BeTrue();
        store.IncrNextSenderMsgSeqNum();
    }

    [Test]
    public void Appends_across_several_windows_all_read_back_after_a_reopen()
    {
        const int count = 6000; // ~2.3 MB of body: three body windows
        long bodyBytes = 0;
        using (var store = new FileFixMessageStore(Options, Session))
        {
            for (var i = 1; i <= count; i++)
            {
                Send(store);
                bodyBytes += Frame(i).Length;
            }

            All(store).Should().HaveCount(count);
        }

        new FileInfo(Path.Combine(_dir.Path, "FIX.4.4-ISLD-TW.body")).Length.Should().Be(bodyBytes, "a clean close cuts the reserved zeros off");
        new FileInfo(Path.Combine(_dir.Path, "FIX.4.4-ISLD-TW.index")).Length.Should().Be(count * 24L);
        using var reopened = new FileFixMessageStore(Options, Session);
        reopened.Recovery.Should().Be(new FileStoreRecovery(count, 0, 0, true, false), "the increments after appends are implied by the index");
        reopened.NextSenderMsgSeqNum.Should().Be(count + 1);
        var all = All(reopened);
        all.Select(m => m.SeqNum).Should().Equal(Enumerable.Range(1, count));
        all[4321].Frame.Should().Equal(Frame(4322));
    }

    [Test]
    public void While_a_writer_is_open_its_files_end_in_reserved_zeros_that_another_open_reads_as_the_end_and_leaves_alone()
    {
        using var writer = new FileFixMessageStore(Options, Session);
        Send(writer);
        Send(writer);
        var bodyLength = new FileInfo(writer.BodyPath).Length;
        bodyLength.Should().BeGreaterThan(Frame(1).Length + Frame(2).Length, "the writer reserved a window ahead");

        using (var second = new FileFixMessageStore(Options, Session))
        {
            second.Recovery.Should().Be(new FileStoreRecovery(2, 0, 0, true, false));
            All(second).Select(m => m.SeqNum).Should().Equal(1, 2);
        }

        new FileInfo(writer.BodyPath).Length.Should().Be(bodyLength, "neither opening nor closing a store that never appended cuts a live writer's files");
        Send(writer);
        All(writer).Select(m => m.SeqNum).Should().Equal(1, 2, 3);
    }

    [Test]
    public void Reset_empties_the_files_and_appends_start_again_at_offset_zero()
    {
        using (var store = new FileFixMessageStore(Options, Session))
        {
            Send(store);
            Send(store);
            store.Reset(7);
            Send(store);
            All(store).Should().ContainSingle().Which.Frame.Should().Equal(Frame(1));
        }

        using var reopened = new FileFixMessageStore(Options, Session);
        All(reopened).Should().ContainSingle().Which.Frame.Should().Equal(Frame(1));
        reopened.Recovery.DroppedBodyBytes.Should().Be(0);
        reopened.Recovery.DroppedIndexBytes.Should().Be(0);
    }

    [Test]
    public void A_frame_larger_than_the_window_is_stored_whole()
    {
        var big = Encoding.ASCII.GetBytes("8=FIX.4.4\u00019=5\u000135=D\u000158=" + new string('y', 1_500_000) + "\u000110=000\u0001");
        using (var store = new FileFixMessageStore(Options, Session))
        {
            Send(store);
            store.Append(2, big).Should().BeTrue();
            store.IncrNextSenderMsgSeqNum();
            Send(store);
        }

        using var reopened = new FileFixMessageStore(Options, Session);
        var all = All(reopened);
        all.Select(m => m.SeqNum).Should().Equal(1, 2, 3);
        all[1].Frame.Should().Equal(big);
        all[2].Frame.Should().Equal(Frame(3));
    }
}
