using System.Text;
using FluentAssertions;
using Gateway.Api.Client;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;
using Serilog;

namespace Gateway.System.Tests.Operations;

/// <summary>
/// A gateway whose FIX venue logs on with a password and whose OUCH venues log in with one, logging at Verbose to the
/// console and a rolling file, with orders flowing, a login refused, and the host logging a venue's configuration
/// record and an exception that carry the password (the safety net's work): no secret reaches any log file or the
/// console. The FIX message store (.body) keeps the Logon as sent, as QuickFIX does: it is a store, not a log.
/// </summary>
[Category("System")]
public sealed class SecretsInLogsSystemTests
{
    [TestCase(false)]
    [TestCase(true)]
    [CancelAfter(120_000)]
    public void No_password_or_token_reaches_a_log_file_or_the_console(bool json, CancellationToken cancellation)
    {
        var console = new StringWriter();
        ILogger? logger = null;
        using (var world = OpsWorld.Start(cancellation, config =>
        {
            var logged = config with { Logging = new LoggingConfig { Level = "Verbose", File = "logs/gateway.log", Json = json } };
            return logger = HostLogging.Create(logged, console);
        }))
        {
            string[] secrets = [OpsWorld.FixPassword, OpsWorld.OuchPassword, OpsWorld.StrategyToken];
            using (var client = world.Connect())
            {
                OpsWorld.FilledBuy(client, 1, OpsWorld.Aapl, 190.05m, cancellation);
                OpsWorld.FilledBuy(client, 2, OpsWorld.Msft, 410.00m, cancellation);
                OpsWorld.FilledBuy(client, 3, OpsWorld.Ibm, 150.00m, cancellation);
            }

            RefusedLogin(world, OpsWorld.StrategyToken + "-wrong");
            var venue = world.Host.Config.Venues.Single(v => v.Name == "OUCH50");
            logger!.Information("Venue configured: {Venue}", venue);
            logger!.Warning(new InvalidOperationException($"login with {OpsWorld.FixPassword} failed"), "A failure that quotes {Secret}", OpsWorld.OuchPassword);
            world.Host.Dispose(); // the venues log out, the message logs are drained
            ((IDisposable)logger).Dispose(); // the async sinks flush
            var logFile = Directory.EnumerateFiles(Path.Combine(world.DataDirectory, "logs")).Single();
            var logs = world.AllFiles().Where(IsLog).ToArray();
            foreach (var file in logs)
            {
                TestContext.Out.WriteLine($"{file}: {new FileInfo(file).Length} bytes");
                var text = File.ReadAllText(file, Encoding.Latin1);
                foreach (var secret in secrets)
                {
                    text.Should().NotContain(secret, $"{file} must not hold a secret");
                }
            }

            world.AllFiles().Should().Contain(f => f.EndsWith(".body", StringComparison.Ordinal)
                && File.ReadAllText(f, Encoding.Latin1).Contains("554=" + OpsWorld.FixPassword, StringComparison.Ordinal),
                "the password did go to the venue (else this test proves nothing)");
            Check(json, console.ToString(), secrets, logFile, logs);
        }
    }

    private static void Check(bool json, string consoleText, string[] secrets, string logFile, string[] logs)
    {
        foreach (var secret in secrets)
        {
            consoleText.Should().NotContain(secret);
        }

        // The logs were written and hold what was masked.
        logs.Should().Contain(f => f.EndsWith(".messages.log", StringComparison.Ordinal) && f.Contains("fix-log", StringComparison.Ordinal));
        logs.Should().Contain(f => f.EndsWith("OUCH50.messages.log", StringComparison.Ordinal));
        var fileText = File.ReadAllText(logFile);
        fileText.Should().Contain("Venue configured").And.Contain("***").And.Contain("Gateway running");
        consoleText.Should().Contain("Venue configured").And.Contain("***");
        File.ReadAllText(logs.First(f => f.Contains("fix-log", StringComparison.Ordinal) && f.EndsWith(".messages.log", StringComparison.Ordinal)))
            .Should().Contain("\u0001554=***\u0001");
        if (json)
        {
            fileText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Should().OnlyContain(line => line.StartsWith("{\"Timestamp\":", StringComparison.Ordinal));
        }
    }

    private static bool IsLog(string path) =>
        path.EndsWith(".log", StringComparison.Ordinal) || path.Contains($"{Path.DirectorySeparatorChar}logs{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static void RefusedLogin(OpsWorld world, string token)
    {
        using var client = new GatewayClient(new GatewayClientOptions { LoginTimeout = TimeSpan.FromSeconds(30) });
        client.Connect(world.Host.ClientEndPoint.Address.ToString(), world.Host.ClientEndPoint.Port);
        client.Login(FlowSetup.StrategyId, token).Outcome.Should().NotBe(LoginOutcome.LoggedIn);
    }
}
