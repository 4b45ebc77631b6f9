using System.Buffers;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Inbound messages that arrived ahead of sequence (MsgSeqNum too high), kept as copies of their frames until the
/// gap before them is filled; then the session processes them in order, as QuickFIX/n does. Cold: only gap
/// recovery fills it, and its buffers come from a pool.
/// </summary>
internal sealed class InboundQueue
{
    private readonly Dictionary<int, (byte[] Buffer, int Length)> _frames = [];

    public int Count => _frames.Count;

    /// <summary>Keeps a copy of the frame; the first one queued under a number wins.</summary>
    public void Enqueue(int seqNum, ReadOnlySpan<byte> frame)
    {
        if (_frames.ContainsKey(seqNum))
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(frame.Length);
        frame.CopyTo(buffer);
        _frames.Add(seqNum, (buffer, frame.Length));
    }

    /// <summary>Takes the frame queued under <paramref name="seqNum"/>; give the buffer back with <see cref="Release"/>.</summary>
    public bool TryDequeue(int seqNum, out byte[] buffer, out int length)
    {
        if (_frames.Remove(seqNum, out var entry))
        {
            (buffer, length) = entry;
            return true;
        }

        buffer = [];
        length = 0;
        return false;
    }

    public static void Release(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);

    public void Clear()
    {
        foreach (var (buffer, _) in _frames.Values)
        {
            Release(buffer);
        }

        _frames.Clear();
    }
}
