using System.Runtime.InteropServices;

namespace Gateway.Sessions.Concurrency;

/// <summary>
/// The fields of <see cref="RingBuffer{T}"/>, laid out by hand (the runtime refuses explicit layout on generic
/// types, so they live in this non-generic base). What consumers read (entries, cursor, mask) sits on lines the
/// producer never writes; what the producer writes on every claim sits on lines of its own.
/// <code>
///   0          128                                  176         256                  272          400
///   +----------+--------------------------------------+-----------+--------------------+------------+
///   | pad(128) | entries cursor gates signal mask cap | pad       | claimed cachedGate | pad(128)   |
///   +----------+--------------------------------------+-----------+--------------------+------------+
///                read by every thread, set up once                 producer only
/// </code>
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 400)]
public abstract class RingBufferFields
{
    internal const int SharedOffset = 128;
    internal const int ProducerOffset = 256;

    /// <summary>The entry array (a T[] with padding entries at both ends), typed in the derived class.</summary>
    [FieldOffset(SharedOffset)]
    private protected readonly object _entries;

    /// <summary>The last published sequence.</summary>
    [FieldOffset(SharedOffset + 8)]
    private protected readonly Sequence _cursor;

    /// <summary>The sequences of the last consumers of the pipeline; the producer may not lap the slowest.</summary>
    [FieldOffset(SharedOffset + 16)]
    private protected Sequence[] _gates;

    /// <summary>Set when some consumer may block on a monitor: publishing then wakes it.</summary>
    [FieldOffset(SharedOffset + 24)]
    private protected RingSignal? _signal;

    [FieldOffset(SharedOffset + 32)]
    private protected readonly long _mask;

    [FieldOffset(SharedOffset + 40)]
    private protected readonly int _capacity;

    /// <summary>Padding entries before the first slot, so that slots never share a line with other objects.</summary>
    [FieldOffset(SharedOffset + 44)]
    private protected readonly int _entryOffset;

    /// <summary>The highest sequence claimed by the producer (published or not).</summary>
    [FieldOffset(ProducerOffset)]
    private protected long _claimed;

    /// <summary>The slowest gate as last read: claims below it need no look at the consumers.</summary>
    [FieldOffset(ProducerOffset + 8)]
    private protected long _cachedGate;

    internal RingSignal? Signal => Volatile.Read(ref _signal);

    /// <summary>For the layout test: the first shared field and the first producer field, in place.</summary>
    internal ref readonly object EntriesField => ref _entries;

    internal ref long ClaimedField => ref _claimed;

    internal ref readonly long EndField => ref _end;

    /// <summary>Makes publishing wake consumers blocked on a monitor (<see cref="BlockingWaitStrategy"/>).</summary>
    internal RingSignal EnableBlockingWaits()
    {
        var signal = new RingSignal();
        return Interlocked.CompareExchange(ref _signal, signal, null) ?? signal;
    }

    // The runtime ignores StructLayout.Size on classes: a last field is what makes the trailing padding real.
#pragma warning disable CS0649
    [FieldOffset(400 - sizeof(long))]
    private readonly long _end;
#pragma warning restore CS0649

    private protected RingBufferFields(object entries, int capacity, int entryOffset)
    {
        _entries = entries;
        _capacity = capacity;
        _mask = capacity - 1;
        _entryOffset = entryOffset;
        _cursor = new Sequence();
        _gates = [];
        _claimed = Sequence.InitialValue;
        _cachedGate = Sequence.InitialValue;
    }
}
