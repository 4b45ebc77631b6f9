using System.Runtime.CompilerServices;

namespace Gateway.Simulators.Ouch;

/// <summary>An encoded OUCH message held inline (the longest the simulator writes is 4.2 Replaced, 80 bytes).</summary>
[InlineArray(Capacity)]
internal struct MessageBytes
{
    public const int Capacity = 96;

    private byte _first;
}

internal struct DelayedMessage
{
    public long DueNanos;
    public int Login;
    public int Length;
    public MessageBytes Bytes;
}

/// <summary>
/// Encoded messages waiting for their send time (the configured latency), first in first out: the latency is the same
/// for every message, so the head is always due first. A ring of value types that doubles when full (cold).
/// </summary>
internal sealed class DelayedMessages
{
    private DelayedMessage[] _items = new DelayedMessage[1024];
    private int _head;
    private int _count;

    public bool IsEmpty => _count == 0;

    public ref DelayedMessage Head => ref _items[_head];

    public void Enqueue(long dueNanos, int login, ReadOnlySpan<byte> message)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        ref var item = ref _items[(_head + _count) & (_items.Length - 1)];
        _count++;
        item.DueNanos = dueNanos;
        item.Login = login;
        item.Length = message.Length;
        message.CopyTo(item.Bytes);
    }

    public void Dequeue()
    {
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var bigger = new DelayedMessage[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        _items = bigger;
        _head = 0;
    }
}
