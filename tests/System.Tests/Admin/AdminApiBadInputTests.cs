using System.Net;
using FluentAssertions;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary>Bad input is a 400 naming its field; unknown names a 404; what is impossible now a 409; nothing changes.</summary>
[Category("System")]
public sealed class AdminApiBadInputTests
{
    private const string Session = AdminGateway.Session;
    private AdminGateway _gateway = null!;

    [OneTimeSetUp]
    public void StartGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        _gateway = AdminGateway.Start(timeout.Token);
    }

    [OneTimeTearDown]
    public void StopGateway() => _gateway?.Dispose();

    [TestCase("POST", "/api/sessions/SIM-FIX44/seqnums", "not json", "body")]
    [TestCase("POST", "/api/sessions/SIM-FIX44/seqnums", "[1, 2]", "body")]
    [TestCase("POST", "/api/sessions/SIM-FIX44/seqnums", """{ "nextSenderSeqNum": "ten" }""", "nextSenderSeqNum")]
    [TestCase("POST", "/api/sessions/SIM-FIX44/seqnums", """{ "nextTargetSeqNum": 0 }""", "nextTargetSeqNum")]
    [TestCase("POST", "/api/sessions/SIM-FIX44/seqnums", """{ }""", "nextSenderSeqNum or nextTargetSeqNum")]
    [TestCase("POST", "/api/killswitch", """{ "level": "everything", "on": true }""", "level")]
    [TestCase("POST", "/api/killswitch", """{ "level": "global" }""", "on")]
    [TestCase("POST", "/api/killswitch", """{ "level": "global", "on": "yes" }""", "on")]
    [TestCase("POST", "/api/killswitch", """{ "level": "strategy", "on": true }""", "id")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "desk", "id": 1, "limits": { "maxOrderQuantity": 5 } }""", "scope")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "strategy", "limits": { "maxOrderQuantity": 5 } }""", "id")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "strategy", "id": 1 }""", "limits")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "strategy", "id": 1, "limits": { "maxBananas": 5 } }""", "limits.maxBananas")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "strategy", "id": 1, "limits": { "maxOrderQuantity": "lots" } }""", "MaxOrderQuantity")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "strategy", "id": 1, "limits": { "maxOrderQuantity": -5 } }""", "limits")]
    [TestCase("GET", "/api/orders?limit=many", null, "limit")]
    [TestCase("GET", "/api/orders?limit=0", null, "limit")]
    [TestCase("GET", "/api/orders?state=closed", null, "state")]
    [TestCase("GET", "/api/orders?strategy=x", null, "strategy")]
    [TestCase("GET", "/api/orders?venue=NOWHERE", null, "venue")]
    [TestCase("GET", "/api/messages?from=yesterday", null, "from")]
    [TestCase("GET", "/api/messages?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", null, "from")]
    [TestCase("GET", "/api/audit?limit=-1", null, "limit")]
    [CancelAfter(30_000)]
    public void Bad_input_is_400_naming_the_field(string method, string path, string? body, string field, CancellationToken cancellation)
    {
        var before = _gateway.Flows.Host.FixEngine!.Sessions.Single().NextSenderMsgSeqNum;

        var reply = _gateway.Call(new HttpMethod(method), path, AdminGateway.OperatorToken, body, cancellation);

        reply.Status.Should().Be(HttpStatusCode.BadRequest, reply.Text);
        reply.MediaType.Should().Be("application/json");
        reply.Error.Should().Contain(field);
        _gateway.Flows.Host.Risk.Usage.GlobalKillSwitch.Should().BeFalse();
        _gateway.Flows.Host.FixEngine!.Sessions.Single().NextSenderMsgSeqNum.Should().BeGreaterThanOrEqualTo(before);
    }

    [TestCase("POST", "/api/sessions/NO-SUCH-VENUE/logon", null, "NO-SUCH-VENUE")]
    [TestCase("POST", "/api/sessions/NO-SUCH-VENUE/seqnums", """{ "nextSenderSeqNum": 5 }""", "NO-SUCH-VENUE")]
    [TestCase("POST", "/api/sessions/SIM-FIX44/explode", null, "explode")]
    [TestCase("POST", "/api/killswitch", """{ "level": "strategy", "id": 99, "on": true }""", "strategy 99")]
    [TestCase("POST", "/api/killswitch", """{ "level": "venue", "id": 42, "on": true }""", "venue 42")]
    [TestCase("PUT", "/api/risk/limits", """{ "scope": "instrument", "id": 77, "limits": { "maxOrderQuantity": 5 } }""", "instrument 77")]
    [TestCase("GET", "/api/messages?session=NO-SUCH-VENUE", null, "NO-SUCH-VENUE")]
    [CancelAfter(30_000)]
    public void Unknown_names_are_404(string method, string path, string? body, string named, CancellationToken cancellation)
    {
        var reply = _gateway.Call(new HttpMethod(method), path, AdminGateway.OperatorToken, body ?? "{}", cancellation);

        reply.Status.Should().Be(HttpStatusCode.NotFound, reply.Text);
        reply.Error.Should().Contain(named);
    }

    [Test]
    [CancelAfter(30_000)]
    public void What_is_impossible_now_is_409(CancellationToken cancellation)
    {
        var logon = _gateway.Post($"/api/sessions/{Session}/logon", cancellation: cancellation);
        logon.Status.Should().Be(HttpStatusCode.Conflict);
        logon.Error.Should().Contain("logged on already");

        _gateway.Post($"/api/sessions/{Session}/connect", cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict);
        var release = _gateway.Post("/api/killswitch", """{ "level": "global", "on": false }""", cancellation: cancellation);
        release.Status.Should().Be(HttpStatusCode.Conflict);
        release.Error.Should().Contain("off already");
    }
}
