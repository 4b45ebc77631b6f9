namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// Seeded source of mutated frames. Each call picks a mutation, applies it to a fresh valid message built for the
/// model's current sequence numbers, and says what the session must do with the result (see <see cref="Mutations"/>).
/// Multi-frame scenarios (a gap, then its recovery) queue their later frames as follow-ups.
/// </summary>
internal sealed class FrameGenerator(Random rng)
{
    private readonly Queue<Func<FuzzModel, FuzzFrame>> _followUps = new();
    private readonly Mutations _mutations = new(rng);

    public void DropFollowUps() => _followUps.Clear();

    public FuzzFrame Next(FuzzModel m)
    {
        var frame = _followUps.Count > 0 ? _followUps.Dequeue()(m) : _mutations.Any(m, _followUps);
        return rng.Next(4) == 0 ? frame with { Split = true } : frame;
    }

    /// <summary>Cuts the bytes into 2 to 5 reads at random positions.</summary>
    public List<string> Chunks(string bytes, bool split)
    {
        if (!split || bytes.Length < 2)
        {
            return [bytes];
        }

        var cuts = new SortedSet<int>();
        var count = rng.Next(1, Math.Min(5, bytes.Length));
        while (cuts.Count < count)
        {
            cuts.Add(rng.Next(1, bytes.Length));
        }

        var chunks = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            chunks.Add(bytes[from..cut]);
            from = cut;
        }

        chunks.Add(bytes[from..]);
        return chunks;
    }
}
