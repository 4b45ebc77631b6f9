namespace Gateway.Simulators.Fix;

/// <summary>
/// Reports waiting for their send time (the configured latency), first in first out: the latency is the same for
/// every report, so the head is always due first. A ring of value types that doubles when full (cold).
/// </summary>
internal sealed class DelayQueue
{
    private OutboundReport[] _items = new OutboundReport[1024];
    private int _head;
    private int _count;

    public int Count => _count;

    public bool IsEmpty => _count == 0;

    public ref OutboundReport Head => ref _items[_head];

    /// <summary>A slot at the tail to fill in.</summary>
    public ref OutboundReport Enqueue()
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        var index = (_head + _count) & (_items.Length - 1);
        _count++;
        return ref _items[index];
    }

    public void Dequeue()
    {
        _items[_head].Text = null;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var bigger = new OutboundReport[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        _items = bigger;
        _head = 0;
    }
}
