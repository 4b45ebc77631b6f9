using BenchmarkDotNet.Attributes;

namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>
/// Receiving and sending the FIX 4.4 NewOrderSingle of <see cref="NewOrderSample"/>, step by step:
/// <c>dotnet run -c Release --project tests/Benchmarks -- bdn --filter '*FixParseValidate*'</c>.
/// </summary>
[MemoryDiagnoser]
public class FixParseValidateBenchmarks
{
    private readonly byte[] _buffer = new byte[1024];
    private ParseValidateWorkload _workload = null!;
    private byte[] _frame = [];
    private int _seqNum;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new ParseValidateWorkload();
        _frame = _workload.Frame;
    }

    /// <summary>One pass over the frame into the field table.</summary>
    [Benchmark]
    public int Scan() => _workload.Scan(_frame);

    /// <summary>Scan, then the dictionary validation the session runs on every message.</summary>
    [Benchmark]
    public bool ScanValidate()
    {
        _workload.Scan(_frame);
        return _workload.ValidateScanned(_frame);
    }

    /// <summary>Scan + validate + the adapter's reads: the figure fix_parse_validate_nos_ns.</summary>
    [Benchmark(Baseline = true)]
    public long ParseValidateRead() => _workload.ParseValidateRead(_frame);

    /// <summary>FixWriter of the same order, header and trailer included: the figure fix_encode_nos_ns.</summary>
    [Benchmark]
    public int Encode() => NewOrderSample.Encode(_buffer, ++_seqNum, NewOrderSample.SendingTimeNanos);
}
