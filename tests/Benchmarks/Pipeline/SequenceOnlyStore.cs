using Gateway.Sessions.Fix.Store;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// A FIX store that keeps the sequence numbers and drops the frames (<c>--file-store 0</c>): the pipeline's cost
/// without the file store's two writes per message, to see what persistence costs.
/// </summary>
internal sealed class SequenceOnlyStore(long creationTimeNanos) : IFixMessageStore
{
    public int NextSenderMsgSeqNum { get; private set; } = 1;

    public int NextTargetMsgSeqNum { get; private set; } = 1;

    public long CreationTimeNanos { get; private set; } = creationTimeNanos;

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
