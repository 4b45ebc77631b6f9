using Gateway.Sessions.Fix.Store;

namespace Gateway.Venues.Tests.Fix;

/// <summary>A store that keeps the sequence numbers and drops the frames: allocation tests measure the adapter, not a store's copies.</summary>
internal sealed class SequenceOnlyStore : IFixMessageStore
{
    public int NextSenderMsgSeqNum { get; private set; } = 1;

    public int NextTargetMsgSeqNum { get; private set; } = 1;

    public long CreationTimeNanos { get; private set; } = VenueHarness.Start;

    public void SetNextSenderMsgSeqNum(int value) => NextSenderMsgSeqNum = value;

    public void SetNextTargetMsgSeqNum(int value) => NextTargetMsgSeqNum = value;

    public void IncrNextSenderMsgSeqNum() => NextSenderMsgSeqNum++;

    public void IncrNextTargetMsgSeqNum() => NextTargetMsgSeqNum++;

    public bool Append(int seqNum, ReadOnlySpan<byte> frame) => true;

    public void Get(int begin, int end, List<StoredMessage> into)
    {
    }

    public void Reset(long creationTimeNanos)
    {
        NextSenderMsgSeqNum = 1;
        NextTargetMsgSeqNum = 1;
        CreationTimeNanos = creationTimeNanos;
    }

    public void Refresh()
    {
    }

    public void Dispose()
    {
    }
}
