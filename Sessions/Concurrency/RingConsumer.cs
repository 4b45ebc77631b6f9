using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Concurrency;

/// <summary>
/// One consumer of a <see cref="RingBuffer{T}"/>: its progress (<see cref="Sequence"/>, which gates the producer
/// or a later stage) and what it may read (<see cref="Barrier"/>). Poll it from one thread only: from an agent's
/// duty cycle, or through a <see cref="BatchEventProcessor{T, THandler, TWait}"/>.
/// </summary>
public sealed class RingConsumer<T>
    where T : struct
{
    private readonly RingBuffer<T> _ring;
    private readonly Sequence _sequence;
    private readonly SequenceBarrier _barrier;

    /// <summary>The barrier's value when last read: while it is ahead, polls need not read shared lines.</summary>
    private long _cachedAvailable = Sequence.InitialValue;

    internal RingConsumer(RingBuffer<T> ring, Sequence sequence, SequenceBarrier barrier)
    {
        _ring = ring;
        _sequence = sequence;
        _barrier = barrier;
    }

    public RingBuffer<T> Ring => _ring;

    /// <summary>The last sequence this consumer has finished.</summary>
    public Sequence Sequence => _sequence;

    public SequenceBarrier Barrier => _barrier;

    /// <summary>
    /// Hands every available entry, at most <paramref name="limit"/>, to the handler in sequence order, then
    /// marks them finished in one release store. Returns how many it handled (0: nothing available).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Poll<THandler>(ref THandler handler, int limit = int.MaxValue)
        where THandler : struct, IEventHandler<T>
    {
        var finished = _sequence.Value;
        var next = finished + 1;
        var available = _cachedAvailable;
        if (available < next)
        {
            available = _barrier.Available();
            _cachedAvailable = available;
            if (available < next)
            {
                return 0;
            }
        }

        var high = Math.Min(available, finished + limit);
        var sequence = next;
        try
        {
            for (; sequence <= high; sequence++)
            {
                handler.OnEvent(ref _ring[sequence], sequence, sequence == high);
            }
        }
        catch
        {
            // A handler that throws has a bug: skip the entry that made it throw rather than retry it forever.
            Finish(sequence);
            throw;
        }

        Finish(high);
        return (int)(high - finished);
    }

    /// <summary>Copies the next available entry out and marks it finished. For cold consumers and tests.</summary>
    public bool TryPoll(out T entry)
    {
        var next = _sequence.Value + 1;
        if (_barrier.Available() < next)
        {
            entry = default;
            return false;
        }

        entry = _ring[next];
        Finish(next);
        return true;
    }

    /// <summary>
    /// Marks every entry up to <paramref name="sequence"/> finished: for a consumer that reads entries in place
    /// through <see cref="Barrier"/> and may stop in the middle of what is available (a venue pushing back).
    /// </summary>
    public void Commit(long sequence) => Finish(sequence);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Finish(long sequence)
    {
        _sequence.SetValue(sequence);
        _ring.Signal?.WakeAll();
    }
}
