using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

/// <summary>What every <see cref="IFixMessageStore"/> must do; each store's fixture derives from this.</summary>
public abstract class FixMessageStoreContract
{
    protected abstract IFixMessageStore CreateStore();

    protected static byte[] Frame(int seqNum) => Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019=5\u000135=0\u000134={seqNum}\u000110=000\u0001");

    [Test]
    public void A_new_store_starts_both_sequence_numbers_at_one()
    {
        using var store = CreateStore();

        store.NextSenderMsgSeqNum.Should().Be(1);
        store.NextTargetMsgSeqNum.Should().Be(1);
    }

    [Test]
    public void Sequence_numbers_are_set_and_incremented_independently()
    {
        using var store = CreateStore();

        store.SetNextSenderMsgSeqNum(10);
        store.SetNextTargetMsgSeqNum(20);
        store.IncrNextSenderMsgSeqNum();
        store.IncrNextTargetMsgSeqNum();
        store.IncrNextTargetMsgSeqNum();

        store.NextSenderMsgSeqNum.Should().Be(11);
        store.NextTargetMsgSeqNum.Should().Be(22);
    }

    [Test]
    public void Get_returns_the_appended_frames_in_the_range_in_order()
    {
        using var store = CreateStore();
        for (var i = 1; i <= 5; i++)
        {
            store.Append(i, Frame(i)).Should().BeTrue();
        }

        var got = new List<StoredMessage>();
        store.Get(2, 4, got);

        got.Select(m => m.SeqNum).Should().Equal(2, 3, 4);
        got.Select(m => Encoding.ASCII.GetString(m.Frame)).Should().Equal(
            Encoding.ASCII.GetString(Frame(2)), Encoding.ASCII.GetString(Frame(3)), Encoding.ASCII.GetString(Frame(4)));
    }

    [TestCase(0)]
    [TestCase(int.MaxValue)]
    public void An_end_of_zero_or_max_means_to_the_last_message(int end)
    {
        using var store = CreateStore();
        for (var i = 1; i <= 5; i++)
        {
            store.Append(i, Frame(i));
        }

        var got = new List<StoredMessage>();
        store.Get(3, end, got);

        got.Select(m => m.SeqNum).Should().Equal(3, 4, 5);
    }

    [Test]
    public void Gaps_are_absent_from_the_result()
    {
        using var store = CreateStore();
        store.Append(1, Frame(1));
        store.Append(4, Frame(4));

        var got = new List<StoredMessage>();
        store.Get(1, 10, got);

        got.Select(m => m.SeqNum).Should().Equal(1, 4);
    }

    [Test]
    public void A_range_beyond_the_stored_messages_is_empty()
    {
        using var store = CreateStore();
        store.Append(1, Frame(1));

        var got = new List<StoredMessage>();
        store.Get(2, 0, got);

        got.Should().BeEmpty();
    }

    [Test]
    public void A_second_append_of_a_seqnum_replaces_the_first()
    {
        using var store = CreateStore();
        store.Append(1, Frame(1));
        store.Append(1, Frame(99));

        var got = new List<StoredMessage>();
        store.Get(1, 1, got);

        got.Should().ContainSingle().Which.Frame.Should().Equal(Frame(99));
    }

    [Test]
    public void Reset_sets_seqnums_to_one_drops_messages_and_records_the_creation_time()
    {
        using var store = CreateStore();
        store.Append(1, Frame(1));
        store.SetNextSenderMsgSeqNum(2);
        store.SetNextTargetMsgSeqNum(7);

        store.Reset(creationTimeNanos: 1_700_000_000_123_456_789);

        store.NextSenderMsgSeqNum.Should().Be(1);
        store.NextTargetMsgSeqNum.Should().Be(1);
        store.CreationTimeNanos.Should().Be(1_700_000_000_123_456_789);
        var got = new List<StoredMessage>();
        store.Get(1, 0, got);
        got.Should().BeEmpty();
    }

    [Test]
    public void Refresh_keeps_what_the_store_already_holds()
    {
        using var store = CreateStore();
        store.Append(1, Frame(1));
        store.SetNextSenderMsgSeqNum(2);
        store.SetNextTargetMsgSeqNum(5);

        store.Refresh();

        store.NextSenderMsgSeqNum.Should().Be(2);
        store.NextTargetMsgSeqNum.Should().Be(5);
        var got = new List<StoredMessage>();
        store.Get(1, 0, got);
        got.Select(m => m.SeqNum).Should().Equal(1);
    }
}
