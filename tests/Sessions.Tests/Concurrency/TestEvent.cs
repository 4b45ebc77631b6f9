using Gateway.Sessions.Concurrency;

namespace Gateway.Sessions.Tests.Concurrency;

/// <summary>A ring entry whose fields check each other: a torn or stale read shows as a mismatch.</summary>
internal struct TestEvent
{
    public long Value;
    public long Check;
    public long SeenByFirstStage;

    public static TestEvent For(long value) => new() { Value = value, Check = ~value };

    public readonly bool IsIntact => Check == ~Value;
}

/// <summary>Checks entries arrive in sequence order, intact, each once; counts what it saw.</summary>
internal struct OrderCheckingHandler : IEventHandler<TestEvent>
{
    public long Count;
    public long LastValue;
    public long Errors;
    public long Batches;

    public OrderCheckingHandler() => LastValue = -1;

    public void OnEvent(ref TestEvent entry, long sequence, bool endOfBatch)
    {
        if (!entry.IsIntact || entry.Value != LastValue + 1 || entry.Value != sequence)
        {
            Errors++;
        }

        LastValue = entry.Value;
        Count++;
        if (endOfBatch)
        {
            Batches++;
        }
    }
}

/// <summary>A first pipeline stage: marks each entry so that the next stage can check it ran first.</summary>
internal struct MarkingHandler : IEventHandler<TestEvent>
{
    public long Count;

    public void OnEvent(ref TestEvent entry, long sequence, bool endOfBatch)
    {
        entry.SeenByFirstStage = entry.Value + 1;
        Count++;
    }
}

/// <summary>A second pipeline stage: every entry must carry the first stage's mark, in order.</summary>
internal struct MarkCheckingHandler : IEventHandler<TestEvent>
{
    public long Count;
    public long Errors;

    public void OnEvent(ref TestEvent entry, long sequence, bool endOfBatch)
    {
        if (entry.SeenByFirstStage != entry.Value + 1 || entry.Value != sequence || !entry.IsIntact)
        {
            Errors++;
        }

        Count++;
    }
}

/// <summary>Throws on one chosen value, counts the rest.</summary>
internal struct ThrowingHandler(long throwOn) : IEventHandler<TestEvent>
{
    public long Count;

    public void OnEvent(ref TestEvent entry, long sequence, bool endOfBatch)
    {
        if (entry.Value == throwOn)
        {
            throw new InvalidOperationException("boom");
        }

        Count++;
    }
}
