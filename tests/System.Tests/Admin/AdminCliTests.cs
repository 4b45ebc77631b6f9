using FluentAssertions;
using Gateway.Admin.Cli;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary><c>Gateway admin ...</c> (the CLI's entry point, in process) against a running gateway: tables, actions, exit codes.</summary>
[Category("System")]
public sealed class AdminCliTests
{
    private AdminGateway _gateway = null!;

    [OneTimeSetUp]
    public void StartGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        _gateway = AdminGateway.Start(timeout.Token);
        _gateway.Flows.Connect(timeout.Token).Rest(1, timeout.Token);
    }

    [OneTimeTearDown]
    public void StopGateway() => _gateway?.Dispose();

    [Test]
    [CancelAfter(30_000)]
    public void Reads_print_tables(CancellationToken cancellation)
    {
        var sessions = Cli("sessions");
        sessions.Code.Should().Be(0, sessions.Error);
        sessions.Output.Should().StartWith("NAME").And.Contain(AdminGateway.Session).And.Contain("loggedOn");

        var orders = Cli("orders", "--strategy", "1", "--state", "all");
        orders.Code.Should().Be(0, orders.Error);
        orders.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2, "a header and the one order");
        orders.Output.Should().Contain("AAPL").And.Contain("189");

        foreach (var command in new[] { "status", "strategies", "risk", "counters", "messages", "audit" })
        {
            var result = Cli(command);
            result.Code.Should().Be(0, $"{command}: {result.Error}");
            result.Output.Should().NotBeEmpty(command);
        }

        Cli("counters", "clients.").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith("clients.", StringComparison.Ordinal));
        Cli("status").Output.Should().Contain("threading: shared");
    }

    [Test]
    [CancelAfter(60_000)]
    public void Actions_print_the_result_and_refusals_exit_1_with_the_servers_message(CancellationToken cancellation)
    {
        var test = Cli("test-request", AdminGateway.Session);
        test.Code.Should().Be(0, test.Error);
        test.Output.Should().Contain("TestRequest");

        var logon = Cli("logon", AdminGateway.Session);
        logon.Code.Should().Be(1);
        logon.Error.Should().Contain("409").And.Contain("logged on already");

        var readOnly = Cli(["--token", AdminGateway.ReadToken, "kill", "global"], token: null);
        readOnly.Code.Should().Be(1);
        readOnly.Error.Should().Contain("403");

        var wrong = Cli(["--token", "definitely-not-the-token", "status"], token: null);
        wrong.Code.Should().Be(1);
        wrong.Error.Should().Contain("401");

        Cli("kill", "strategy", "1").Code.Should().Be(0);
        _gateway.Flows.Host.Risk.Usage.IsKilled(RiskChecks.Admin.KillSwitchLevel.Strategy, 1).Should().BeTrue();
        Wait.Until(() => _gateway.Get("/api/orders", cancellation).AsArray().Count == 0, FlowRecorder.Deadline, cancellation, "the order canceled");
        Cli("release", "strategy", "1").Code.Should().Be(0);
        _gateway.Flows.Host.Risk.Usage.IsKilled(RiskChecks.Admin.KillSwitchLevel.Strategy, 1).Should().BeFalse();

        var limit = Cli("set-limit", "strategy", "1", "maxOrderQuantity=500", "messageRate={\"MaxMessages\":100,\"Window\":\"00:00:01\"}");
        limit.Code.Should().Be(0, limit.Error);
        Cli("risk").Output.Should().Contain("\"maxOrderQuantity\":500");

        var seq = Cli("set-seqnums", AdminGateway.Session, "--sender", "900");
        seq.Code.Should().Be(0, seq.Error);
        seq.Output.Should().Contain("next sender 900");
    }

    [Test]
    [CancelAfter(30_000)]
    public void Usage_errors_exit_2_and_an_unreachable_gateway_exits_1(CancellationToken cancellation)
    {
        Cli("explode").Code.Should().Be(2);
        Cli("logon").Code.Should().Be(2);
        Cli("kill", "planet", "3").Code.Should().Be(2);
        Cli(["status"], token: null).Code.Should().Be(2, "no token anywhere");

        var port = FreePort.Next();
        var down = Cli(["--url", $"http://127.0.0.1:{port}", "status"]);
        down.Code.Should().Be(1);
        down.Error.Should().Contain("cannot reach");
    }

    private (int Code, string Output, string Error) Cli(params string[] args) => Cli(args, AdminGateway.OperatorToken);

    private (int Code, string Output, string Error) Cli(string[] args, string? token)
    {
        var all = new List<string>();
        if (!args.Contains("--url"))
        {
            all.AddRange(["--url", _gateway.Address.ToString()]);
        }

        if (token is not null)
        {
            all.AddRange(["--token", token]);
        }

        all.AddRange(args);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AdminCommand.Run(all, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
