using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Setup;

namespace Gateway.Acceptance.Tests;

/// <summary>The shipped .def scripts for unit tests of the runner; ignores (or fails, when required) without ../shared.</summary>
internal static class SharedScripts
{
    public static AcceptanceSetup Setup()
    {
        var setup = AcceptanceEnvironment.Resolve();
        if (setup.Problem is null)
        {
            return setup;
        }

        if (setup.SharedMissing && !AcceptanceEnvironment.RequireShared(Environment.GetEnvironmentVariable))
        {
            Assert.Ignore(setup.Problem);
        }

        Assert.Fail(setup.Problem);
        return setup;
    }

    public static AcceptanceScript Load(string suite, string name)
    {
        var folder = Setup().Suites.FirstOrDefault(s => s.Name == suite)
            ?? throw new AssertionException($"suite {suite} not found: is {AcceptanceEnvironment.DirVariable} pointing elsewhere?");
        return ScriptParser.Load(Path.Combine(folder.DefinitionFolder, name + ".def"));
    }

    public static IEnumerable<string> AllPaths() => Setup().Suites.SelectMany(s => s.ScriptPaths());
}
