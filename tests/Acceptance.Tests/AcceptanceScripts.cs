using Gateway.Acceptance.Tests.Acceptor;
using Gateway.Acceptance.Tests.Running;
using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Setup;

namespace Gateway.Acceptance.Tests;

/// <summary>
/// The QuickFIX session-layer acceptance scripts, one test per .def file, each against its own acceptor on a free
/// port. Where the scripts come from: <see cref="AcceptanceEnvironment"/>; how they run: <see cref="ScriptRunner"/>.
/// </summary>
[TestFixture]
[Category("Acceptance")]
[Parallelizable(ParallelScope.Children)]
public sealed class AcceptanceScripts
{
    /// <summary>Generous: the slowest script waits for two heartbeat intervals of 6 s; each wait has its own timeout.</summary>
    private const int ScriptTimeoutMs = 120_000;

    public static IEnumerable<TestCaseData> Scripts() =>
        ScriptCase.From(AcceptanceEnvironment.Resolve())
            .Select(c => new TestCaseData(c).SetName(c.TestName));

    [TestCaseSource(nameof(Scripts))]
    [CancelAfter(ScriptTimeoutMs)]
    public async Task Run(ScriptCase scriptCase, CancellationToken token)
    {
        var (suite, scriptPath) = Require(scriptCase);
        var script = ScriptParser.Load(scriptPath);
        var factory = AcceptorUnderTest.Factory;
        if (factory is null)
        {
            Assert.Fail(AcceptorUnderTest.NotWiredMessage);
            return;
        }

        var workDirectory = Directory.CreateTempSubdirectory($"gateway-acceptance-{suite.Name}-{script.Name}-").FullName;
        var launch = new AcceptorLaunch(suite.SettingsPath!, suite.SpecFolder!, Port: 0, workDirectory);
        var acceptor = await factory.StartAsync(launch, token);
        await using (acceptor.ConfigureAwait(false))
        {
            var options = new ScriptRunnerOptions
            {
                LineTimeout = AcceptanceEnvironment.LineTimeout(Environment.GetEnvironmentVariable),
                Diagnostics = () => $"{acceptor.Diagnostics()}\n(acceptor work directory kept: {workDirectory})",
            };
            try
            {
                await new ScriptRunner(new(System.Net.IPAddress.Loopback, acceptor.Port), options).RunAsync(script, token);
            }
            catch (ScriptFailedException e)
            {
                Assert.Fail(e.Message);
            }
        }

        TryDelete(workDirectory);
    }

    private static (AcceptanceSuite Suite, string ScriptPath) Require(ScriptCase scriptCase)
    {
        var setup = scriptCase.Setup;
        if (setup.Problem is not null)
        {
            if (setup.SharedMissing && !AcceptanceEnvironment.RequireShared(Environment.GetEnvironmentVariable))
            {
                Assert.Ignore($"{setup.Problem} (set {AcceptanceEnvironment.RequireSharedVariable}=1 to make this a failure)");
            }

            Assert.Fail(setup.Problem);
        }

        var suite = scriptCase.Suite!;
        if (suite.Problem is not null)
        {
            Assert.Fail($"suite {suite.Name}: {suite.Problem}");
        }

        return (suite, scriptCase.ScriptPath!);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being flushed: the temp folder is cleaned up by the OS.
        }
    }
}
