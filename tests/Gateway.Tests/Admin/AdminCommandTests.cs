using System.Net;
using System.Text;
using FluentAssertions;
using Gateway.Admin.Cli;
using NUnit.Framework;

namespace Gateway.Tests.Admin;

/// <summary>The CLI's requests (method, path, body, token) and how it prints answers and errors; a fake HTTP handler stands in for the gateway.</summary>
public sealed class AdminCommandTests
{
    private const string Token = "operator-token-0123456789";

    [TestCase("GET", "/api/status", "status")]
    [TestCase("GET", "/api/sessions", "sessions")]
    [TestCase("GET", "/api/strategies", "strategies")]
    [TestCase("GET", "/api/orders?strategy=3&state=all&limit=5", "orders --strategy 3 --state all --limit 5")]
    [TestCase("GET", "/api/orders?venue=SIM%2FX", "orders --venue SIM/X")]
    [TestCase("GET", "/api/counters", "counters")]
    [TestCase("GET", "/api/messages?clOrdId=A1&session=SIM&from=2026-01-01T00%3A00%3A00Z", "messages --clordid A1 --session SIM --from 2026-01-01T00:00:00Z")]
    [TestCase("GET", "/api/audit?limit=3", "audit --limit 3")]
    [TestCase("POST", "/api/sessions/SIM/logon {}", "logon SIM")]
    [TestCase("POST", "/api/sessions/SIM/logout {}", "logout SIM")]
    [TestCase("POST", "/api/sessions/SIM/connect {}", "connect SIM")]
    [TestCase("POST", "/api/sessions/SIM/disconnect {}", "disconnect SIM")]
    [TestCase("POST", "/api/sessions/SIM/reset-seqnums {}", "reset-seqnums SIM")]
    [TestCase("POST", "/api/sessions/SIM/test-request {}", "test-request SIM")]
    [TestCase("POST", """/api/sessions/SIM/seqnums {"nextSenderSeqNum":10,"nextTargetSeqNum":20}""", "set-seqnums SIM --sender 10 --target 20")]
    [TestCase("POST", """/api/killswitch {"on":true,"level":"global"}""", "kill global")]
    [TestCase("POST", """/api/killswitch {"on":false,"level":"venue","id":2}""", "release venue 2")]
    [TestCase("PUT", """/api/risk/limits {"scope":"strategy","id":1,"limits":{"maxOrderQuantity":500,"maxOpenOrders":null,"restricted":true}}""", "set-limit strategy 1 maxOrderQuantity=500 maxOpenOrders=null restricted=true")]
    public void Each_command_makes_its_request(string method, string request, string command)
    {
        var handler = new FakeGateway(HttpStatusCode.OK, method == "GET" ? "[]" : """{ "result": "done" }""");

        var (code, _, error) = Run(handler, command.Split(' '));

        code.Should().Be(0, error);
        handler.Requests.Should().ContainSingle().Which.Should().Be($"{method} {request}".TrimEnd());
        handler.Authorization.Should().Be("Bearer " + Token);
    }

    [Test]
    public void Tables_have_a_header_and_aligned_columns()
    {
        var handler = new FakeGateway(HttpStatusCode.OK, """
            [ { "time": "2026-11-22T02:00:00Z", "who": "alice", "action": "logon", "target": "SIM-FIX44", "result": "ok: logging on" },
              { "time": "2026-11-22T02:00:01Z", "who": "unknown", "action": "kill", "target": "", "result": "refused: 401" } ]
            """);

        var (code, output, _) = Run(handler, "audit");

        code.Should().Be(0);
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "TIME                  WHO      ACTION  TARGET     RESULT",
            "2026-11-22T02:00:00Z  alice    logon   SIM-FIX44  ok: logging on",
            "2026-11-22T02:00:01Z  unknown  kill               refused: 401");
    }

    [Test]
    public void A_refusal_prints_the_servers_message_and_exits_1()
    {
        var handler = new FakeGateway(HttpStatusCode.Conflict, """{ "error": "SIM is logged on already" }""");

        var (code, output, error) = Run(handler, "logon", "SIM");

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("409").And.Contain("SIM is logged on already");
    }

    [TestCase("")]
    [TestCase("frobnicate")]
    [TestCase("logon")]
    [TestCase("kill strategy")]
    [TestCase("set-seqnums SIM")]
    [TestCase("set-seqnums SIM --sender ten")]
    [TestCase("set-limit strategy 1")]
    [TestCase("set-limit strategy 1 maxOrderQuantity")]
    [TestCase("orders --colour red")]
    public void Usage_errors_exit_2_without_a_request(string command)
    {
        var handler = new FakeGateway(HttpStatusCode.OK, "{}");

        var (code, _, error) = Run(handler, command.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        code.Should().Be(2);
        error.Should().Contain("admin");
        handler.Requests.Should().BeEmpty();
    }

    private static (int Code, string Output, string Error) Run(FakeGateway handler, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AdminCommand.Run(["--url", "http://gateway.test:8080", "--token", Token, .. args], output, error, handler);
        return (code, output.ToString(), error.ToString());
    }

    private sealed class FakeGateway(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        public string? Authorization { get; private set; }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = request.Content is null ? "" : " " + request.Content.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult();
            Requests.Add($"{request.Method} {request.RequestUri!.PathAndQuery}{content}");
            Authorization = request.Headers.Authorization?.ToString();
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));
    }
}
