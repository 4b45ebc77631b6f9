namespace Gateway.Acceptance.Tests.Setup;

/// <summary>
/// The suites to run, or why none can: <paramref name="Problem"/> set and <paramref name="SharedMissing"/> true when
/// only ../shared is missing (an ignore unless GATEWAY_REQUIRE_SHARED=1), false when a setting is wrong (a failure).
/// </summary>
public sealed record AcceptanceSetup(IReadOnlyList<AcceptanceSuite> Suites, string? Problem = null, bool SharedMissing = false)
{
    public static AcceptanceSetup Failed(string problem) => new([], problem);

    public static AcceptanceSetup MissingShared(string problem) => new([], problem, SharedMissing: true);
}
