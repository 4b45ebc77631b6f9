using Gateway.Sessions.Soup;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// A Soup server store that numbers every message but keeps only the last <see cref="Capacity"/> in fixed slots: room
/// for what a back-pressured connection has not taken yet, for a server whose client never asks for an old replay
/// (the benchmark venue), and it does not grow for the length of a run.
/// </summary>
internal sealed class RecentSoupMessageStore : ISoupMessageStore
{
    public const int Capacity = 1 << 16;
    private const int SlotBytes = 128;
    private readonly byte[] _slots = new byte[Capacity * SlotBytes];
    private readonly byte[] _lengths = new byte[Capacity];

    public long Count { get; private set; }

    public long Append(ReadOnlySpan<byte> message)
    {
        var slot = (int)(Count & (Capacity - 1));
        message.CopyTo(_slots.AsSpan(slot * SlotBytes, SlotBytes));
        _lengths[slot] = (byte)message.Length;
        return ++Count;
    }

    public int Read(long sequence, Span<byte> into)
    {
        if (sequence < 1 || sequence > Count || sequence <= Count - Capacity)
        {
            return -1;
        }

        var slot = (int)((sequence - 1) & (Capacity - 1));
        int length = _lengths[slot];
        if (length > into.Length)
        {
            return -1;
        }

        _slots.AsSpan(slot * SlotBytes, length).CopyTo(into);
        return length;
    }

    public void Dispose()
    {
    }
}
