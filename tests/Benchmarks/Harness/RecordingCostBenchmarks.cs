using BenchmarkDotNet.Attributes;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// What recording one latency costs, since it is inside every figure the harness measures:
/// <c>dotnet run -c Release --project tests/Benchmarks -- bdn --filter *RecordingCost*</c>.
/// </summary>
[MemoryDiagnoser]
public class RecordingCostBenchmarks
{
    private const int Values = 1024;
    private readonly LatencyHistogram _histogram = new();
    private readonly LatencyRecorder _recorder = new();
    private readonly Counters _counters = new(capacity: 1);
    private readonly long[] _values = new long[Values];
    private Counter _counter;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (int i = 0; i < _values.Length; i++)
        {
            _values[i] = (long)Math.Exp(random.NextDouble() * Math.Log(10_000_000));
        }

        _counter = _counters.Allocate("benchmark");
    }

    [Benchmark(OperationsPerInvoke = Values, Baseline = true)]
    public void HistogramRecord()
    {
        foreach (long value in _values)
        {
            _histogram.Record(value);
        }
    }

    [Benchmark(OperationsPerInvoke = Values)]
    public void RecorderRecord()
    {
        foreach (long value in _values)
        {
            _recorder.Record(value);
        }
    }

    [Benchmark(OperationsPerInvoke = Values)]
    public void CounterIncrement()
    {
        for (int i = 0; i < Values; i++)
        {
            _counter.Increment();
        }
    }
}
