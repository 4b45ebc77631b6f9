namespace Gateway.Certification;

/// <summary>
/// A certification script, as read from a <c>.cert</c> file (grammar in docs/certification.md): settings, then
/// cases in the order they run.
/// </summary>
public sealed record ScenarioSet(string Name, ScenarioSettings Settings, IReadOnlyList<ScenarioCase> Cases);

/// <summary>The file's <c>set</c> lines: what every case shares.</summary>
public sealed record ScenarioSettings
{
    /// <summary>How long an expectation waits by default (<c>set timeout 10s</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The strategy that sends the orders; null: the configuration's first strategy.</summary>
    public int? Strategy { get; init; }

    /// <summary>The account orders are sent for; null: the strategy's first account in the risk limits.</summary>
    public int? Account { get; init; }
}

/// <summary>One case: an id such as <c>FIX-ORD-01</c>, a title, and its steps; or a skip with the reason.</summary>
public sealed record ScenarioCase(string Id, string Title, int Line, IReadOnlyList<ScenarioStep> Steps)
{
    /// <summary>Why this case is not run against this venue (the file says so with <c>skip REASON</c>); null: it runs.</summary>
    public string? SkipReason { get; init; }
}
