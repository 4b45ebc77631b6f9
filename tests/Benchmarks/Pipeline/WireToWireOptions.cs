namespace Gateway.Benchmarks.Pipeline;

/// <summary>The wire-to-wire run: a fixed order rate, a warm-up whose figures are dropped, then the measured seconds.</summary>
public sealed record WireToWireOptions
{
    public int OrdersPerSecond { get; init; } = 50_000;

    public int WarmupSeconds { get; init; } = 2;

    public int Seconds { get; init; } = 5;

    /// <summary>The order thread on a thread of its own (the default with 4 cores or more), else both agents on one thread.</summary>
    public bool Dedicated { get; init; } = Environment.ProcessorCount >= 4;
}
