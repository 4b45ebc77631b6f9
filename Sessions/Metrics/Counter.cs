using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Metrics;

/// <summary>
/// The writing side of one counter in <see cref="Counters"/>. Only one thread may call the writing methods of a
/// given counter: they are a plain read plus a volatile store, not an atomic read-modify-write.
/// </summary>
public readonly struct Counter
{
    private readonly PaddedLong[] _values;

    internal Counter(PaddedLong[] values, int id)
    {
        _values = values;
        Id = id;
    }

    public int Id { get; }

    public long Value => Volatile.Read(ref _values[Id].Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment()
    {
        ref long value = ref _values[Id].Value;
        Volatile.Write(ref value, value + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long delta)
    {
        ref long value = ref _values[Id].Value;
        Volatile.Write(ref value, value + delta);
    }

    /// <summary>For gauges: the latest value wins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(long newValue) => Volatile.Write(ref _values[Id].Value, newValue);
}

/// <summary>
/// The writing side of one counter per member of <typeparamref name="TEnum"/>, allocated together by
/// <see cref="Counters.AllocateGroup{TEnum}"/>. Same single-writer rule as <see cref="Counter"/>.
/// </summary>
public readonly struct CounterGroup<TEnum>
    where TEnum : struct, Enum
{
    private readonly PaddedLong[] _values;

    internal CounterGroup(PaddedLong[] values, int firstId, int length)
    {
        _values = values;
        FirstId = firstId;
        Length = length;
    }

    /// <summary>Id in <see cref="Counters"/> of the member numbered 0.</summary>
    public int FirstId { get; }

    public int Length { get; }

    public int IdOf(TEnum member)
    {
        int offset = Unsafe.As<TEnum, int>(ref member);
        if ((uint)offset >= (uint)Length)
        {
            ThrowNotAMember(offset);
        }

        return FirstId + offset;
    }

    public long this[TEnum member] => Volatile.Read(ref _values[IdOf(member)].Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment(TEnum member)
    {
        ref long value = ref _values[IdOf(member)].Value;
        Volatile.Write(ref value, value + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(TEnum member, long delta)
    {
        ref long value = ref _values[IdOf(member)].Value;
        Volatile.Write(ref value, value + delta);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotAMember(int value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, $"not a member of {typeof(TEnum).Name}");
}
