namespace Gateway.Sessions.Metrics;

/// <summary>
/// A fixed set of 64-bit counters, each alone on its cache lines (<see cref="PaddedLong"/>), with an id, a label
/// and a type id. The hot path bumps them through <see cref="Counter"/> / <see cref="CounterGroup{TEnum}"/> handles
/// with a plain read and a volatile store: no lock, no interlocked operation, so each counter has exactly one
/// writing thread. Any thread may read them (the admin console, the metrics endpoint).
/// Allocation is a cold, setup-time operation.
/// </summary>
public sealed class Counters
{
    private readonly PaddedLong[] _values;
    private readonly string[] _labels;
    private readonly int[] _typeIds;
    private readonly Lock _allocationLock = new();
    private int _count;

    public Counters(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _values = new PaddedLong[capacity];
        _labels = new string[capacity];
        _typeIds = new int[capacity];
    }

    public int Capacity => _values.Length;

    /// <summary>How many counters are allocated; ids run from 0 to Count - 1.</summary>
    public int Count => Volatile.Read(ref _count);

    public Counter Allocate(string label, int typeId = 0)
    {
        lock (_allocationLock)
        {
            int id = Reserve(1);
            Publish(id, label, typeId);
            Volatile.Write(ref _count, id + 1);
            return new Counter(_values, id);
        }
    }

    /// <summary>
    /// One counter per member of <typeparamref name="TEnum"/> (an int enum numbered 0..n-1), labelled
    /// "<paramref name="scope"/>.Member". The enum is the list of things a component counts.
    /// </summary>
    public CounterGroup<TEnum> AllocateGroup<TEnum>(string scope, int typeId = 0)
        where TEnum : struct, Enum
    {
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
        {
            throw new ArgumentException($"{typeof(TEnum).Name} must be an int enum");
        }

        TEnum[] members = Enum.GetValues<TEnum>();
        for (int i = 0; i < members.Length; i++)
        {
            if (Convert.ToInt32(members[i]) != i)
            {
                throw new ArgumentException($"{typeof(TEnum).Name} must be numbered 0..{members.Length - 1}");
            }
        }

        lock (_allocationLock)
        {
            int first = Reserve(members.Length);
            for (int i = 0; i < members.Length; i++)
            {
                Publish(first + i, $"{scope}.{members[i]}", typeId);
            }

            Volatile.Write(ref _count, first + members.Length);
            return new CounterGroup<TEnum>(_values, first, members.Length);
        }
    }

    public long Get(int id) => Volatile.Read(ref _values[CheckId(id)].Value);

    public string LabelOf(int id) => _labels[CheckId(id)];

    public int TypeIdOf(int id) => _typeIds[CheckId(id)];

    /// <summary>Copies the current values of counters 0..n-1 into <paramref name="destination"/>; returns n.</summary>
    public int CopyValues(Span<long> destination)
    {
        int n = Math.Min(Count, destination.Length);
        for (int i = 0; i < n; i++)
        {
            destination[i] = Volatile.Read(ref _values[i].Value);
        }

        return n;
    }

    private int Reserve(int count)
    {
        if (_count + count > _values.Length)
        {
            throw new InvalidOperationException(
                $"counters full: {_count} of {_values.Length} used, {count} more asked for");
        }

        return _count;
    }

    private void Publish(int id, string label, int typeId)
    {
        _labels[id] = label;
        _typeIds[id] = typeId;
    }

    private int CheckId(int id)
    {
        if ((uint)id >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, $"{Count} counters are allocated");
        }

        return id;
    }
}
