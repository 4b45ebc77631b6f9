using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Gateway.Venues.Ouch;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>The simulator as a process: <c>Gateway.Simulators ouch ...</c>.</summary>
[Category("System")]
public sealed class OuchStandaloneTests
{
    private const string Banner = "OUCH 4.2 venue simulator listening on port ";

    [Test]
    [CancelAfter(30_000)]
    public async Task Runs_answers_orders_and_prints_a_summary_on_SIGINT(CancellationToken token)
    {
        using var process = Launch("ouch", "--dialect", "42", "--port", "0", "--user", "GW", "--password", "SECRET",
            "--symbols", "AAPL=190.00");
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync(token);
            firstLine.Should().StartWith(Banner);
            var port = int.Parse(firstLine![Banner.Length..], CultureInfo.InvariantCulture);

            using (var client = OuchClient.Connect(port, OuchDialect.Ouch42, "GW", "SECRET"))
            {
                client.PumpUntil(() => client.Session.IsLoggedIn, token, "logged in");
                client.Enter(1, 'B', 100, 1_900_500);
                client.WaitForOrders(2, token).Select(m => (char)m[0]).Should().Equal('A', 'E');
            }

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(token);
            }

            var rest = await process.StandardOutput.ReadToEndAsync(token);
            await process.WaitForExitAsync(token);
            process.ExitCode.Should().Be(0);
            rest.Should().Contain("summary: orders=1 accepted=1 rejects=0 executions=1");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Bad_arguments_print_the_usage_and_exit_with_2(CancellationToken token)
    {
        using var process = Launch("ouch", "--dialect", "43");
        var error = await process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);

        process.ExitCode.Should().Be(2);
        error.Should().Contain("usage: Gateway.Simulators ouch");
    }

    private static Process Launch(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Gateway.Simulators.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
