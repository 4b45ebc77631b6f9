using BenchmarkDotNet.Attributes;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Benchmarks.Fix.Codec;

/// <summary>Receiving a FIX 4.4 NewOrderSingle: framing, scanning and the typed reads a venue adapter makes.</summary>
[MemoryDiagnoser]
public class FixDecodeBenchmarks
{
    private readonly FixCodecWorkload _workload = new();
    private readonly FixFieldTable _table = new();
    private byte[] _frame = [];

    [GlobalSetup]
    public void Setup() => _frame = _workload.NewOrderSingle;

    /// <summary>Find the frame and check BodyLength and CheckSum.</summary>
    [Benchmark]
    public int Frame()
    {
        FixFraming.TryReadFrame(_frame, out var frame);
        return frame.Length;
    }

    /// <summary>One pass over the frame into the field table.</summary>
    [Benchmark]
    public int Scan() => _table.Scan(_frame);

    /// <summary>Frame + scan + the typed reads (the figure fix_parse_nos_ns).</summary>
    [Benchmark(Baseline = true)]
    public long ParseNewOrderSingle()
    {
        _workload.Parse(_frame, out var order);
        return order.PriceTicks + order.Quantity;
    }
}
