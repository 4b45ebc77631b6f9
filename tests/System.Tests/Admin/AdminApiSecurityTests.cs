using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary>Tokens and roles: 401 without a valid token, 403 for a read token on an action, and every refusal and action in the audit trail.</summary>
[Category("System")]
public sealed class AdminApiSecurityTests
{
    private AdminGateway _gateway = null!;

    [OneTimeSetUp]
    public void StartGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        _gateway = AdminGateway.Start(timeout.Token);
    }

    [OneTimeTearDown]
    public void StopGateway() => _gateway?.Dispose();

    [Test]
    [CancelAfter(30_000)]
    public void No_token_is_401_and_recorded_as_unknown(CancellationToken cancellation)
    {
        var reply = _gateway.Call(HttpMethod.Get, "/api/sessions", token: null, cancellation: cancellation);

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Error.Should().Contain("token");
        var refusal = (JsonObject)_gateway.Audit(cancellation).First(e => ((string)e!["result"]!).Contains("401"))!;
        ((string?)refusal["who"]).Should().Be("unknown");
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_wrong_token_is_401_on_reads_and_actions_and_never_stored(CancellationToken cancellation)
    {
        const string Wrong = "not-a-token-of-this-gateway-42";
        _gateway.Call(HttpMethod.Get, "/api/status", Wrong, cancellation: cancellation).Status.Should().Be(HttpStatusCode.Unauthorized);
        var action = _gateway.Post($"/api/sessions/{AdminGateway.Session}/logout", token: Wrong, cancellation: cancellation);

        action.Status.Should().Be(HttpStatusCode.Unauthorized);
        _gateway.Flows.Host.Venues[0].IsLoggedOn.Should().BeTrue("a refused action does nothing");
        var entry = (JsonObject)_gateway.Audit(cancellation).First(e => (string?)e!["action"] == "logout")!;
        ((string?)entry["who"]).Should().Be("unknown");
        ((string?)entry["target"]).Should().Be(AdminGateway.Session);
        ((string?)entry["result"]).Should().StartWith("refused: 401");
        var trail = File.ReadAllText(_gateway.AuditFile);
        trail.Should().NotContain(Wrong).And.NotContain(AdminGateway.OperatorToken).And.NotContain(AdminGateway.ReadToken);
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_read_token_on_an_action_is_403_and_audited(CancellationToken cancellation)
    {
        var reply = _gateway.Post("/api/killswitch", """{ "level": "global", "on": true }""", AdminGateway.ReadToken, cancellation);

        reply.Status.Should().Be(HttpStatusCode.Forbidden);
        reply.Error.Should().Contain(AdminGateway.ReaderName).And.Contain("operator");
        _gateway.Flows.Host.Risk.Usage.GlobalKillSwitch.Should().BeFalse();
        var entry = (JsonObject)_gateway.Audit(cancellation).First(e => (string?)e!["action"] == "killswitch")!;
        ((string?)entry["who"]).Should().Be(AdminGateway.ReaderName);
        ((string?)entry["result"]).Should().StartWith("refused: 403");
        foreach (var (method, path) in new[] { (HttpMethod.Put, "/api/risk/limits"), (HttpMethod.Post, $"/api/sessions/{AdminGateway.Session}/seqnums"), (HttpMethod.Post, $"/api/sessions/{AdminGateway.Session}/reset-seqnums") })
        {
            _gateway.Call(method, path, AdminGateway.ReadToken, "{}", cancellation).Status.Should().Be(HttpStatusCode.Forbidden, path);
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public void An_allowed_action_is_audited_with_who_what_and_result(CancellationToken cancellation)
    {
        var reply = _gateway.Post($"/api/sessions/{AdminGateway.Session}/test-request", cancellation: cancellation);

        reply.Status.Should().Be(HttpStatusCode.OK, reply.Text);
        var entry = (JsonObject)_gateway.Audit(cancellation)[0]!;
        ((string?)entry["who"]).Should().Be(AdminGateway.OperatorName);
        ((string?)entry["action"]).Should().Be("test-request");
        ((string?)entry["target"]).Should().Be(AdminGateway.Session);
        ((string?)entry["result"]).Should().StartWith("ok:").And.Contain("TestRequest");
        DateTimeOffset.Parse((string)entry["time"]!, global::System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Test]
    [CancelAfter(30_000)]
    public void The_audit_trail_is_newest_first_and_limited(CancellationToken cancellation)
    {
        _gateway.Post($"/api/sessions/{AdminGateway.Session}/logon", cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict);
        _gateway.Post($"/api/sessions/{AdminGateway.Session}/connect", cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict);

        var two = _gateway.Get("/api/audit?limit=2", cancellation).AsArray();
        two.Should().HaveCount(2);
        ((string?)two[0]!["action"]).Should().Be("connect");
        ((string?)two[1]!["action"]).Should().Be("logon");
        ((string?)two[1]!["result"]).Should().StartWith("error 409");
        File.ReadAllLines(_gateway.AuditFile).Should().HaveCountGreaterThanOrEqualTo(2, "the trail is on disk, one JSON line per entry");
    }
}
