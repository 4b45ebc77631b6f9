namespace Gateway.Acceptance.Tests.Running;

/// <summary>How long the runner waits, which the QuickFIX runner never limits (a missing message blocks forever).</summary>
public sealed record ScriptRunnerOptions
{
    public static readonly TimeSpan DefaultLineTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for one expected message, one expected disconnect, or one connect.</summary>
    public TimeSpan LineTimeout { get; init; } = DefaultLineTimeout;

    /// <summary>UTC now for the TIME placeholders.</summary>
    public Func<DateTime> UtcNow { get; init; } = () => DateTime.UtcNow;

    /// <summary>Extra text for failure messages, e.g. the acceptor's recent log. Called only when a script fails.</summary>
    public Func<string>? Diagnostics { get; init; }
}
