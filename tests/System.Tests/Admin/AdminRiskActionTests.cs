using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.RiskChecks;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary>The kill switch and limit edits through the API reach the order thread: orders canceled, refused, limits in force.</summary>
[Category("System")]
public sealed class AdminRiskActionTests
{
    [TestCase("global", 0, RiskCheck.GlobalKillSwitch)]
    [TestCase("strategy", FlowSetup.StrategyId, RiskCheck.StrategyKillSwitch)]
    [TestCase("venue", 1, RiskCheck.VenueKillSwitch)]
    [CancelAfter(120_000)]
    public void The_kill_switch_cancels_open_orders_refuses_new_ones_and_releases(string level, int id, RiskCheck check, CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);
        strategy.Rest(1, cancellation);
        strategy.Rest(2, cancellation, instrumentId: FlowSetup.Msft, price: 409.00m);
        gateway.Get("/api/orders", cancellation).AsArray().Should().HaveCount(2);
        var body = level == "global" ? """{ "level": "global", "on": true }""" : $$"""{ "level": "{{level}}", "id": {{id}}, "on": true }""";

        var kill = gateway.Post("/api/killswitch", body, cancellation: cancellation);

        kill.Status.Should().Be(HttpStatusCode.OK, kill.Text);
        foreach (var order in new long[] { 1, 2 })
        {
            strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == order, cancellation, $"Canceled {order}").Reason.Should().Be(CancelReason.KillSwitch);
        }

        Wait.Until(() => gateway.Get("/api/orders", cancellation).AsArray().Count == 0, FlowRecorder.Deadline, cancellation, "an empty blotter");
        gateway.Get("/api/orders?state=all", cancellation).AsArray().OfType<JsonObject>().Select(o => (string?)o["state"])
            .Should().OnlyContain(s => s == "Canceled");
        var risk = gateway.Get("/api/risk", cancellation)["killSwitches"]!;
        (level switch
        {
            "global" => (bool)risk["global"]!,
            "strategy" => risk["strategies"]!.AsArray().Select(n => (int)n!).Contains(id),
            _ => risk["venues"]!.AsArray().Select(n => (int)n!).Contains(id),
        }).Should().BeTrue();
        strategy.NewOrder(10, 10, 189.00m);
        ((RiskCheck)strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 10, cancellation, "the reject").RiskCheck).Should().Be(check);
        gateway.Post("/api/killswitch", body, cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict, "it is on already");

        var release = gateway.Post("/api/killswitch", body.Replace("true", "false", StringComparison.Ordinal), cancellation: cancellation);

        release.Status.Should().Be(HttpStatusCode.OK, release.Text);
        strategy.Rest(11, cancellation);
        var audit = gateway.Audit(cancellation).OfType<JsonObject>().Where(e => (string?)e["action"] == "killswitch").ToArray();
        audit.Select(e => (string?)e["result"]).Should().HaveCount(3).And.Contain(r => r!.StartsWith("error 409", StringComparison.Ordinal));
        ((string?)audit.Last()["target"]).Should().StartWith(level).And.EndWith("on");
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_limit_edit_is_in_force_for_the_next_order_and_shown(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);

        var edit = gateway.Call(HttpMethod.Put, "/api/risk/limits", AdminGateway.OperatorToken,
            """{ "scope": "strategy", "id": 1, "limits": { "maxOrderQuantity": 15, "maxOpenOrders": null } }""", cancellation);

        edit.Status.Should().Be(HttpStatusCode.OK, edit.Text);
        var limits = gateway.Get("/api/risk", cancellation)["strategies"]!.AsArray().OfType<JsonObject>().Single(s => (int)s["id"]! == 1)["limits"]!;
        ((long)limits["maxOrderQuantity"]!).Should().Be(15);
        limits.AsObject().ContainsKey("maxOpenOrders").Should().BeFalse("null turned it off");
        ((JsonArray)limits["accounts"]!).Should().ContainSingle("limits not named stay as they were");
        strategy.NewOrder(1, 20, 189.00m);
        ((RiskCheck)strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 1, cancellation, "the reject").RiskCheck)
            .Should().Be(RiskCheck.StrategyMaxOrderQuantity);
        strategy.Rest(2, cancellation, quantity: 15);

        var instrument = gateway.Call(HttpMethod.Put, "/api/risk/limits", AdminGateway.OperatorToken,
            """{ "scope": "instrument", "id": 1, "limits": { "Restricted": true } }""", cancellation);
        instrument.Status.Should().Be(HttpStatusCode.OK, instrument.Text);
        strategy.NewOrder(3, 5, 189.00m);
        ((RiskCheck)strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 3, cancellation, "the reject").RiskCheck)
            .Should().Be(RiskCheck.RestrictedInstrument);
        ((string?)gateway.Audit(cancellation)[0]!["target"]).Should().Be("instrument 1");
    }
}
