using System.Buffers;

namespace Gateway.Sessions.Tests.Fix.Codec;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/>s for tests.</summary>
internal sealed class SequenceOf : ReadOnlySequenceSegment<byte>
{
    private SequenceOf(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    /// <summary>The bytes split at the given cut points (ascending offsets).</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
    {
        var first = new SequenceOf(bytes.AsMemory(0, cuts.Length > 0 ? cuts[0] : bytes.Length), 0);
        var last = first;
        for (var i = 0; i < cuts.Length; i++)
        {
            var from = cuts[i];
            var to = i + 1 < cuts.Length ? cuts[i + 1] : bytes.Length;
            var next = new SequenceOf(bytes.AsMemory(from, to - from), from);
            last.Next = next;
            last = next;
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
