namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// One mutated frame to send: the bytes (Latin-1), what kind of mutation made it, and the oracle's prediction of
/// what the session must do if the frame arrives whole (<see cref="Predict"/> is evaluated only then, against the
/// model of that moment; a frame the framing rules drop is simply ignored). Several alternatives mean the outcome
/// legitimately depends on details the mutation does not fix (documented where the frame is made).
/// </summary>
internal sealed record FuzzFrame(string Label, string Frame, Func<FuzzModel, Expected[]> Predict)
{
    /// <summary>Bytes sent just before the frame (garbage between frames).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Deliver in several reads, split at random byte positions.</summary>
    public bool Split { get; init; }
}
