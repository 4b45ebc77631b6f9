using BenchmarkDotNet.Attributes;
using Gateway.Sessions.Concurrency;

namespace Gateway.Benchmarks.Ring;

/// <summary>
/// The ring's cost per event: claim-write-publish-poll on one thread (no contention: the instruction cost), and
/// one producer to one consumer thread with yielding waits (the cross-core cost), single and batched claims.
/// </summary>
[MemoryDiagnoser]
public class RingBenchmarks
{
    private const int Operations = 1 << 20;
    private RingBuffer<RingEvent> _ring = null!;
    private RingConsumer<RingEvent> _consumer = null!;
    private SummingHandler _handler;
    private RingBuffer<RingEvent> _threadedRing = null!;
    private RingConsumer<RingEvent> _threadedConsumer = null!;
    private BatchEventProcessor<RingEvent, SummingHandler, YieldingWaitStrategy> _processor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ring = new RingBuffer<RingEvent>(1024);
        _consumer = _ring.NewConsumer();
        _threadedRing = new RingBuffer<RingEvent>(64 * 1024);
        _threadedConsumer = _threadedRing.NewConsumer();
        _processor = new BatchEventProcessor<RingEvent, SummingHandler, YieldingWaitStrategy>(
            _threadedConsumer, default, default).Start();
    }

    [GlobalCleanup]
    public void Cleanup() => _processor.Dispose();

    /// <summary>Claim, write, publish one event; the consumer polls every 64 (one thread).</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long SameThread_ClaimPublishPoll()
    {
        for (var i = 0; i < Operations; i++)
        {
            _ring.TryClaim(out var sequence);
            _ring[sequence].Value = i;
            _ring.Publish(sequence);
            if ((i & 63) == 63)
            {
                _consumer.Poll(ref _handler);
            }
        }

        return _handler.Sum;
    }

    /// <summary>One producer (this thread), one consumer thread (yielding wait); a claim and publish per event.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long OneToOne_SingleClaims() => RunThreaded(1);

    /// <summary>As above, claims and publishes 16 events at a time.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long OneToOne_BatchOf16() => RunThreaded(16);

    private long RunThreaded(int batch)
    {
        var target = _threadedRing.Cursor.Value + Operations;
        RingThroughput.Produce(_threadedRing, Operations, batch);
        while (_threadedConsumer.Sequence.Value < target)
        {
            Thread.SpinWait(1);
        }

        return target;
    }
}
