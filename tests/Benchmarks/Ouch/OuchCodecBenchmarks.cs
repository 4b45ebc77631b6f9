using BenchmarkDotNet.Attributes;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// The OUCH codecs on one order (the figures ouch_encode_enter_ns and ouch_decode_executed_ns):
/// <c>dotnet run -c Release --project tests/Benchmarks -- bdn --filter '*OuchCodec*'</c>.
/// </summary>
[MemoryDiagnoser]
public class OuchCodecBenchmarks
{
    private readonly OuchCodecWorkload _workload = new();
    private long _token = 1;

    [Benchmark(Baseline = true)]
    public int EncodeEnter42() => _workload.EncodeEnter42(_token++);

    [Benchmark]
    public long DecodeExecuted42() => _workload.DecodeExecuted42();

    [Benchmark]
    public int EncodeEnter50() => _workload.EncodeEnter50((uint)_token, 1_700_000_000_000_000 + _token++);

    [Benchmark]
    public long DecodeExecuted50() => _workload.DecodeExecuted50();
}
