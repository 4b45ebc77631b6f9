namespace Gateway.Certification;

public enum CaseOutcome : byte
{
    Passed = 1,
    Failed = 2,
    Skipped = 3,
}

/// <summary>
/// One message of a case, in the report: <see cref="Channel"/> <c>api</c> (the strategy and the gateway, binary
/// API) or <c>venue</c> (the gateway's venue session, from its message log); <see cref="Direction"/> <c>out</c> is
/// away from the gateway's user (strategy → gateway, gateway → venue), <c>in</c> towards it.
/// </summary>
/// <param name="Offset">Time since the case began.</param>
public sealed record ExchangedMessage(TimeSpan Offset, string Channel, string Direction, string Text);

/// <summary>How one case went: its outcome, how long it took, the expectation (or action) that failed and why, and the messages.</summary>
public sealed record CaseResult(
    string Id,
    string Title,
    CaseOutcome Outcome,
    TimeSpan Duration,
    string? FailedStep,
    string? Failure,
    IReadOnlyList<ExchangedMessage> Messages);

/// <summary>A whole run: which set, against which venue, when, and every case.</summary>
public sealed record CertificationResult(
    string ScenarioSet,
    string Venue,
    string VenueDescription,
    DateTimeOffset Started,
    TimeSpan Duration,
    IReadOnlyList<CaseResult> Cases)
{
    public int Passed => Cases.Count(c => c.Outcome == CaseOutcome.Passed);

    public int Failed => Cases.Count(c => c.Outcome == CaseOutcome.Failed);

    public int Skipped => Cases.Count(c => c.Outcome == CaseOutcome.Skipped);

    /// <summary>True when nothing failed (skipped cases say why in the report).</summary>
    public bool AllPassed => Failed == 0;
}
