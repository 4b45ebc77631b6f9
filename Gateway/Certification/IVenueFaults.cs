namespace Gateway.Certification;

/// <summary>The faults a simulated venue can be asked for (<c>venue ...</c> steps); a foreign peer has none.</summary>
public interface IVenueFaults
{
    /// <summary>Applies <paramref name="fault"/>; null when done, else why it cannot be.</summary>
    string? Apply(VenueFault fault, long value);

    /// <summary>Back to a well-behaved venue (after every case).</summary>
    void Clear();
}
