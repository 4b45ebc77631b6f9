using System.Diagnostics;
using FluentAssertions;
using Gateway.Simulators.Tests.Fix;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Cli;

/// <summary>The simulator as a process: <c>Gateway.Simulators fix ...</c>.</summary>
[Category("System")]
public sealed class StandaloneTests
{
    private static string Executable => Path.Combine(AppContext.BaseDirectory, "Gateway.Simulators.dll");

    [Test]
    [CancelAfter(30_000)]
    public async Task Runs_answers_orders_and_prints_a_summary_on_SIGINT(CancellationToken token)
    {
        using var process = Launch("fix", "--port", "0", "--symbols", "AAPL=190.00", "--target", "GATEWAY");
        var firstLine = await process.StandardOutput.ReadLineAsync(token);
        firstLine.Should().StartWith("FIX venue simulator listening on port ");
        var port = int.Parse(firstLine!["FIX venue simulator listening on port ".Length..], System.Globalization.CultureInfo.InvariantCulture);

        using (var client = FixClient.Connect(port, "FIX.4.4"))
        {
            client.WaitLoggedOn(token);
            var id = client.NewOrder('1', 100, 190.05m);
            client.WaitFor(id, m => m[39] == "2", token);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(token);
        }

        var rest = await process.StandardOutput.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        process.ExitCode.Should().Be(0);
        rest.Should().Contain("summary: orders=1 accepted=1 fills=1");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Bad_arguments_print_the_usage_and_exit_with_2(CancellationToken token)
    {
        using var process = Launch("fix", "--latency-us", "soon");
        var error = await process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);

        process.ExitCode.Should().Be(2);
        error.Should().Contain("usage: Gateway.Simulators fix");
    }

    private static Process Launch(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
