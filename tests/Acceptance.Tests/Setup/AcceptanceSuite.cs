namespace Gateway.Acceptance.Tests.Setup;

/// <summary>
/// One folder of .def scripts (e.g. fix44) with the acceptor settings and dictionaries it runs with.
/// <paramref name="Problem"/> says why it cannot run (its scripts then fail with that text).
/// </summary>
public sealed record AcceptanceSuite(string Name, string DefinitionFolder, string? SettingsPath, string? SpecFolder, string? Problem = null)
{
    public IReadOnlyList<string> ScriptPaths() =>
        [.. Directory.GetFiles(DefinitionFolder, "*.def").Order(StringComparer.Ordinal)];
}
