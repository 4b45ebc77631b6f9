using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gateway.Sessions.Concurrency;

/// <summary>
/// A bounded ring of value types handed from one producer thread to a pipeline of consumer threads, without
/// copying, locks or allocation. (The Disruptor's single-producer ring buffer.)
/// <para>
/// Producer: <see cref="TryClaim(out long)"/> a sequence, write the entry in place through
/// <see cref="this[long]"/>, then <see cref="Publish(long)"/> it. A claim that would overwrite an entry some
/// consumer has not finished returns <see cref="ClaimResult.BackPressured"/>: the hot path never blocks.
/// Cold producers may use <see cref="Claim(int, CancellationToken)"/>, which waits.
/// </para>
/// <para>
/// Consumers: <see cref="NewConsumer"/> makes a consumer that sees every published entry, or, given upstream
/// consumers, every entry they have finished (inbound → risk → venue). Consume with
/// <see cref="RingConsumer{T}.Poll{THandler}"/> from an agent, or run a <see cref="BatchEventProcessor{T, THandler, TWait}"/>.
/// </para>
/// Only one thread may claim and publish. Sequences start at 0 and never wrap (2^63 events).
/// </summary>
public sealed class RingBuffer<T> : RingBufferFields
    where T : struct
{
    private readonly Lock _setupLock = new();

    /// <param name="capacity">A power of two: the number of entries in flight at most.</param>
    public RingBuffer(int capacity)
        : base(NewEntries(capacity, out var offset), capacity, offset)
    {
    }

    public int Capacity => _capacity;

    /// <summary>The sequence of the last published entry (-1 before the first).</summary>
    public Sequence Cursor => _cursor;

    /// <summary>The entry of a claimed or published sequence, in place.</summary>
    public ref T this[long sequence]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var entries = Unsafe.As<T[]>(_entries);
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(entries), (nint)(sequence & _mask) + _entryOffset);
        }
    }

    /// <summary>Claims the next sequence, or reports back-pressure without claiming anything.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ClaimResult TryClaim(out long sequence) => TryClaim(1, out sequence);

    /// <summary>
    /// Claims <paramref name="count"/> consecutive sequences, the last of which is returned; the first is
    /// <c>highSequence - count + 1</c>. Publish them with <see cref="Publish(long)"/> of the last.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ClaimResult TryClaim(int count, out long highSequence)
    {
        if ((uint)(count - 1) >= (uint)_capacity)
        {
            ThrowBadCount(count);
        }

        var next = _claimed + count;
        var wrapPoint = next - _capacity;
        if (wrapPoint > _cachedGate && !HasRoomFor(wrapPoint))
        {
            highSequence = Sequence.InitialValue;
            return ClaimResult.BackPressured;
        }

        _claimed = next;
        highSequence = next;
        return ClaimResult.Claimed;
    }

    /// <summary>
    /// Claims <paramref name="count"/> sequences, waiting (spin, yield, then sleep) while the ring is full.
    /// For cold producers only; returns the last sequence claimed.
    /// </summary>
    public long Claim(int count = 1, CancellationToken cancellationToken = default)
    {
        var spin = default(SpinWait);
        long high;
        while (TryClaim(count, out high) == ClaimResult.BackPressured)
        {
            cancellationToken.ThrowIfCancellationRequested();
            spin.SpinOnce();
        }

        return high;
    }

    /// <summary>
    /// Makes every entry up to <paramref name="sequence"/> visible to consumers (a release store: the entries'
    /// writes happen before it). Publishing the last sequence of a batch publishes the whole batch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long sequence)
    {
        _cursor.SetValue(sequence);
        _signal?.WakeAll();
    }

    /// <summary>Entries claimed but not yet consumed by the slowest last-stage consumer (producer thread).</summary>
    public long InFlight => _claimed - MinimumGate(_claimed);

    /// <summary>
    /// A consumer of published entries, or, with <paramref name="upstream"/>, of entries those consumers have
    /// finished. The producer is then gated on the new consumer instead of its upstreams. A consumer made after
    /// publishing has started begins with the next entry published.
    /// </summary>
    public RingConsumer<T> NewConsumer(params RingConsumer<T>[] upstream)
    {
        lock (_setupLock)
        {
            var dependencies = new Sequence[Math.Max(1, upstream.Length)];
            dependencies[0] = _cursor;
            for (var i = 0; i < upstream.Length; i++)
            {
                if (!ReferenceEquals(upstream[i].Ring, this))
                {
                    throw new ArgumentException("An upstream consumer belongs to another ring.", nameof(upstream));
                }

                dependencies[i] = upstream[i].Sequence;
            }

            // Start where the dependencies are, so that the producer, gated on this consumer from now on,
            // cannot lap entries an upstream has not finished.
            var start = long.MaxValue;
            foreach (var dependency in dependencies)
            {
                start = Math.Min(start, dependency.Value);
            }

            var sequence = new Sequence(start);
            var gates = new List<Sequence>(_gates);
            foreach (var u in upstream)
            {
                gates.Remove(u.Sequence);
            }

            gates.Add(sequence);
            Volatile.Write(ref _gates, gates.ToArray());
            return new RingConsumer<T>(this, sequence, new SequenceBarrier(dependencies, _cursor, this));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool HasRoomFor(long wrapPoint)
    {
        var slowest = MinimumGate(_claimed);
        _cachedGate = slowest;
        return wrapPoint <= slowest;
    }

    private long MinimumGate(long noGates)
    {
        var gates = Volatile.Read(ref _gates);
        var min = noGates;
        foreach (var gate in gates)
        {
            min = Math.Min(min, gate.Value);
        }

        return min;
    }

    private static T[] NewEntries(int capacity, out int offset)
    {
        if (capacity < 1 || !BitOperations.IsPow2(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be a power of two.");
        }

        // Enough padding entries before and after the slots to fill 128 bytes: no slot shares a line (or an
        // adjacent-line prefetch pair) with the array header or a neighbouring object.
        offset = (128 + Unsafe.SizeOf<T>() - 1) / Unsafe.SizeOf<T>();
        return new T[capacity + (2 * offset)];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadCount(int count) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, $"A claim takes 1 to {_capacity} sequences.");
}
