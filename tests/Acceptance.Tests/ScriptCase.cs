using Gateway.Acceptance.Tests.Setup;

namespace Gateway.Acceptance.Tests;

/// <summary>One test case of the acceptance suite: a script of a suite, or the reason there are none.</summary>
public sealed record ScriptCase(AcceptanceSuite? Suite, string? ScriptPath, AcceptanceSetup Setup)
{
    /// <summary>Test names are suite/script, e.g. <c>fix44/2d_GarbledMessage</c>: both suites have the same scripts.</summary>
    public string TestName => Suite is null || ScriptPath is null
        ? "acceptance scripts unavailable"
        : $"{Suite.Name}/{Path.GetFileNameWithoutExtension(ScriptPath)}";

    public override string ToString() => TestName;

    public static IEnumerable<ScriptCase> From(AcceptanceSetup setup)
    {
        if (setup.Problem is not null)
        {
            yield return new ScriptCase(null, null, setup);
            yield break;
        }

        foreach (var suite in setup.Suites)
        {
            foreach (var path in suite.ScriptPaths())
            {
                yield return new ScriptCase(suite, path, setup);
            }
        }
    }
}
