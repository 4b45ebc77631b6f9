namespace Gateway.Sessions.Soup;

/// <summary>
/// A SoupBinTCP server's sequenced messages, numbered from 1 in the order appended, kept for replay to a client that
/// logs in asking for an earlier number. Owned by one thread. <see cref="Append"/> and <see cref="Read"/> allocate
/// nothing in steady state (an index doubling while it grows is the exception).
/// </summary>
public interface ISoupMessageStore : IDisposable
{
    /// <summary>Messages stored; the last one's sequence number.</summary>
    long Count { get; }

    /// <summary>Stores a message and returns its sequence number (<see cref="Count"/> after the call).</summary>
    long Append(ReadOnlySpan<byte> message);

    /// <summary>Copies message <paramref name="sequence"/> (1..Count) into <paramref name="into"/>; returns its length, or -1.</summary>
    int Read(long sequence, Span<byte> into);
}
