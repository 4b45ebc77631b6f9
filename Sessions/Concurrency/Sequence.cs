using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gateway.Sessions.Concurrency;

/// <summary>
/// A sequence number that one thread writes and others read: a ring's cursor or a consumer's progress.
/// The value sits alone on its own cache lines (<see cref="Padding"/> bytes either side), so that the producer
/// writing its cursor never invalidates the line a consumer's sequence lives on (false sharing), even with the
/// adjacent-line prefetcher pulling lines in pairs. (Disruptor's Sequence.)
/// </summary>
/// <remarks>
/// Memory layout of the object's fields (the object header and method-table pointer precede them):
/// <code>
///   0                 128        136                256      264
///   +-----------------+----------+------------------+--------+
///   |  padding (128)  |  value   |  padding (120)   |  end   |
///   +-----------------+----------+------------------+--------+
/// </code>
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public sealed class Sequence
{
    /// <summary>Bytes of padding either side of the value: two 64-byte lines (adjacent-line prefetch).</summary>
    public const int Padding = 128;

    /// <summary>Offset of the value from the start of the object's fields.</summary>
    public const int ValueOffset = Padding;

    /// <summary>Size of the object's fields.</summary>
    public const int Size = Padding + sizeof(long) + Padding;

    /// <summary>The value of a sequence before anything is published or consumed: the first sequence is 0.</summary>
    public const long InitialValue = -1;

    [FieldOffset(ValueOffset)]
    private long _value;

    // The runtime ignores StructLayout.Size on classes: a last field is what makes the trailing padding real.
#pragma warning disable CS0169, IDE0051
    [FieldOffset(Size - sizeof(long))]
    private readonly long _end;
#pragma warning restore CS0169, IDE0051

    public Sequence(long initialValue = InitialValue) => _value = initialValue;

    /// <summary>Reads the value with acquire semantics: what was written before it was published is visible.</summary>
    public long Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref _value);
    }

    /// <summary>Publishes a value with release semantics (a plain store on x64: no fence).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetValue(long value) => Volatile.Write(ref _value, value);

    /// <summary>Publishes a value with a full fence: later reads cannot move before it (store-load ordering).</summary>
    public void SetValueVolatile(long value) => Interlocked.Exchange(ref _value, value);

    /// <summary>For the layout test: a reference to the value inside the object.</summary>
    internal ref long ValueRef => ref _value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
