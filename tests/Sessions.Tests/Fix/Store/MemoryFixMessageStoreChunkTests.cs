using FluentAssertions;
using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

public sealed class MemoryFixMessageStoreChunkTests
{
    [Test]
    public void Frames_across_chunk_boundaries_and_bigger_than_a_chunk_come_back_whole_also_after_a_reset()
    {
        using var store = new MemoryFixMessageStore();
        for (var round = 0; round < 2; round++)
        {
            for (var seqNum = 1; seqNum <= 12_000; seqNum++)
            {
                store.Append(seqNum, FrameOf(seqNum, 150 + (seqNum % 200))).Should().BeTrue();
            }

            store.Append(12_001, FrameOf(12_001, 3 * 1024 * 1024)).Should().BeTrue();
            var back = new List<StoredMessage>();
            store.Get(1, 0, back);
            back.Should().HaveCount(12_001);
            foreach (var message in back)
            {
                message.Frame.Should().Equal(FrameOf(message.SeqNum, message.SeqNum == 12_001 ? 3 * 1024 * 1024 : 150 + (message.SeqNum % 200)));
            }

            store.Reset(0);
        }
    }

    private static byte[] FrameOf(int seqNum, int length)
    {
        var frame = new byte[length];
        for (var i = 0; i < length; i++)
        {
            frame[i] = (byte)(seqNum + i);
        }

        return frame;
    }
}
