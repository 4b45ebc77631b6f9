namespace Gateway.Sessions.Concurrency;

/// <summary>
/// What a consumer may read up to: the ring's cursor for a first-stage consumer, the slowest upstream consumer's
/// sequence for a later stage. Also carries the alert that wakes a waiting consumer to halt.
/// </summary>
public sealed class SequenceBarrier
{
    private readonly Sequence[] _dependencies;
    private readonly RingBufferFields _ring;
    private volatile bool _alerted;

    internal SequenceBarrier(Sequence[] dependencies, Sequence cursor, RingBufferFields ring)
    {
        _dependencies = dependencies;
        Cursor = cursor;
        _ring = ring;
    }

    /// <summary>The ring's cursor: the last published sequence.</summary>
    public Sequence Cursor { get; }

    /// <summary>The highest sequence the consumer may read (acquire: the entries' contents are visible).</summary>
    public long Available()
    {
        var dependencies = _dependencies;
        var min = dependencies[0].Value;
        for (var i = 1; i < dependencies.Length; i++)
        {
            min = Math.Min(min, dependencies[i].Value);
        }

        return min;
    }

    public bool IsAlerted => _alerted;

    /// <summary>Wakes the consumer's wait strategy so that it returns without waiting for an entry.</summary>
    public void Alert()
    {
        _alerted = true;
        Signal?.WakeAll();
    }

    public void ClearAlert() => _alerted = false;

    internal RingSignal? Signal => _ring.Signal;
}
