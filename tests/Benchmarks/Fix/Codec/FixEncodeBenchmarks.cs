using BenchmarkDotNet.Attributes;

namespace Gateway.Benchmarks.Fix.Codec;

/// <summary>Sending a FIX 4.4 NewOrderSingle: 22 fields with two timestamps, BodyLength and CheckSum.</summary>
[MemoryDiagnoser]
public class FixEncodeBenchmarks
{
    private readonly byte[] _buffer = new byte[1024];
    private int _seqNum;

    [Benchmark]
    public int EncodeNewOrderSingle() => FixCodecWorkload.Encode(_buffer, ++_seqNum, FixCodecWorkload.SendingTimeNanos);
}
