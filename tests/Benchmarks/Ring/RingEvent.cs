using Gateway.Sessions.Concurrency;

namespace Gateway.Benchmarks.Ring;

/// <summary>A 32-byte entry, about the size of an order reference handed between pipeline stages.</summary>
public struct RingEvent
{
    public long Value;
    public long Price;
    public long Quantity;
    public long Stamp;
}

/// <summary>Sums what it sees, so that the reads cannot be optimised away.</summary>
public struct SummingHandler : IEventHandler<RingEvent>
{
    public long Sum;

    public void OnEvent(ref RingEvent entry, long sequence, bool endOfBatch) => Sum += entry.Value;
}
