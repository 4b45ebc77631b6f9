using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>
/// The built gateway host run as a user runs it, <c>dotnet Gateway.dll run --config FILE</c>, in its own process
/// (so that SIGKILL takes it down mid-flow and nothing of it survives but its files), ready once it printed
/// <c>GATEWAY READY clients=HOST:PORT</c>.
/// </summary>
internal sealed partial class GatewayProcess : IDisposable
{
    private readonly BackgroundProcess _process;

    private GatewayProcess(BackgroundProcess process, int clientPort)
    {
        _process = process;
        ClientPort = clientPort;
    }

    public int ClientPort { get; }

    public string Output => _process.Output;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the gateway and waits for its ready line; <paramref name="logPath"/> keeps its output.</summary>
    public static GatewayProcess Start(string configPath, string logPath, TimeSpan timeout, CancellationToken cancellation)
    {
        var process = BackgroundProcess.Start("dotnet", [HostPath(), "run", "--config", configPath], logPath);
        try
        {
            process.WaitForOutput("GATEWAY READY clients=", timeout, cancellation);
            Wait.Until(() => ReadyLine().IsMatch(process.Output), TimeSpan.FromSeconds(10), cancellation, "the whole ready line");
            var port = int.Parse(ReadyLine().Match(process.Output).Groups[1].Value, CultureInfo.InvariantCulture);
            return new GatewayProcess(process, port);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hook, no logout, no flush; only what the OS already has survives.</summary>
    public void KillHard() => _process.Kill();

    public void Dispose() => _process.Dispose();

    /// <summary>Gateway/bin/&lt;this assembly's configuration&gt;/net10.0/Gateway.dll (as DemoRunTests finds it).</summary>
    private static string HostPath()
    {
        var testDir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var framework = testDir.Name;
        var configuration = testDir.Parent!.Name;
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Gateway.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("the tests run inside the repository");
        }

        var path = Path.Combine(root.FullName, "Gateway", "bin", configuration, framework, "Gateway.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the Gateway host first", path);
    }

    [GeneratedRegex(@"GATEWAY READY clients=[^\s:]+:(\d+)\r?\n")]
    private static partial Regex ReadyLine();
}
